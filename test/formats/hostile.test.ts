/**
 * Issue 14: .docx and HTML inside the documented limits that used to exhaust memory, run for
 * minutes or overflow the stack. Each case is generated here (no large committed files) and
 * must end with a result or one InputError; the timeouts are hang guards, the time and memory
 * bounds themselves are measured by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/parse/docx/index.js';
import { readHtml } from '../../src/parse/html.js';
import { normaliseText } from '../../src/input/line-index.js';
import { parsePlan } from '../../src/index.js';
import { lvl, makeDocx, p, tbl, tc, tr } from './make-docx.js';
import { htmlTable } from '../../bench/line-cases.mjs';

// Hang guards, not speed targets: generous, since eight engineers may share the two cores.
const HANG_GUARD = 120_000;
const html = (text: string) => {
  const { text: t, index } = normaliseText(text);
  return readHtml(t, index);
};
const paragraphs = (bytes: Uint8Array): string[] => readDocx(bytes, 't.docx').text.split('\n');

describe('.docx counters and spans are capped (issue 14, item 3)', () => {
  it('a numbering start of 2^53 in roman and letter formats', { timeout: HANG_GUARD }, () => {
    for (const fmt of ['upperRoman', 'lowerLetter']) {
      const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="9007199254740992"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
      const out = paragraphs(makeDocx({ body: p('Mục', { numId: 1, ilvl: 0 }) + p('Mục', { numId: 1, ilvl: 0 }), numbering }));
      // Word's "Start at" goes to 32767; a larger start is taken as that, and shown as Word shows it.
      expect(out[0]?.length).toBeLessThan(2_000);
      expect(out).toHaveLength(2);
    }
  });

  it('a startOverride of 2^53 too', { timeout: HANG_GUARD }, () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9007199254740992"/></w:lvlOverride></w:num>`;
    expect(paragraphs(makeDocx({ body: p('Mục', { numId: 1, ilvl: 0 }), numbering }))[0]?.length).toBeLessThan(2_000);
  });

  it('w:gridBefore, w:gridAfter and w:gridSpan of 10^8', { timeout: HANG_GUARD }, () => {
    const row = `<w:tr><w:trPr><w:gridBefore w:val="100000000"/><w:gridAfter w:val="100000000"/></w:trPr>${tc('1')}${tc('Nhiệm vụ', { span: 100_000_000 })}${tc('Sở A')}</w:tr>`;
    const body = tbl(tr(tc('STT'), tc('Nhiệm vụ'), tc('Chủ trì')), row);
    const doc = readDocx(makeDocx({ body }), 't.docx');
    expect(doc.text.length).toBeLessThan(10_000);
  });
});

describe('HTML spans are clamped as the HTML standard does (found by the property test)', () => {
  it('a cell covering 2^53 rows beside one spanning 2^53 columns', { timeout: HANG_GUARD }, () => {
    const doc = html(`<table><tr><td rowspan="9007199254740992" colspan="9007199254740992">a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></table>`);
    const table = doc.tree.children.find((n) => n.type === 'table');
    // Row 2 repeats the merged cell, then its own: a column count past 2^53 no longer grows.
    expect(table?.type === 'table' && table.children.map((r) => r.children.length)).toEqual([2, 2, 2]);
  });
});

describe('no quadratic path (issue 14, item 4)', () => {
  it('a 50,000-link w:basedOn chain', { timeout: HANG_GUARD }, () => {
    const n = 50_000;
    const styles = Array.from({ length: n }, (_, i) => `<w:style w:type="paragraph" w:styleId="s${i}"><w:name w:val="s${i}"/>${i > 0 ? `<w:basedOn w:val="s${i - 1}"/>` : ''}</w:style>`).join('');
    const body = Array.from({ length: 2_000 }, (_, i) => p(`Đoạn ${i}`, { style: `s${n - 1}` })).join('');
    expect(paragraphs(makeDocx({ body, styles }))).toHaveLength(2_000);
  });

  // 5,000 rows here to check the rows read; `npm run bench` (hostile input) reads 50,000
  // through the CLI against a time bound, where a quadratic path shows.
  it('an HTML table of 5,000 rows', { timeout: HANG_GUARD }, () => {
    const doc = html(htmlTable(5_000));
    const table = doc.tree.children.find((n) => n.type === 'table');
    expect(table?.type === 'table' && table.children.length).toBe(5_001);
  });
});

describe('no stack overflow (issue 14, item 6)', () => {
  it('tables nested 5,000 deep in a .docx', { timeout: HANG_GUARD }, () => {
    let inner = p('Sâu nhất');
    for (let i = 0; i < 5_000; i++) inner = tbl(tr(`<w:tc>${inner}<w:p/></w:tc>`, tc('x'), tc('y')));
    expect(() => readDocx(makeDocx({ body: inner + p('Sau bảng') }), 't.docx')).not.toThrow();
  });

  it('w:sdt and w:hyperlink nested 10,000 deep', { timeout: HANG_GUARD }, () => {
    const run = '<w:r><w:t>chữ</w:t></w:r>';
    let inline = run;
    for (let i = 0; i < 10_000; i++) inline = i % 2 ? `<w:hyperlink>${inline}</w:hyperlink>` : `<w:sdt><w:sdtContent>${inline}</w:sdtContent></w:sdt>`;
    let block = p('Khối');
    for (let i = 0; i < 10_000; i++) block = `<w:sdt><w:sdtContent>${block}</w:sdtContent></w:sdt>`;
    const out = paragraphs(makeDocx({ body: `<w:p>${inline}</w:p>${block}` }));
    expect(out).toEqual(['chữ', 'Khối']);
  });

  it('2,000 nested HTML divs', { timeout: HANG_GUARD }, () => {
    const doc = html(`<html><body>${'<div>'.repeat(2_000)}<p>Số: 1/KH-UBND</p>${'</div>'.repeat(2_000)}</body></html>`);
    expect(doc.text).toContain('Số: 1/KH-UBND');
    expect(doc.tree.children.length).toBeGreaterThan(0);
  });

  it('130,000 HTML paragraphs in one container', { timeout: HANG_GUARD }, () => {
    const body = Array.from({ length: 130_000 }, (_, i) => `<p>Đoạn ${i}</p>`).join('');
    const doc = html(`<html><body><div class="content"><p>Số: 1/KH-UBND</p>${body}</div></body></html>`);
    expect(doc.tree.children).toHaveLength(130_001);
  });

  it('a page of 2,000 nested divs still reads as a plan', { timeout: HANG_GUARD }, () => {
    const { plan } = parsePlan(`<html><body>${'<div>'.repeat(2_000)}<p>Số: 1/KH-UBND</p><p>KẾ HOẠCH</p><p>Thử nghiệm</p>${'</div>'.repeat(2_000)}</body></html>`, { path: 'deep.html' });
    expect(plan.document.number).toBe('1/KH-UBND');
  });
});
