import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Table, TableCell } from 'mdast';
import { readDocx } from '../../src/parse/docx/index.js';
import { InputError } from '../../src/model/errors.js';
import { W, makeDocx, p, tbl, tc, tr } from './make-docx.js';

const fixture = new URL('../../fixtures/formats/446.docx', import.meta.url);

function textOf(cell: TableCell): string {
  return cell.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

describe('readDocx on the sample plan (fixtures/formats/446.docx)', () => {
  const doc = readDocx(readFileSync(fixture), '446.docx');
  const paragraphs = doc.tree.children.filter((n) => n.type === 'paragraph' || n.type === 'heading').map((n) => ('children' in n && n.children[0]?.type === 'text' ? n.children[0].value : ''));

  it('reads the header layout table as paragraphs, row by row, left cell first', () => {
    expect(paragraphs.slice(0, 9)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÀ TĨNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 446/KH-UBND',
      'Hà Tĩnh, ngày 16 tháng 12 năm 2019',
      'KẾ HOẠCH',
      'Tuyên truyền, quảng bá ASEAN năm 2020',
      'trên địa bàn tỉnh Hà Tĩnh',
    ]);
  });

  it('rebuilds the automatic numbering: sections from the style, clauses restarting under each', () => {
    const numbered = paragraphs.filter((t) => /^[IVX]+\. |^\d+\. /.test(t)).map((t) => t.split(' ')[0]);
    // From the sample: I. (1. 2.) II. (1.–4.) III. IV. (1.–7.)
    expect(numbered).toEqual(['I.', '1.', '2.', 'II.', '1.', '2.', '3.', '4.', 'III.', 'IV.', '1.', '2.', '3.', '4.', '5.', '6.', '7.']);
    expect(paragraphs).toContain('IV. TỔ CHỨC THỰC HIỆN');
    expect(paragraphs).toContain('5. Trung tâm Xúc tiến Đầu tư tỉnh');
    expect(paragraphs).toContain('- Tham mưu Ủy ban nhân dân tỉnh bố trí nguồn kinh phí triển khai thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.');
  });

  it('reads the signature layout table as paragraphs: Nơi nhận first, then the signature', () => {
    const at = paragraphs.indexOf('Nơi nhận:');
    expect(at).toBeGreaterThan(0);
    expect(paragraphs.slice(at + 1, at + 3)).toEqual(['- BCĐ Thông tin tuyên truyền ASEAN-Bộ TT&TT;', '- TTr: Tỉnh ủy, HĐND tỉnh;']);
    expect(paragraphs.slice(at + 10, at + 15)).toEqual(['- Lưu: VT, VX1.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đặng Quốc Vinh']);
  });

  it('keeps the appendix as one table with group rows merged across and cells merged down', () => {
    const tables = doc.tree.children.filter((n): n is Table => n.type === 'table');
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.children;
    expect(rows.map((r) => r.children.map(textOf)[0])).toEqual(['STT', 'I', '1', '2', '3', 'II', '1', '2', '3', '4', '5', '6', '7', '8', 'III', '1', '2', '3', 'IV', '1', '2', '3']);
    const group = rows[1]!.children;
    expect(group.map(textOf)).toEqual(['I', 'Công tác chỉ đạo, định hướng']);
    expect(group[1]!.data).toEqual({ colspan: 4 });
    // IV.1 and IV.2 share their lead unit in one merged cell.
    const iv1 = rows[19]!.children;
    const iv2 = rows[20]!.children;
    expect(textOf(iv2[0]!)).toBe('2');
    expect(textOf(iv2[2]!)).toBe('Các cơ quan báo chí của tỉnh; Công TTĐT tỉnh');
    expect(iv2[2]!.data).toEqual({ merged: true });
    expect(iv1[2]!.data).toBeUndefined();
    expect(iv2[2]!.position).toEqual(iv1[2]!.position);
    // The timeframe of III.1 is merged down over III.2 and III.3.
    expect(rows.slice(15, 18).map((r) => [textOf(r.children[4]!), (r.children[4]!.data as { merged?: boolean } | undefined)?.merged ?? false])).toEqual([
      ['2019-2020', false],
      ['2019-2020', true],
      ['2019-2020', true],
    ]);
    // The row the text copy split at a page break is whole.
    expect(textOf(rows[7]!.children[3]!)).toBe('Sở Kế hoạch và Đầu tư, ban QLKKT tỉnh và các sở, ngành liên quan');
  });

  it('positions point into the synthetic text and name the paragraph or row', () => {
    for (const node of doc.tree.children) {
      if (node.type !== 'paragraph') continue;
      const text = node.children[0];
      if (text?.type !== 'text') continue;
      expect(doc.text.slice(text.position!.start.offset, text.position!.end.offset)).toBe(text.value);
    }
    const so = doc.text.indexOf('Số: 446');
    expect(doc.index.locate(so)).toEqual({ kind: 'paragraph', line: 5, column: 1 });
    expect(doc.index.locate(so + 5)).toEqual({ kind: 'paragraph', line: 5, column: 6 });
    const header = doc.text.indexOf('STT\tNhiệm vụ');
    expect(doc.index.locate(header)).toEqual({ kind: 'row', line: 1, column: 1 });
    const lastRow = doc.text.indexOf('3\tPhổ biến thông tin');
    expect(doc.index.locate(lastRow).kind).toBe('row');
    expect(doc.index.locate(lastRow).line).toBe(22);
  });
});

