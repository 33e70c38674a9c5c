import { InputError } from '../model/errors.js';
import { msg, type Msg } from '../i18n/index.js';
import type { LegacyDecoder } from './legacy-decoder.js';
import { utf8DamagedDecoder } from './legacy/utf8-damaged.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  /** Notes about repairs of the encoding (a legacy font encoding converted, say). */
  readonly notes: readonly Msg[];
}

const legacy: LegacyDecoder[] = [];

/** Registers decoders for legacy encodings (TCVN3, VNI, Windows-1258). */
export function registerLegacyDecoder(decoder: LegacyDecoder): void {
  legacy.push(decoder);
}

/** Repairs valid Unicode that holds legacy-font text ("Céng hßa"); null when there is none. */
export type TextRepair = (text: string) => { readonly text: string; readonly encoding: string } | null;
let textRepair: TextRepair | null = null;

export function registerTextRepair(repair: TextRepair): void {
  textRepair = repair;
}

function withRepair(decoded: Decoded): Decoded {
  const repaired = textRepair?.(decoded.text);
  if (!repaired) return decoded;
  return {
    text: repaired.text,
    encoding: `${decoded.encoding}+${repaired.encoding}`,
    notes: [...decoded.notes, msg('parse.legacyFont', { encoding: repaired.encoding })],
  };
}

/**
 * Turns the bytes of a text file into a string: UTF-8 with or without a BOM, UTF-16 with a
 * BOM, or a registered legacy encoding. Refuses binary data with an InputError.
 */
export function decodeBytes(bytes: Uint8Array, file: string | null): Decoded {
  const decoded = decodeUnicodeOrLegacy(bytes, file);
  return decoded.encoding.startsWith('utf-') ? withRepair(decoded) : decoded;
}

function decodeUnicodeOrLegacy(bytes: Uint8Array, file: string | null): Decoded {
  if (bytes.length === 0) throw new InputError(file, msg('input.empty'));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8AfterBom(bytes.subarray(3), file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', notes: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', notes: [] };
  }
  if (looksBinary(bytes)) throw new InputError(file, msg('input.binary'));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes: [] };
  } catch {
    return decodeLegacy(bytes, file);
  }
}

// A BOM says UTF-8, so the only reading of invalid bytes after it is damaged UTF-8 (a file cut
// in the middle of a character, a stray byte): read as it is without a BOM, or refused.
function utf8AfterBom(bytes: Uint8Array, file: string | null): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8-bom', notes: [] };
  } catch {
    if (utf8DamagedDecoder.detect(bytes) < 0.5) throw new InputError(file, msg('input.badBom'));
    return legacyDecoded(utf8DamagedDecoder, bytes);
  }
}

function decodeLegacy(bytes: Uint8Array, file: string | null): Decoded {
  let best: LegacyDecoder | null = null;
  let bestScore = 0;
  for (const d of legacy) {
    const score = d.detect(bytes);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  if (!best || bestScore < 0.5) {
    throw new InputError(file, msg('input.unknownEncoding'));
  }
  if (!best.converts) {
    throw new InputError(file, msg('input.legacyEncoding', { encoding: best.name }));
  }
  return legacyDecoded(best, bytes);
}

function legacyDecoded(decoder: LegacyDecoder, bytes: Uint8Array): Decoded {
  return { text: decoder.decode(bytes), encoding: decoder.name, notes: [msg('parse.legacyEncoding', { encoding: decoder.name })] };
}

/** NUL bytes or many control characters mean the bytes are not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.1;
}
