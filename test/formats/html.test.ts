import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Root, RootContent, Table, TableCell } from 'mdast';
import { readHtml } from '../../src/parse/html.js';
import { normaliseText } from '../../src/input/line-index.js';

function read(html: string) {
  const { text, index } = normaliseText(html);
  return readHtml(text, index);
}

function plain(node: RootContent | Root | TableCell): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(plain).join('') : '';
}

const blocks = (tree: Root) => tree.children.filter((n) => n.type !== 'table').map(plain);

describe('readHtml on the sample plan (fixtures/formats/446.html)', () => {
  const source = readFileSync(new URL('../../fixtures/formats/446.html', import.meta.url), 'utf8');
  const doc = read(source);
  const paragraphs = blocks(doc.tree);

  it('strips page furniture (nav, footer, script, head)', () => {
    const all = paragraphs.join('\n');
    expect(all).not.toContain('Trang chủ');
    expect(all).not.toContain('Bản quyền');
    expect(all).not.toContain('dataLayer');
    expect(all).not.toContain('Kế hoạch 446/KH-UBND'); // the <title>
  });

  it('reads the header layout table as paragraphs, cell by cell, with <br> as line breaks', () => {
    expect(paragraphs.slice(0, 5)).toEqual([
      'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n-------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------',
      'Số: 446/KH-UBND',
      'Hà Tĩnh, ngày 16 tháng 12 năm 2019',
      'KẾ HOẠCH\nTuyên truyền, quảng bá ASEAN năm 2020\ntrên địa bàn tỉnh Hà Tĩnh',
    ]);
    expect(paragraphs).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(paragraphs).toContain('7. Đề nghị Ban Tuyên giáo Tỉnh ủy');
  });

  it('reads the signature layout table as paragraphs', () => {
    const recipients = paragraphs.find((p) => p.startsWith('Nơi nhận:'));
    expect(recipients?.split('\n').slice(0, 2)).toEqual(['Nơi nhận:', '- BCĐ Thông tin tuyên truyền ASEAN-Bộ TT&TT;']);
    expect(paragraphs).toContain('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nĐặng Quốc Vinh');
  });

  it('keeps the appendix table: thead row first, group rows with colspan, the rowspan lead in both rows', () => {
    const tables = doc.tree.children.filter((n): n is Table => n.type === 'table');
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.children;
    expect(rows).toHaveLength(22);
    expect(rows[0]!.children.map(plain)).toEqual(['STT', 'Nhiệm vụ cụ thể', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện']);
    expect(rows[18]!.children.map(plain)).toEqual(['IV', 'Nâng cao năng lực đội ngũ cán bộ và phóng viên các cơ quan báo chí']);
    expect(rows[18]!.children[1]!.data).toEqual({ colspan: 4 });
    const iv2 = rows[20]!.children;
    expect(iv2.map(plain)).toEqual(['2', 'Tham gia các hội nghị/hội thảo tập huấn, bồi dưỡng tuyên truyền về ASEAN do các bộ, ban, ngành Trung ương tổ chức', 'Các cơ quan báo chí của tỉnh; Công TTĐT tỉnh', 'Sở Thông tin và Truyền thông', '2020']);
    expect(iv2[2]!.data).toEqual({ merged: true });
    // The merged cell points at the text of the cell that spans (IV.1's), in the HTML source.
    const at = iv2[2]!.position!.start.offset!;
    expect(doc.text.slice(at, at + 'Các cơ quan báo chí'.length)).toBe('Các cơ quan báo chí');
    expect(at).toBe(rows[19]!.children[2]!.position!.start.offset);
  });

  it('positions are offsets into the HTML source', () => {
    const heading = doc.tree.children.find((n) => plain(n) === 'III. KINH PHÍ');
    const start = heading?.position?.start.offset ?? -1;
    expect(doc.text.slice(start).startsWith('<p><b>III. KINH PHÍ') || doc.text.slice(start).startsWith('III. KINH PHÍ')).toBe(true);
    expect(doc.index.locate(source.indexOf('III. KINH PHÍ')).kind).toBe('line');
  });
});

describe('readHtml on hand-made pages', () => {
  it('reads a table without thead, with <p> inside cells, as rows of one cell each', () => {
    const doc = read('<table><tr><td><p>TT</p></td><td><p>Nội dung</p></td><td><p>Chủ trì</p></td></tr><tr><td>1</td><td><p>Chủ trì: Sở Y tế</p><p>Phối hợp: UBND</p></td><td>Sở Y tế</td></tr></table>');
    const table = doc.tree.children[0] as Table;
    expect(table.children.map((r) => r.children.map(plain))).toEqual([
      ['TT', 'Nội dung', 'Chủ trì'],
      ['1', 'Chủ trì: Sở Y tế\nPhối hợp: UBND', 'Sở Y tế'],
    ]);
  });

  it('carries a rowspan in the middle of a row and a colspan+rowspan block into the rows it covers', () => {
    const doc = read('<table><tr><th>a</th><th>b</th><th>c</th><th>d</th></tr><tr><td>1</td><td rowspan="2">X</td><td colspan="2" rowspan="2">Y</td></tr><tr><td>2</td></tr><tr><td>3</td><td>p</td><td>q</td><td>r</td></tr></table>');
    const rows = (doc.tree.children[0] as Table).children;
    expect(rows.map((r) => r.children.map((c) => `${plain(c)}${c.data ? JSON.stringify(c.data) : ''}`))).toEqual([
      ['a', 'b', 'c', 'd'],
      ['1', 'X', 'Y{"colspan":2}'],
      ['2', 'X{"merged":true}', 'Y{"colspan":2,"merged":true}'],
      ['3', 'p', 'q', 'r'],
    ]);
  });

  it('gives list items a visible marker, since the numbering lexer reads markers from the text', () => {
    const doc = read('<ul><li>Sở Tài chính</li><li><p>Sở Y tế</p></li></ul><ol start="3"><li>Ba</li></ol>');
    const items = doc.tree.children.flatMap((n) => (n.type === 'list' ? n.children.map(plain) : []));
    expect(items).toEqual(['- Sở Tài chính', '- Sở Y tế', '3. Ba']);
  });

  it('treats a two-column table as layout even without the header words', () => {
    const doc = read('<table><tr><td><p>Nơi gửi</p></td><td><p>GIÁM ĐỐC</p><p>Nguyễn Văn A</p></td></tr></table>');
    expect(doc.tree.children.map((n) => `${n.type}:${plain(n)}`)).toEqual(['paragraph:Nơi gửi', 'paragraph:GIÁM ĐỐC', 'paragraph:Nguyễn Văn A']);
  });
});
