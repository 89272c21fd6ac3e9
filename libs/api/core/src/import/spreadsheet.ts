import ExcelJS from 'exceljs';
import { contentHash } from './plan';
import { decodeText, parseCsv, type CsvTable } from './csv';

const pad = (n: number) => String(n).padStart(2, '0');

/** An `.xlsx` file is a zip archive: it starts with `PK`. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * A cell as text, the way the import reads text from CSV. Spreadsheets keep dates as wall-clock moments without a
 * zone (read here as UTC dates): they become `2027-06-14 09:30`, local time to the import; a time alone (on Excel's
 * day zero) becomes `09:30`.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    if (value.getUTCFullYear() < 1901) return time;
    return time === '00:00' ? date : `${date} ${time}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** The first sheet of a workbook as a table: its first non-empty row the headers, each further non-empty row a record. */
async function readXlsx(bytes: Uint8Array): Promise<CsvTable> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const table: CsvTable = { delimiter: ',', headers: [], records: [], malformed: [] };
  if (!sheet) return table;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1]).trim());
    if (cells.every((cell) => cell === '')) return;
    if (table.headers.length === 0) table.headers = cells;
    else table.records.push({ row: number, cells });
  });
  return table;
}

/** Every sheet of a workbook by name, each non-empty row's cells as text with the row number Excel shows. */
export async function readWorkbook(
  bytes: Uint8Array,
): Promise<{ name: string; rows: { row: number; cells: string[] }[] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: { row: number; cells: string[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1]).trim());
      if (cells.some((cell) => cell !== '')) rows.push({ row: number, cells });
    });
    return { name: sheet.name, rows };
  });
}

/**
 * An uploaded calendar or list: an Excel workbook (`.xlsx`, its first sheet) or CSV, as one table, with the hash of
 * its content (the same cells give the same hash however the file was saved).
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<{ table: CsvTable; contentHash: string }> {
  if (!isXlsx(bytes)) {
    const text = decodeText(bytes);
    return { table: parseCsv(text), contentHash: contentHash(text) };
  }
  const table = await readXlsx(bytes);
  const lines = [table.headers, ...table.records.map((r) => r.cells)].map((cells) => cells.join('\u001f'));
  return { table, contentHash: contentHash(lines.join('\n')) };
}
