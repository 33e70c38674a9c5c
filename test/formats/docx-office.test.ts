/**
 * Issue 16: what Word and LibreOffice write into real .docx files neither breaks reading nor
 * leaks into the text.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/parse/docx/index.js';
import { lvl, makeDocx, p, tbl, tc, tr } from './make-docx.js';

const lines = (body: string, numbering?: string): string[] => readDocx(makeDocx({ body, ...(numbering ? { numbering } : {}) }), 't.docx').text.split('\n');
const run = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;

describe('.docx from real offices', () => {
  it('gives the numbers Word draws in an STT column numbered automatically (fixture 26)', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`;
    const stt = (): string => `<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr></w:p></w:tc>`;
    const body = tbl(tr(tc('TT'), tc('Nhiệm vụ thực hiện'), tc('Người thực hiện')), tr(stt(), tc('Rà soát'), tc('Đỗ Mạnh Cường')), tr(stt(), tc('Xây dựng bài'), tc('Vũ Việt Linh')));
    expect(lines(body, numbering).map((l) => l.split('\t')[0]?.trim())).toEqual(['TT', '1.', '2.']);
  });

  it('reads tracked insertions as text and leaves tracked deletions out', () => {
    const body = `<w:p>${run('Sở ')}<w:ins w:id="1" w:author="A">${run('Tư pháp')}</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>Nội vụ</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>cũ</w:t></w:r></w:moveFrom></w:p>`;
    expect(lines(body)).toEqual(['Sở Tư pháp']);
  });

  it('shows a field\'s result, not its code, and sets comments and footnotes aside', () => {
    const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const comment = `<w:commentRangeStart w:id="0"/>${run('Kế hoạch')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`;
    const footnote = `<w:r><w:footnoteReference w:id="1"/></w:r>`;
    expect(lines(`<w:p>${run('Trang ')}${field}</w:p><w:p>${comment}${footnote}${run(' này')}</w:p>`)).toEqual(['Trang 3', 'Kế hoạch này']);
  });

  it('reads a text box as a paragraph after its anchor, once (not its VML fallback too)', () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
    const drawing = `<w:r><mc:AlternateContent ${mc}><mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="x"><wps:txbx>${box('DỰ THẢO')}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="y">${box('DỰ THẢO')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    expect(lines(`<w:p>${run('KẾ HOẠCH')}${drawing}</w:p>${p('Sau')}`)).toEqual(['KẾ HOẠCH', 'DỰ THẢO', 'Sau']);
  });

  it('ignores section breaks and page breaks inside paragraphs', () => {
    const body = `<w:p><w:pPr><w:sectPr/></w:pPr>${run('Một')}<w:r><w:br w:type="page"/></w:r>${run(' hai')}</w:p>${p('Ba')}<w:sectPr><w:pgSz w:w="11906"/></w:sectPr>`;
    expect(lines(body)).toEqual(['Một hai', 'Ba']);
  });
});
