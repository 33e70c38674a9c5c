import type { LegacyDecoder } from '../legacy-decoder.js';

/**
 * UTF-8 with a few invalid byte sequences: a file cut in the middle of a character, or one
 * stray Windows-1252 byte pasted into a Unicode plan. Rejecting the whole plan for that would
 * lose everything else, so the bad bytes become U+FFFD and the note says so.
 */
export interface Utf8Census {
  /** Well-formed sequences of two to four bytes. */
  readonly multibyte: number;
  /** Maximal ill-formed subparts (Unicode §3.9), each of which TextDecoder turns into U+FFFD. */
  readonly invalid: number;
  /** Whether the last of them is a sequence cut short by the end of the file. */
  readonly cutAtEnd: boolean;
}

export function countUtf8(bytes: Uint8Array): Utf8Census {
  let multibyte = 0;
  let invalid = 0;
  let cutAtEnd = false;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined) break;
      // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs or surrogates).
      const lo = j === 1 && b === 0xe0 ? 0xa0 : j === 1 && b === 0xf0 ? 0x90 : 0x80;
      const hi = j === 1 && b === 0xed ? 0x9f : j === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c < lo || c > hi) break;
    }
    if (j > need) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      cutAtEnd = i + j >= bytes.length;
      i += j;
    }
  }
  return { multibyte, invalid, cutAtEnd };
}

/** At most one bad sequence per this many good ones, so that legacy 8-bit text never fits. */
const GOOD_PER_BAD = 20;

export const utf8DamagedDecoder: LegacyDecoder = {
  name: 'UTF-8 with invalid bytes (each shown as U+FFFD)',
  converts: true,
  detect(bytes) {
    const census = countUtf8(bytes);
    // A file cut in the middle of its last character is damaged UTF-8 whatever its length.
    const interior = census.invalid - (census.cutAtEnd ? 1 : 0);
    if (interior * GOOD_PER_BAD > census.multibyte) return 0;
    if (census.multibyte === 0 && interior > 0) return 0;
    return (census.multibyte + 1) / (census.multibyte + 1 + interior);
  },
  decode: (bytes) => new TextDecoder('utf-8').decode(bytes),
};
