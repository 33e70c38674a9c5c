import { InputError } from '../../model/errors.js';
import { msg } from '../../i18n/index.js';

/** Limits that keep a hostile or broken .docx from exhausting memory (issue 6). */
export interface ZipLimits {
  /** Largest archive accepted, in bytes. */
  readonly maxArchive: number;
  /** Largest total of the declared uncompressed sizes of all entries, in bytes. */
  readonly maxInflated: number;
  /**
   * Largest total of the declared sizes of the XML parts that are parsed (document, styles,
   * numbering), in bytes: the XML DOM costs about 25 times its text, so this bounds memory.
   */
  readonly maxXml: number;
}

/** The main part of a WordprocessingML package: a ZIP holding it is a .docx. */
export const DOCUMENT_PART = 'word/document.xml';

// A run over 39 MB of XML peaked at 1.47 GB (the DOM costs ~25× its text, and the pipeline
// after it more): 32 MB keeps every accepted .docx under the 1.5 GB peak the tool promises
// (issue 14; measured by `npm run bench`). A 300-page plan's document.xml is about 5 MB.
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxArchive: 50 * 1024 * 1024, maxInflated: 200 * 1024 * 1024, maxXml: 32 * 1024 * 1024 };

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MB = 1024 * 1024;

/** Whether the bytes start like a ZIP archive (a local file header, or an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/**
 * Lists a ZIP archive's entries from its central directory, without inflating anything, and
 * refuses the archive when it or the declared sizes of its parts exceed the limits: the check
 * has to come before inflation, because a few kilobytes can declare gigabytes.
 */
export function listZip(bytes: Uint8Array, file: string | null, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  if (bytes.length > limits.maxArchive) {
    throw new InputError(file, msg('input.docxSize', { size: mb(bytes.length), max: mb(limits.maxArchive) }));
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw new InputError(file, msg('input.zipNoDirectory'));
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new InputError(file, msg('input.zip64'));
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) {
      throw new InputError(file, msg('input.zipDirectoryDamaged'));
    }
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    total += size;
    if (total > limits.maxInflated) {
      throw new InputError(file, msg('input.docxInflated', { max: mb(limits.maxInflated) }));
    }
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** Megabytes, one decimal below 10: a number, written in the language of the message ("0,2" / "0.2"). */
function mb(n: number): number {
  return Number((n / MB).toFixed(n < 10 * MB ? 1 : 0));
}
