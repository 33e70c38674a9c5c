import { strToU8, zipSync } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A paragraph: optional style and numbering, one run of text. */
export function p(text: string, opts: { style?: string; numId?: number; ilvl?: number } = {}): string {
  const numPr =
    opts.numId !== undefined || opts.ilvl !== undefined
      ? `<w:numPr>${opts.ilvl !== undefined ? `<w:ilvl w:val="${opts.ilvl}"/>` : ''}${opts.numId !== undefined ? `<w:numId w:val="${opts.numId}"/>` : ''}</w:numPr>`
      : '';
  const style = opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '';
  const pPr = style || numPr ? `<w:pPr>${style}${numPr}</w:pPr>` : '';
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${escaped}</w:t></w:r></w:p>`;
}

/** A table cell; `span` sets w:gridSpan, `vMerge` 'restart' or 'continue'. */
export function tc(content: string, opts: { span?: number; vMerge?: 'restart' | 'continue' } = {}): string {
  const props = `${opts.span ? `<w:gridSpan w:val="${opts.span}"/>` : ''}${opts.vMerge ? (opts.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : ''}`;
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${content.startsWith('<w:p') ? content : p(content)}</w:tc>`;
}

export function tr(...cells: string[]): string {
  return `<w:tr>${cells.join('')}</w:tr>`;
}

export function tbl(...rows: string[]): string {
  return `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;
}

/** A level of an abstract numbering definition. */
export function lvl(ilvl: number, numFmt: string, lvlText: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;
}

/** Zips a minimal .docx from a body and optional numbering and styles content. */
export function makeDocx(parts: { body: string; numbering?: string; styles?: string; extra?: Record<string, string> }): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${parts.body}</w:body></w:document>`),
  };
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  for (const [name, xml] of Object.entries(parts.extra ?? {})) files[name] = strToU8(xml);
  return zipSync(files);
}
