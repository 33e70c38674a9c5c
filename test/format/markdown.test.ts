import { describe, expect, it } from 'vitest';
import { mdCell, toMarkdownTable } from '../../src/format/markdown.js';

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
});
