import type { InputFormat } from '../model/types.js';
import { msg } from '../i18n/index.js';
import { InputError } from '../model/errors.js';
import { DOCUMENT_PART, isZip, listZip } from './docx/zip-directory.js';

/** The formats `--input-format` accepts, in the order the help lists them. */
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'markdown', 'docx', 'html', 'pdf', 'doc'];

export function isInputFormat(value: string | undefined): value is InputFormat {
  return (INPUT_FORMATS as readonly (string | undefined)[]).includes(value);
}

// The OLE compound-file signature of Word 97–2003 (MS-CFB §2.2: D0 CF 11 E0 A1 B1 1A E1).
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// A PDF starts with "%PDF-"; readers accept it within the first 1024 bytes (ISO 32000-1 §7.5.2
// and Adobe's implementation note 13), after junk that mail gateways and web servers prepend.
const PDF_SIGNATURE = '%PDF-';
const PDF_SIGNATURE_WINDOW = 1024;
// Rich Text Format, which Word saves under a .doc name when asked for "RTF".
const RTF_SIGNATURE = '{\\rtf';
// Markup that only HTML starts with; a Markdown file may hold inline HTML, but not these first.
const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|table|div|p)[\s>/]/i;
const HTML_NEAR_START = /<(?:!doctype\s+html|html|body)[\s>]/i;

/**
 * Decides how to read the input: from the bytes first (%PDF- is a PDF, the OLE signature a
 * Word 97–2003 .doc, a ZIP with word/document.xml a .docx, HTML markup near the start HTML),
 * then from the extension (.md, .markdown), else text. `override` (--input-format) wins over
 * both. A ZIP that is not a Word document, and an OLE file that is not a Word document (an
 * Excel .xls), are refused with an InputError that says what they are.
 */
export function detectFormat(bytes: Uint8Array, path: string | null, override?: InputFormat): InputFormat {
  if (override) return override;
  if (OLE.every((b, i) => bytes[i] === b)) return 'doc';
  if (isPdf(bytes)) return 'pdf';
  if (startsWith(bytes, RTF_SIGNATURE)) {
    throw new InputError(path, msg('input.rtf'));
  }
  if (isZip(bytes)) {
    const entries = listZip(bytes, path);
    if (entries.some((e) => e.name === DOCUMENT_PART)) return 'docx';
    throw new InputError(path, msg('input.zipNotDocx', { part: DOCUMENT_PART }));
  }
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const ext = /\.([a-z0-9]+)$/i.exec(path ?? '')?.[1]?.toLowerCase();
  const markdown = ext === 'md' || ext === 'markdown';
  // A Markdown note may open with a <div> or <table> block; only a whole page makes it HTML.
  if (HTML_NEAR_START.test(head.slice(0, 1024)) || (!markdown && HTML_START.test(head))) return 'html';
  if (markdown) return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'docx') throw new InputError(path, msg('input.docxNotZip'));
  if (ext === 'pdf') throw new InputError(path, msg('input.pdfNoSignature'));
  if (ext === 'doc') throw new InputError(path, msg('input.docNotOle'));
  return 'text';
}

function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, PDF_SIGNATURE_WINDOW) - PDF_SIGNATURE.length;
  for (let i = 0; i <= end; i++) if (startsWith(bytes, PDF_SIGNATURE, i)) return true;
  return false;
}

function startsWith(bytes: Uint8Array, signature: string, at = 0): boolean {
  for (let k = 0; k < signature.length; k++) if (bytes[at + k] !== signature.charCodeAt(k)) return false;
  return true;
}