describe('readDocx on hand-made documents', () => {
  it('treats a table with "Số:" as layout even with three columns, and a data table otherwise', () => {
    const header = tbl(tr(tc('UBND TỈNH'), tc(''), tc('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')), tr(tc('Số: 12/KH-UBND'), tc(''), tc('Hà Tĩnh, ngày 1 tháng 2 năm 2020')));
    const data = tbl(tr(tc('STT'), tc('Nhiệm vụ'), tc('Chủ trì')), tr(tc('1'), tc('Tuyên truyền'), tc('Sở TT&TT')));
    const doc = readDocx(makeDocx({ body: header + data }), null);
    expect(doc.tree.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'table']);
    expect(doc.text.split('\n')).toEqual(['UBND TỈNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/KH-UBND', 'Hà Tĩnh, ngày 1 tháng 2 năm 2020', 'STT\tNhiệm vụ\tChủ trì', '1\tTuyên truyền\tSở TT&TT']);
  });

  it('joins a cell of several paragraphs with a line break and keeps hidden and deleted text out', () => {
    const cell = `<w:tc><w:p><w:r><w:t>Chủ trì: Sở Y tế</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p><w:p><w:del><w:r><w:delText>cũ</w:delText></w:r></w:del><w:ins><w:r><w:t>Phối hợp: UBND huyện</w:t></w:r></w:ins></w:p></w:tc>`;
    const doc = readDocx(makeDocx({ body: tbl(tr(tc('1'), cell, tc('2020'))) }), null);
    const table = doc.tree.children[0] as Table;
    expect(textOf(table.children[0]!.children[1]!)).toBe('Chủ trì: Sở Y tế\nPhối hợp: UBND huyện');
  });

  it('a line break inside a paragraph stays inside its one paragraph', () => {
    const body = `<w:p><w:r><w:t>TM. ỦY BAN NHÂN DÂN</w:t><w:br/><w:t>CHỦ TỊCH</w:t></w:r></w:p>${p('Nguyễn Văn A')}`;
    const doc = readDocx(makeDocx({ body }), null);
    expect(doc.text).toBe('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A');
    expect(doc.index.locate(doc.text.indexOf('CHỦ TỊCH'))).toEqual({ kind: 'paragraph', line: 1, column: 21 });
    expect(doc.index.locate(doc.text.indexOf('Nguyễn'))).toEqual({ kind: 'paragraph', line: 2, column: 1 });
  });
});

describe('readDocx refuses what it should not unpack', () => {
  it('refuses an archive whose parts declare more than the limit, before inflating', () => {
    const bytes = makeDocx({ body: p('x') });
    // Patch the declared uncompressed size of the first central-directory entry to ~4 GB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let cd = -1;
    for (let i = bytes.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x02014b50) cd = i;
    expect(cd).toBeGreaterThan(0);
    view.setUint32(cd + 24, 0xfffffff0, true);
    expect(() => readDocx(bytes, 'big.docx')).toThrow(InputError);
    expect(() => readDocx(bytes, 'big.docx')).toThrow(/inflate to more than 200 MB/);
  });

  it('refuses an archive over 50 MB', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024 + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(() => readDocx(bytes, 'huge.docx')).toThrow(/files over 50 MB are refused/);
  });

  it('refuses a part that inflates past its declared size', () => {
    const bytes = makeDocx({ body: p('một đoạn văn bản đủ dài để nén '.repeat(50)) });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + nameLength));
      if (name === 'word/document.xml') view.setUint32(i + 24, 100, true);
    }
    expect(() => readDocx(bytes, 'lying.docx')).toThrow(/inflates past its declared size/);
  });

  it('refuses a DOCTYPE or ENTITY declaration instead of expanding entities', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = makeDocx({ body: '', extra: { 'word/document.xml': laughs } });
    expect(() => readDocx(bytes, 'lol.docx')).toThrow(/DOCTYPE or entities/);
  });

  it('refuses a ZIP without word/document.xml', () => {
    const bytes = makeDocx({ body: '' , extra: {} });
    const renamed = bytes.slice();
    // Rename word/document.xml → word/documenX.xml in both headers.
    const needle = new TextEncoder().encode('word/document.xml');
    for (let i = 0; i < renamed.length - needle.length; i++) {
      if (needle.every((b, k) => renamed[i + k] === b)) renamed[i + 12] = 'X'.charCodeAt(0);
    }
    expect(() => readDocx(renamed, 'x.docx')).toThrow(/not a Word .docx document/);
  });
});
