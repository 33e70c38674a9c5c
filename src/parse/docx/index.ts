import type { ReadDocument } from '../document.js';
import { InputError } from '../../model/errors.js';
import { msg } from '../../i18n/index.js';
import { DEFAULT_ZIP_LIMITS, DOCUMENT_PART, listZip } from './zip-directory.js';
import { readZipEntry } from './zip.js';
import type { ZipEntry, ZipLimits } from './zip-directory.js';
import { parseXml, wChild } from './xml.js';
import { MAX_STYLE_CHAIN, NO_STYLES, readStyles } from './styles.js';
import { NO_NUMBERING, createListCounters, readNumbering } from './numbering.js';
import { readBody } from './body.js';
import type { BodyContext } from './body.js';
import { buildSyntheticDocument } from './mdast.js';
import { createDocxIndex } from './line-index.js';

const STYLES_PART = 'word/styles.xml';
const NUMBERING_PART = 'word/numbering.xml';

/**
 * Reads a .docx into the shared model of a read document. Word's automatic numbering is
 * rebuilt into the text (mammoth and most converters drop it: mammoth.js issues 92 and 413),
 * layout tables become paragraphs and merged cells carry their value into every row they cover.
 */
export function readDocx(bytes: Uint8Array, file: string | null, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ReadDocument {
  const entries = listZip(bytes, file, limits);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const main = byName.get(DOCUMENT_PART);
  if (!main) throw new InputError(file, msg('input.zipNoDocument', { part: DOCUMENT_PART }));
  const xmlSize = [main, byName.get(STYLES_PART), byName.get(NUMBERING_PART)].reduce((n, e) => n + (e?.size ?? 0), 0);
  if (xmlSize > limits.maxXml) {
    throw new InputError(file, msg('input.docxXmlSize', { size: mb(xmlSize), max: mb(limits.maxXml) }));
  }
  const part = (entry: ZipEntry | undefined) => (entry ? parseXml(decodeXml(readZipEntry(bytes, entry, file)), file, entry.name) : null);
  const document = part(main);
  const stylesDoc = part(byName.get(STYLES_PART));
  const numberingDoc = part(byName.get(NUMBERING_PART));
  const styles = stylesDoc ? readStyles(stylesDoc) : NO_STYLES;
  const numbering = numberingDoc ? readNumbering(numberingDoc, styles.numberingStyles) : NO_NUMBERING;
  const body = wChild(document?.documentElement, 'body');
  if (!body) throw new InputError(file, msg('input.docxNoBody', { part: DOCUMENT_PART }));
  const ctx: BodyContext = { styles, numbering, counters: createListCounters(numbering), numbered: 0 };
  const blocks = readBody(body, ctx);
  const synthetic = buildSyntheticDocument(blocks);
  const notes = ctx.numbered > 0 ? [msg('parse.numberingRebuilt', { count: ctx.numbered })] : [];
  if (styles.chainsCut) notes.push(msg('parse.styleChainCut', { count: styles.chainsCut, max: MAX_STYLE_CHAIN }));
  return { format: 'docx', text: synthetic.text, index: createDocxIndex(synthetic.items), tree: synthetic.tree, notes };
}

/** XML parts are UTF-8 unless they start with a UTF-16 byte-order mark. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Megabytes, one decimal below 10: a number, written in the language of the message ("0,2" / "0.2"). */
function mb(n: number): number {
  const value = n / (1024 * 1024);
  return Number(value.toFixed(value < 10 ? 1 : 0));
}
