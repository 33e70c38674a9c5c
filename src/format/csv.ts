import type { Listing } from './listing.js';
import { safeText } from './safe-text.js';

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads Vietnamese correctly (default true). */
  readonly bom?: boolean;
}

/**
 * RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote, CR or LF,
 * and quotes inside doubled. A BOM by default: Excel opens BOM-less CSV in the ANSI code page
 * and garbles every Vietnamese letter.
 */
export function toCsv(listing: Listing, options: CsvOptions = {}): string {
  const records = [listing.columns.map((c) => c.header), ...listing.rows].map((row) => row.map(csvField).join(','));
  return (options.bom === false ? '' : '\uFEFF') + records.map((r) => `${r}\r\n`).join('');
}

export function csvField(value: string): string {
  const cell = neutraliseFormula(safeText(value, { newlines: true, tabs: true }));
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * OWASP "CSV injection": a spreadsheet runs a cell that begins with = + - @ (or TAB / CR,
 * which some of them skip before looking) as a formula. A leading apostrophe makes it text;
 * Excel hides the apostrophe. Many duties begin with "- ", so this is not rare.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
