import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv } from '../../src/format/csv.js';
import type { Listing } from '../../src/format/listing.js';

const listing = (rows: string[][]): Listing => ({
  columns: [
    { header: 'STT', size: 'fit' },
    { header: 'Nhiệm vụ', size: 'flex' },
  ],
  rows,
});

describe('toCsv', () => {
  it('starts with a BOM, ends every record with CRLF (RFC 4180)', () => {
    const out = toCsv(listing([['I.1', 'Chỉ đạo']]));
    expect(out).toBe('\uFEFFSTT,Nhiệm vụ\r\nI.1,Chỉ đạo\r\n');
  });

  it('drops the BOM with bom: false', () => {
    expect(toCsv(listing([]), { bom: false })).toBe('STT,Nhiệm vụ\r\n');
  });

  it('quotes fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('Sở Văn hóa, Thể thao và Du lịch')).toBe('"Sở Văn hóa, Thể thao và Du lịch"');
    expect(csvField('Chủ đề "Gắn kết"')).toBe('"Chủ đề ""Gắn kết"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('Sở TT&TT')).toBe('Sở TT&TT');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(evil).startsWith("'")).toBe(true);
    }
    expect(neutraliseFormula('Sở Tài chính')).toBe('Sở Tài chính');
    expect(neutraliseFormula('2020')).toBe('2020');
    // a duty line "- Chủ trì …" is neutralised too: harmless, and Excel hides the apostrophe
    expect(csvField('- Chủ trì, phối hợp')).toBe('"\'- Chủ trì, phối hợp"');
    expect(csvField('=1+1')).toBe("'=1+1");
  });

  it('strips escape sequences but keeps line breaks inside a quoted cell', () => {
    expect(csvField('a\x1b[31mb\r\nc')).toBe('"ab\nc"');
  });
});

/** A strict RFC 4180 reader, written for the test: records end with CRLF; quoted fields may hold anything. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  return rows;
}

describe('toCsv (property)', () => {
  it('any cells read back as the same cells, made safe and neutralised, one record per row', async () => {
    const { safeText } = await import('../../src/format/safe-text.js');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const text = toCsv(listing(rows), { bom: false });
        const back = readCsv(text);
        expect(back).toHaveLength(rows.length + 1);
        back.slice(1).forEach((cells, r) => {
          cells.forEach((cell, c) => {
            expect(cell).toBe(neutraliseFormula(safeText(rows[r]![c]!, { newlines: true, tabs: true })));
            expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
