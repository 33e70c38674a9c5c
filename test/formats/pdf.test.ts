import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/parse/pdf/index.js';
import { readPlan } from '../../src/parse-plan.js';
import { parsePlan } from '../../src/index.js';
import { makePdf, type PdfText } from './make-pdf.js';

/** The paragraphs and table rows of a read PDF, one string each, in document order. */
async function blocks(pdf: Uint8Array): Promise<string[]> {
  const doc = await readPdf(pdf, 'test.pdf');
  return doc.tree.children.flatMap((n) => {
    const text = doc.text.slice(n.position?.start.offset, n.position?.end.offset);
    return n.type === 'table' ? text.split('\n').map((row) => `| ${row.split('\t').join(' | ')} |`) : [text];
  });
}

const line = (y: number, text: string, x = 72, size = 12): PdfText => ({ x, y, text, size });

describe('PDF reader (issue 16)', () => {
  it('refuses a PDF without a text layer in one line naming OCR', async () => {
    await expect(readPdf(makePdf([{}, {}]), 'scan.pdf')).rejects.toThrow('scanned PDF with no text layer: run OCR first (e.g. ocrmypdf --language vie)');
    await expect(readPlan(makePdf([{}]), { path: 'scan.pdf' })).rejects.toThrow(/scanned PDF with no text layer: run OCR first \(e\.g\. ocrmypdf --language vie\)/);
  });

  it('refuses an encrypted PDF and says it needs a password', async () => {
    await expect(readPdf(makePdf([{ texts: [line(700, 'Hello')] }], { encrypt: true }), 'locked.pdf')).rejects.toThrow(/encrypted and needs a password/);
  });

  it('refuses a damaged PDF with the reason, and parsePlan points to readPlan', async () => {
    await expect(readPlan(new TextEncoder().encode('%PDF-1.4\nnothing else'), { path: 'broken.pdf' })).rejects.toThrow(/PDF/);
    expect(() => parsePlan(makePdf([{ texts: [line(700, 'x')] }]), { path: 'a.pdf' })).toThrow(/call readPlan/);
  });

  it('rebuilds lines from pieces and paragraphs from spacing, short lines and indents', async () => {
    // Two lines as wide as the column: their ends mark the right edge.
    const full = 'This paragraph runs on for a long while and it fills the whole width of';
    const body = [
      // A paragraph wrapped after a full line; its last line stops short, so it ends there.
      line(700, full),
      line(686, 'the column before it stops.'),
      // The first word of this line would have fitted after the short line above: new paragraph.
      line(672, 'Next paragraph.'),
      // A wider gap: a new paragraph.
      line(646, full),
      // An indented first line starts a paragraph even right after a full line.
      line(632, 'Indented start of a third paragraph.', 100),
    ];
    expect(await blocks(makePdf([{ texts: body }]))).toEqual([`${full}\nthe column before it stops.`, 'Next paragraph.', full, 'Indented start of a third paragraph.']);
  });

  it('splits a two-column block (issuer | motto) and writes it column by column', async () => {
    const texts = [
      line(780, 'UY BAN NHAN DAN', 110),
      line(780, 'CONG HOA XA HOI CHU NGHIA VIET NAM', 320),
      line(766, 'TINH HA TINH', 120),
      line(766, 'Doc lap - Tu do - Hanh phuc', 345),
      line(752, 'So: 446/KH-UBND', 115),
      line(752, 'Ha Tinh, ngay 16 thang 12 nam 2019', 330),
      // A title centred on the page lines up with neither column and ends the block.
      line(720, 'KE HOACH', 260),
    ];
    expect(await blocks(makePdf([{ texts }]))).toEqual([
      'UY BAN NHAN DAN',
      'TINH HA TINH',
      'So: 446/KH-UBND',
      'CONG HOA XA HOI CHU NGHIA VIET NAM',
      'Doc lap - Tu do - Hanh phuc',
      'Ha Tinh, ngay 16 thang 12 nam 2019',
      'KE HOACH',
    ]);
  });

  it('reads a ruled table into rows and cells, a cell merged down repeated in each row', async () => {
    // Three columns at x 72 | 120 | 300 | 500, rows at y 700 | 680 | 660 | 640; the third column's
    // line between the 2nd and 3rd rows is missing: that cell spans both rows.
    const lines: [number, number, number, number][] = [
      [72, 700, 500, 700], [72, 680, 500, 680], [72, 660, 300, 660], [72, 640, 500, 640],
      [72, 640, 72, 700], [120, 640, 120, 700], [300, 640, 300, 700], [500, 640, 500, 700],
    ];
    const texts = [line(686, 'STT', 76), line(686, 'Task', 124), line(686, 'Lead', 304), line(666, '1', 76), line(666, 'First task', 124), line(660, 'Office A', 304), line(646, '2', 76), line(646, 'Second task', 124)];
    expect(await blocks(makePdf([{ lines, texts }]))).toEqual(['| STT | Task | Lead |', '| 1 | First task | Office A |', '| 2 | Second task |  |']);
    const doc = await readPdf(makePdf([{ lines, texts }]), 't.pdf');
    const table = doc.tree.children.find((n) => n.type === 'table');
    const merged = table?.type === 'table' ? table.children[2]?.children[2] : undefined;
    expect(merged?.data).toMatchObject({ merged: true });
    expect(merged?.children[0]).toMatchObject({ type: 'text', value: 'Office A' });
  });

  it('a cell whose last lines went overleaf, alone at its column\'s left edge atop the next page, goes on in the last row', async () => {
    // A table at the foot of page 1: columns 72 | 120 | 300 | 500, a header row and one row
    // whose lead cell breaks after "and"; page 2 opens with the rest at the lead column's edge.
    const lines: [number, number, number, number][] = [
      [72, 120, 500, 120], [72, 100, 500, 100], [72, 60, 500, 60],
      [72, 60, 72, 120], [120, 60, 120, 120], [300, 60, 300, 120], [500, 60, 500, 120],
    ];
    const texts = [line(106, 'STT', 76), line(106, 'Task', 124), line(106, 'Lead', 304), line(86, '1', 76), line(86, 'Sum up the year', 124), line(86, 'Office of Farming and', 304)];
    const rest = await readPdf(makePdf([{ lines, texts }, { texts: [line(780, 'Environment', 304), line(740, 'Closing words of the plan, which'), line(726, 'run on to a second line.')] }]), 'r.pdf');
    expect(rest.text.split('\n')).toEqual(['STT\tTask\tLead', '1\tSum up the year\tOffice of Farming and Environment', 'Closing words of the plan, which', 'run on to a second line.']);
    expect(rest.findings).toEqual([expect.objectContaining({ ruleId: 'repair-table-row', severity: 'info', source: { kind: 'page', page: 2, line: 1, column: 1 } })]);
    // Set inside a column but away from its left edge (a centred heading), or across columns,
    // the page's first line is its own.
    for (const first of [line(780, 'ANNEX', 190), line(780, 'Environment and more words across the columns', 130)]) {
      const own = await readPdf(makePdf([{ lines, texts }, { texts: [first] }]), 'o.pdf');
      expect(own.text.split('\n')[1]).toBe('1\tSum up the year\tOffice of Farming and');
      expect((own.findings ?? []).filter((f) => f.ruleId === 'repair-table-row')).toEqual([]);
    }
  });

  it('CELL_INDENT and MAX_CELL_REST_LINES: how far in from the column\'s rule, and how many lines, a cell\'s rest is', async () => {
    const lines: [number, number, number, number][] = [
      [72, 120, 500, 120], [72, 100, 500, 100], [72, 60, 500, 60],
      [72, 60, 72, 120], [120, 60, 120, 120], [300, 60, 300, 120], [500, 60, 500, 120],
    ];
    const texts = [line(106, 'STT', 76), line(106, 'Task', 124), line(106, 'Lead', 304), line(86, '1', 76), line(86, 'Sum up the year', 124), line(86, 'Office of', 304)];
    const lead = async (overleaf: PdfText[]): Promise<string | undefined> => (await readPdf(makePdf([{ lines, texts }, { texts: overleaf }]), 'c.pdf')).text.split('\n')[1];
    // 1.5 font sizes of 12 points from the rule at 300: 317 is in the cell, 319 is not.
    expect(await lead([line(780, 'Farming', 317)])).toBe('1\tSum up the year\tOffice of Farming');
    expect(await lead([line(780, 'Farming', 319)])).toBe('1\tSum up the year\tOffice of');
    // Three lines in the column go on in the cell; four are a text of their own.
    const column = (n: number): PdfText[] => ['Farming', 'and', 'Rural', 'Affairs'].slice(0, n).map((w, i) => line(780 - 14 * i, w, 304));
    expect(await lead(column(3))).toBe('1\tSum up the year\tOffice of Farming and Rural');
    expect(await lead(column(4))).toBe('1\tSum up the year\tOffice of');
  });

  it('drops page numbers and running headers, and places lines by page and line', async () => {
    const page = (n: number, text: string) => ({ texts: [line(810, 'KE HOACH SO 446', 240, 9), line(700, text), line(30, String(n), 290, 10)] });
    const doc = await readPdf(makePdf([page(1, 'Body one.'), page(2, 'Body two.'), page(3, 'Body three.')]), 'p.pdf');
    expect(doc.text).toBe('Body one.\nBody two.\nBody three.');
    expect(doc.index.locate(doc.text.indexOf('Body two'))).toEqual({ kind: 'page', page: 2, line: 2, column: 1 });
  });

  it('joins a paragraph that a page break cut, and reports the repair at its place', async () => {
    const full = 'The last line of this page runs all the way to the right edge of the column and';
    const doc = await readPdf(makePdf([{ texts: [line(100, full)] }, { texts: [line(780, 'goes on here on the next page.')] }]), 'p.pdf');
    expect(doc.text).toBe(`${full}\ngoes on here on the next page.`);
    expect(doc.findings).toEqual([expect.objectContaining({ ruleId: 'repair-page-break', source: { kind: 'page', page: 2, line: 1, column: 1 } })]);
  });

  it('reports a page without a text layer among pages with text', async () => {
    const doc = await readPdf(makePdf([{ texts: [line(700, 'Text.')] }, {}]), 'p.pdf');
    expect(doc.findings).toEqual([expect.objectContaining({ ruleId: 'pdf-no-text', severity: 'warning', source: expect.objectContaining({ page: 2 }) })]);
  });
});
