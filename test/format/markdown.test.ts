import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { mdCell, toMarkdownTable } from '../../src/format/markdown.js';

interface Node {
  readonly type: string;
  readonly url?: string;
  readonly children?: Node[];
}

/**
 * The node types a Markdown renderer (remark with GFM) finds in a text. A link whose text is
 * its own address is a GFM autolink literal: the reader sees where it goes, so it is not
 * counted as link syntax.
 */
function nodeTypes(markdown: string): Set<string> {
  const types = new Set<string>();
  const stack: Node[] = [unified().use(remarkParse).use(remarkGfm).parse(markdown)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const shown = node.type === 'link' ? toString(node) : null;
    types.add(shown !== null && shown === node.url ? 'autolink literal' : node.type);
    for (const child of node.children ?? []) stack.push(child);
  }
  return types;
}

describe('toMarkdownTable', () => {
  it('prints a GFM pipe table with a delimiter row', () => {
    const out = toMarkdownTable({
      columns: [
        { header: 'STT', size: 'fit' },
        { header: 'Chủ trì', size: 'flex' },
      ],
      rows: [['I.1', 'Ban Tuyên giáo Tỉnh ủy']],
    });
    expect(out).toBe('| STT | Chủ trì |\n| --- | --- |\n| I.1 | Ban Tuyên giáo Tỉnh ủy |\n');
  });

  it('adds notes under the table', () => {
    const out = toMarkdownTable({ columns: [{ header: 'A', size: 'fit' }], rows: [['x']], notes: ['* tập thể'] });
    expect(out.endsWith('| x |\n\n\\* tập thể\n')).toBe(true);
  });

  it('escapes | and turns line breaks into <br> so a cell stays one cell', () => {
    expect(mdCell('hội nghị|hội thảo')).toBe('hội nghị\\|hội thảo');
    expect(mdCell('- một\n- hai')).toBe('- một<br>- hai');
  });

  it('keeps raw HTML and escapes out of the report', () => {
    expect(mdCell('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)>');
    expect(mdCell('a\\|b')).toBe('a\\\\\\|b');
    expect(mdCell('a\x1b[2Jb')).toBe('ab');
  });

  it('escapes link, image and reference syntax taken from the document (issue 14, item 7)', () => {
    const hostile = ['[bấm vào đây](http://x.example/p)', '![](http://x.example/pixel.png)', '[x]: http://x.example', '[x][y]', '<http://x.example>'];
    expect(mdCell(hostile[0] ?? '')).toBe('\\[bấm vào đây\\](http://x.example/p)');
    expect(mdCell(hostile[1] ?? '')).toBe('!\\[\\](http://x.example/pixel.png)');
    const table = toMarkdownTable({ columns: [{ header: 'Nhiệm vụ', size: 'flex' }], rows: hostile.map((h) => [h]), notes: hostile });
    const types = nodeTypes(table);
    expect(types.has('table')).toBe(true);
    for (const t of ['link', 'image', 'linkReference', 'imageReference', 'definition', 'html']) expect(types.has(t), t).toBe(false);
  });
});
