// The hostile .docx files of test/formats/hostile.test.ts (issue 14, items 4 and 6), sized by
// the caller: the tests build them just past the bound they check (a few times deeper than
// the reader's nesting limit, a chain long enough to count the style look-ups), the hostile
// section of scripts/bench.mjs at the sizes of the report (tables 5,000 deep, a 50,000-link
// w:basedOn chain), where a deep stack or a quadratic walk shows through the CLI.
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const para = (text, style) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const cell = (content) => `<w:tc>${content}</w:tc>`;

/** A minimal .docx of a body and, optionally, the content of word/styles.xml. */
function docx(body, styles) {
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  };
  if (styles !== undefined) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles xmlns:w="${W}">${styles}</w:styles>`);
  return zipSync(files);
}

/** Tables nested `depth` deep (each in the first cell of the one around it), then a paragraph. */
export function nestedTables(depth) {
  let inner = para('Sâu nhất');
  for (let i = 0; i < depth; i++) inner = `<w:tbl><w:tblPr/><w:tr>${cell(`${inner}<w:p/>`)}${cell(para('x'))}${cell(para('y'))}</w:tr></w:tbl>`;
  return docx(inner + para('Sau bảng'));
}

/**
 * Paragraph styles s0 … s(links-1), each w:basedOn the one before; s0 is "heading 1", so every
 * style of the chain makes a heading. `paragraphs` paragraphs "Đoạn i" in the last style.
 */
export function basedOnChain(links, paragraphs) {
  const styles = Array.from({ length: links }, (_, i) => `<w:style w:type="paragraph" w:styleId="s${i}"><w:name w:val="${i === 0 ? 'heading 1' : `s${i}`}"/>${i > 0 ? `<w:basedOn w:val="s${i - 1}"/>` : ''}</w:style>`).join('');
  const body = Array.from({ length: paragraphs }, (_, i) => para(`Đoạn ${i}`, `s${links - 1}`)).join('');
  return docx(body, styles);
}
