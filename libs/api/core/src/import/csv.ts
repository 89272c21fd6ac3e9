import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';

export interface CsvTable {
  delimiter: Delimiter;
  /** The first line's cells, as written. */
  headers: string[];
  /** Every further non-empty record, with the row number a spreadsheet shows for it (the header is row 1). */
  records: { row: number; cells: string[] }[];
  /** Records the parser could not read whole (an unclosed quote, a wrong number of fields). */
  malformed: { row: number; reason: 'unclosedQuote' | 'wrongFieldCount' }[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// Windows-1252 differs from Latin-1 in 0x80–0x9F (€, quotes, dashes); Node 20's decoder for it reads Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Excel on Windows saves "CSV" in the ANSI code page unless told otherwise: Windows-1252 in the Netherlands. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

const UTF16LE = new TextDecoder('utf-16le');

/** UTF-16 with its byte order mark, as Meta's page exports and Excel's "Unicode text" are written. */
function decodeUtf16(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (bytes[0] !== 0xfe || bytes[1] !== 0xff) return null;
  const swapped = new Uint8Array(bytes.length - 2 - (bytes.length % 2));
  for (let i = 0; i < swapped.length; i += 2) {
    swapped[i] = bytes[i + 3];
    swapped[i + 1] = bytes[i + 2];
  }
  return UTF16LE.decode(swapped);
}

/**
 * The text of an uploaded file: UTF-16 with a byte order mark, UTF-8 with or without one, and otherwise
 * Windows-1252, which is what a Dutch Excel writes. Line endings become `\n`, so the same export saved on another
 * system reads the same.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = decodeUtf16(bytes) ?? UTF8.decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Guesses the delimiter from the header line: Dutch spreadsheets write `;` (the comma is the decimal sign), most
 * tools `,`, some a tab. Counted outside quotes; the most frequent wins, a comma on a tie.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') break;
    else if (!quoted && char in counts) counts[char as Delimiter]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return counts[best] === 0 ? ',' : best;
}

/** Reads a CSV text (see `decodeText`) into its header and records, with quoted fields, quotes doubled inside them. */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvTable {
  const result = Papa.parse<string[]>(text, { delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false });
  const [headerCells = [], ...rest] = result.data;
  const headers = headerCells.map((cell) => cell.trim());
  const unclosed = new Set(result.errors.filter((error) => error.type === 'Quotes').map((error) => error.row));
  const malformed: CsvTable['malformed'] = [];
  const records: CsvTable['records'] = [];
  // A spreadsheet counts lines from 1, the header being row 1. A quoted field spanning lines makes one record, which a
  // spreadsheet shows as one row as well, so numbering by record matches what a person sees.
  rest.forEach((cells, index) => {
    const row = index + 2;
    if (unclosed.has(index + 1)) malformed.push({ row, reason: 'unclosedQuote' });
    else if (cells.every((cell) => cell.trim() === '')) return;
    // Spreadsheets leave out empty cells at the end of a line, and sometimes add some: neither is an extra field.
    else if (cells.slice(headers.length).some((cell) => cell.trim() !== ''))
      malformed.push({ row, reason: 'wrongFieldCount' });
    else records.push({ row, cells: headers.map((_, column) => cells[column] ?? '') });
  });
  return { delimiter, headers, records, malformed };
}
