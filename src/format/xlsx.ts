import type { SheetData, Cell } from 'write-excel-file/node';
import type writeXlsxFile from 'write-excel-file/node';

// The multi-sheet overload's feature type (the node build's file content is not exported).
type WorkbookFeature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>['features']>[number];

/** One column of a sheet: its header, its width in characters, and the type of its cells. */
export interface XlsxColumn {
  readonly header: string;
  readonly width: number;
  /** 'text' (the default) wraps; 'number' and 'date' keep their type for sorting and filters. */
  readonly type?: 'text' | 'number' | 'date' | 'boolean';
}

export interface XlsxSheet {
  /** The tab's name: at most 31 characters, none of : \ / ? * [ ] (Excel). */
  readonly name: string;
  readonly columns: readonly XlsxColumn[];
  /** Cells in column order: text, a number, an ISO date "2020-12-10", a boolean, or null for none. */
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

type Value = string | number | boolean | null;

/** "A", …, "Z", "AA": the letters of a column, for the filter range. */
function columnLetters(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** The range an autofilter covers: the header row and every data row. */
export function filterRange(sheet: XlsxSheet): string {
  return `A1:${columnLetters(Math.max(1, sheet.columns.length))}${sheet.rows.length + 1}`;
}

function cell(value: Value, column: XlsxColumn): Cell {
  if (value === null || value === '') return null;
  switch (column.type) {
    case 'number':
      return typeof value === 'number' ? { value, type: Number } : { value: String(value), type: String };
    case 'boolean':
      return typeof value === 'boolean' ? { value, type: Boolean } : { value: String(value), type: String };
    case 'date': {
      const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
      return date && !Number.isNaN(date.getTime()) ? { value: date, type: Date, format: 'yyyy-mm-dd' } : { value: String(value), type: String };
    }
    default:
      // A string cell is stored as a string (a shared string, never <f>): text that starts
      // with "=", "+", "-" or "@" is not a formula in a workbook, whatever Excel would make of
      // it typed by hand (OWASP "CSV injection" is about CSV, where everything is typed).
      return { value: String(value), type: String, wrap: true, alignVertical: 'top' };
  }
}

/**
 * An autofilter on the header row of each sheet (Excel's Data › Filter): write-excel-file has
 * no option for it, so this feature adds the <autoFilter> element in the place the schema
 * orders it (ECMA-376 Part 1, 18.3.1.99: after sheetData) and the hidden _FilterDatabase name
 * Excel itself writes with it.
 */
function autoFilter(sheets: readonly XlsxSheet[], xml: typeof import('write-excel-file/utility')): WorkbookFeature {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (content, _options, { sheetIndex }) => {
            const sheet = sheets[sheetIndex];
            if (!sheet) return content;
            const order = xml.getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
            return xml.insertElementMarkupAccordingToOrderOfSiblings(content, xml.getSelfClosingTagMarkup('autoFilter', { ref: filterRange(sheet) }), order, 'worksheet');
          },
        },
        'xl/workbook.xml': {
          transform: (content) => {
            const names = sheets
              .map((sheet, i) => {
                const [from, to] = filterRange(sheet).split(':') as [string, string];
                const absolute = (ref: string): string => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
                const body = xml.sanitizeTextContent(`'${sheet.name.replace(/'/g, "''")}'!${absolute(from)}:${absolute(to)}`);
                return `${xml.getOpeningTagMarkup('definedName', { name: '_xlnm._FilterDatabase', localSheetId: i, hidden: 1 })}${body}${xml.getClosingTagMarkup('definedName')}`;
              })
              .join('');
            // The library writes an empty <definedNames/>; a second one would make Excel call the file corrupt.
            const existing = xml.findElement(content, 'definedNames');
            if (existing?.selfClosingTag) return xml.replaceElement(content, existing, `<definedNames>${names}</definedNames>`);
            if (existing) return xml.appendMarkupInsideElement(content, existing, names);
            const order = xml.getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [];
            return xml.insertElementMarkupAccordingToOrderOfSiblings(content, `<definedNames>${names}</definedNames>`, order, 'workbook');
          },
        },
      },
    },
  };
}

/**
 * A workbook of the sheets: header row bold, frozen and filtered; column widths set; text
 * wrapped. The library is loaded here, on first use: no other command pays for it.
 */
export async function writeWorkbook(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const [{ default: writeXlsxFile }, xml] = await Promise.all([import('write-excel-file/node'), import('write-excel-file/utility')]);
  const data = sheets.map((sheet) => {
    const header = sheet.columns.map((c): Cell => ({ value: c.header, type: String, fontWeight: 'bold', wrap: true }));
    const rows: SheetData = sheet.rows.map((row) => sheet.columns.map((c, i) => cell(row[i] ?? null, c)));
    return { data: [header, ...rows], sheet: sheet.name, columns: sheet.columns.map((c) => ({ width: c.width })), stickyRowsCount: 1 };
  });
  const buffer = await writeXlsxFile(data, { features: [autoFilter(sheets, xml)] }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
