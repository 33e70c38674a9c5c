import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { detectFormat } from '../../src/parse/detect.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));

describe('detectFormat', () => {
  it('tells the sample formats apart by content', () => {
    expect(detectFormat(fixture('formats/446.docx'), 'KH-446.docx')).toBe('docx');
    expect(detectFormat(fixture('formats/446.docx'), null)).toBe('docx');
    expect(detectFormat(fixture('formats/446.html'), null)).toBe('html');
    expect(detectFormat(fixture('formats/446.html'), 'saved.txt')).toBe('html');
    expect(detectFormat(fixture('446-KH-UBND-2019-ha-tinh.txt'), 'plan.txt')).toBe('text');
  });

  it('uses the extension for Markdown, which has no signature', () => {
    expect(detectFormat(fixture('formats/446.md'), 'notes/446.md')).toBe('markdown');
    expect(detectFormat(fixture('formats/446.md'), 'notes/446.MARKDOWN')).toBe('markdown');
    expect(detectFormat(fixture('formats/446.md'), null)).toBe('text');
    expect(detectFormat(strToU8('<div align="center">KẾ HOẠCH</div>\n\n## I. MỤC TIÊU'), 'a.md')).toBe('markdown');
  });

  it('finds HTML markup near the start, after a BOM or a comment', () => {
    expect(detectFormat(strToU8('\uFEFF<!DOCTYPE html><p>x</p>'), null)).toBe('html');
    expect(detectFormat(strToU8('<!-- saved from url --><html><body>x</body></html>'), null)).toBe('html');
    expect(detectFormat(strToU8('<table><tr><td>Số: 1/KH</td></tr></table>'), null)).toBe('html');
    expect(detectFormat(strToU8('Số: 446/KH-UBND\n\nKẾ HOẠCH <sic>'), null)).toBe('text');
  });

  it('lets --input-format override detection', () => {
    expect(detectFormat(fixture('formats/446.html'), 'x.html', 'text')).toBe('text');
  });

  it('knows a Word 97–2003 .doc and a PDF by their signatures, whatever the name (issue 16)', () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(detectFormat(doc, 'old.doc')).toBe('doc');
    expect(detectFormat(doc, 'renamed.txt')).toBe('doc');
    expect(detectFormat(fixture('formats/446.doc'), null)).toBe('doc');
    expect(detectFormat(fixture('formats/446.pdf'), 'plan.txt')).toBe('pdf');
    expect(detectFormat(strToU8('%PDF-1.7\n'), null)).toBe('pdf');
    // Junk before the signature, as mail gateways leave it, within the first 1024 bytes.
    expect(detectFormat(strToU8(`${' '.repeat(1000)}%PDF-1.4\n`), null)).toBe('pdf');
    expect(detectFormat(strToU8(`${'x'.repeat(1030)}%PDF-1.4\n`), null)).toBe('text');
  });

  it('refuses a file named .pdf or .doc that has no signature, and RTF, in one line each', () => {
    expect(() => detectFormat(strToU8('Số: 1/KH-UBND'), 'plan.pdf')).toThrow(/named \.pdf but has no %PDF- signature/);
    expect(() => detectFormat(strToU8('Số: 1/KH-UBND'), 'plan.doc')).toThrow(/named \.doc but is not a Word 97–2003 file/);
    expect(() => detectFormat(strToU8('{\\rtf1\\ansi Số: 1'), 'plan.doc')).toThrow(/RTF file/);
  });

  it('takes pdf and doc from --input-format', () => {
    expect(detectFormat(strToU8('anything'), null, 'pdf')).toBe('pdf');
    expect(detectFormat(strToU8('anything'), null, 'doc')).toBe('doc');
  });

  it('refuses a ZIP that is not a Word document', () => {
    const zip = zipSync({ 'content.xml': strToU8('<office:document/>') });
    expect(() => detectFormat(zip, 'plan.odt')).toThrow(/not a Word \.docx/);
  });
});
