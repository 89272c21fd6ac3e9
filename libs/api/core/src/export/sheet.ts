import ExcelJS from 'exceljs';
import type { Locale } from '@planbord/domain';

/**
 * How a column is written. `date` and `time` take a wall-clock moment on the organisation's clock as milliseconds of
 * a UTC date (how spreadsheets store it); `percent` takes a share 0–1 and writes it as a percentage; `euro` takes
 * euro cents and writes euros.
 */
export type SheetFormat = 'text' | 'integer' | 'decimal' | 'percent' | 'euro' | 'date' | 'time';
export type SheetValue = string | number | null;

export interface SheetColumn {
  key: string;
  header: string;
  format?: SheetFormat;
  width?: number;
}

/** One table of an export: headers in the reader's language, one row per record. */
export interface Sheet {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly Record<string, SheetValue>[];
}

export const SHEET_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type SheetFileType = keyof typeof SHEET_TYPES;

const pad = (n: number) => String(n).padStart(2, '0');
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The number a spreadsheet cell holds for a value of this format. */
function numberOf(format: SheetFormat, value: number): number {
  if (format === 'percent') return round(value * 100, 1);
  if (format === 'euro') return value / 100;
  if (format === 'decimal') return round(value, 2);
  return value;
}

function textOf(column: SheetColumn, value: SheetValue, locale: Locale): string {
  if (value === null || value === '') return '';
  const format = column.format ?? 'text';
  if (typeof value === 'string') return value;
  if (format === 'date') {
    const d = new Date(value);
    return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
  }
  if (format === 'time') {
    const d = new Date(value);
    return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  }
  // No thousands separator: a spreadsheet reads the number back as one. Dutch decimals take a comma.
  const text = String(numberOf(format, value));
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/**
 * CSV as Excel in a Dutch locale opens it by double-click: semicolons between fields (the comma is the decimal
 * sign), a byte-order mark so UTF-8 is recognised, CRLF line ends.
 */
export function toCsv(sheet: Sheet, locale: Locale): Buffer {
  const field = (value: string) =>
    /[";\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  // A cell starting with = + - @ is a formula to a spreadsheet: text must never run as one (numbers are numbers).
  const safe = (value: SheetValue, text: string) =>
    typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  const lines = [
    sheet.columns.map((c) => c.header),
    ...sheet.rows.map((row) =>
      sheet.columns.map((c) => safe(row[c.key] ?? null, textOf(c, row[c.key] ?? null, locale))),
    ),
  ].map((cells) => cells.map(field).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const NUMBER_FORMATS: Partial<Record<SheetFormat, string>> = {
  date: 'dd-mm-yyyy',
  time: 'hh:mm',
  decimal: '0.00',
  percent: '0.0',
  euro: '#,##0.00',
};

/** A workbook with one sheet: real numbers, dates and times, a frozen bold header, a filter on every column. */
export async function toXlsx(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planbord';
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width ?? Math.max(12, Math.min(40, column.header.length + 2)),
    style: NUMBER_FORMATS[column.format ?? 'text'] ? { numFmt: NUMBER_FORMATS[column.format ?? 'text'] } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows)
    worksheet.addRow(
      Object.fromEntries(
        sheet.columns.map((column) => {
          const value = row[column.key] ?? null;
          const format = column.format ?? 'text';
          if (typeof value !== 'number') return [column.key, value ?? ''];
          if (format === 'date' || format === 'time') return [column.key, new Date(value)];
          return [column.key, numberOf(format, value)];
        }),
      ),
    );
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The file of a sheet in the asked type. */
export async function sheetFile(sheet: Sheet, type: SheetFileType, locale: Locale): Promise<Buffer> {
  return type === 'csv' ? toCsv(sheet, locale) : toXlsx(sheet);
}
