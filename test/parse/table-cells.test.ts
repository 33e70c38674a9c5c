import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/parse/blocks.js';
import { readMarkdown } from '../../src/parse/markdown.js';
import { readHtml } from '../../src/parse/html.js';
import { normaliseText } from '../../src/input/line-index.js';

function cells(read: typeof readMarkdown, source: string): string[][] {
  const { text, index } = normaliseText(source);
  const table = toBlocks(read(text, index)).find((b) => b.kind === 'table');
  return table?.kind === 'table' ? table.rows.map((r) => r.map((c) => c.text)) : [];
}

describe('the text of a table cell (mdast-util-to-string)', () => {
  it('joins the text of emphasis in a Markdown cell', () => {
    const md = [
      '| TT | Nội dung | Đơn vị chủ trì |',
      '|----|----------|----------------|',
      '| 1 | Tuyên truyền **Cộng đồng ASEAN** và *Tầm nhìn 2025* | Sở **Tài chính** |',
      '',
    ].join('\n');
    expect(cells(readMarkdown, md)).toEqual([
      ['TT', 'Nội dung', 'Đơn vị chủ trì'],
      ['1', 'Tuyên truyền Cộng đồng ASEAN và Tầm nhìn 2025', 'Sở Tài chính'],
    ]);
  });

  it('joins the text of links and code in an HTML cell, without an image\'s alt text', () => {
    const html = '<table><tr><td>TT</td><td>Nội dung</td><td>Chủ trì</td></tr><tr><td>1</td><td>Đăng trên <a href="https://example.vn">cổng thông tin</a> <img alt="logo" src="a.png"></td><td>Sở <code>TT&amp;TT</code></td></tr></table>';
    expect(cells(readHtml, html)).toEqual([
      ['TT', 'Nội dung', 'Chủ trì'],
      ['1', 'Đăng trên cổng thông tin', 'Sở TT&TT'],
    ]);
  });

  it('keeps a line break in an HTML cell as a line of the cell', () => {
    const html = '<table><tr><td>TT</td><td>Nội dung</td><td>Chủ trì</td></tr><tr><td>1</td><td>Hội nghị<br>tập huấn</td><td><b>Sở</b> Tài chính</td></tr></table>';
    const { text, index } = normaliseText(html);
    const table = toBlocks(readHtml(text, index)).find((b) => b.kind === 'table');
    const row = table?.kind === 'table' ? table.rows[1] : undefined;
    expect(row?.map((c) => c.text)).toEqual(['1', 'Hội nghị tập huấn', 'Sở Tài chính']);
    expect(row?.[1]?.lines).toEqual(['Hội nghị', 'tập huấn']);
  });
});
