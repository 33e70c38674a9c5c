import type { InputFormat } from '../model/types.js';
import { InputError } from '../model/errors.js';
import { DOCUMENT_PART, isZip, listZip } from './docx/zip-directory.js';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Markup that only HTML starts with; a Markdown file may hold inline HTML, but not these first.
const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|table|div|p)[\s>/]/i;
const HTML_NEAR_START = /<(?:!doctype\s+html|html|body)[\s>]/i;

/**
 * Decides how to read the input: from the bytes first (a ZIP with word/document.xml is a
 * .docx, HTML markup near the start is HTML), then from the extension (.md, .markdown), else
 * text. `override` (--input-format) wins over both. A legacy binary .doc and a ZIP that is not
 * a Word document are refused with an InputError that says what to do.
 */
export function detectFormat(bytes: Uint8Array, path: string | null, override?: InputFormat): InputFormat {
  if (override) return override;
  if (OLE.every((b, i) => bytes[i] === b)) {
    throw new InputError(path, 'this is a legacy Word .doc file: open it in Word or LibreOffice and save it as .docx');
  }
  if (isZip(bytes)) {
    const entries = listZip(bytes, path);
    if (entries.some((e) => e.name === DOCUMENT_PART)) return 'docx';
    throw new InputError(path, `this is a ZIP archive but not a Word .docx document (it has no ${DOCUMENT_PART})`);
  }
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const ext = /\.([a-z0-9]+)$/i.exec(path ?? '')?.[1]?.toLowerCase();
  const markdown = ext === 'md' || ext === 'markdown';
  // A Markdown note may open with a <div> or <table> block; only a whole page makes it HTML.
  if (HTML_NEAR_START.test(head.slice(0, 1024)) || (!markdown && HTML_START.test(head))) return 'html';
  if (markdown) return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'docx') throw new InputError(path, 'the file is named .docx but is not a ZIP archive; it may be damaged');
  return 'text';
}
