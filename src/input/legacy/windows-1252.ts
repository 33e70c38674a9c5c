/**
 * Windows-1252, the code page a legacy 8-bit font's bytes were typed through on Windows, as
 * iconv-lite decodes it (0x93 is “): the table below, with U+FFFD for the five bytes the code
 * page leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D). Node 20's TextDecoder('windows-1252')
 * decodes as Latin-1 and gives U+0093 instead (checked on Node 20.20). test/input/
 * windows-1252.test.ts checks every byte against iconv-lite, which the CLI no longer loads: its
 * 480 KB were read and its codecs set up on every start (issue 19).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    parts[i] = UNASSIGNED.has(b) ? '\uFFFD' : (WINDOWS_1252[b] ?? '');
  }
  return parts.join('');
}

const UNASSIGNED: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Windows-1252's bytes 0x80-0x9F, from the WHATWG Encoding Standard's index-windows-1252 (its
 * other bytes are their Latin-1 code points): the same characters iconv-lite decodes them to
 * (test/input/windows-1252.test.ts checks every byte against it). The five bytes the code page
 * leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 code point, as in the
 * standard's index: that keeps every byte distinct, so text shown this way maps back to its
 * bytes (repair-text.ts). Written out rather than asked of iconv-lite, which builds a codec and
 * its tables on that first call: a UTF-8 plan needs this table, never iconv-lite (issue 19).
 */
const C1 = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';
const C1_FIRST = 0x80;

/** The Windows-1252 character of each byte 0x00-0xFF. */
export const WINDOWS_1252: readonly string[] = Array.from({ length: 256 }, (_, b) => C1[b - C1_FIRST] ?? String.fromCharCode(b));

/** The byte of each character of Windows-1252, for text that shows legacy bytes as Latin-1. */
export const WINDOWS_1252_BYTE: ReadonlyMap<string, number> = new Map(
  WINDOWS_1252.map((ch, b) => [ch, b] as const),
);
