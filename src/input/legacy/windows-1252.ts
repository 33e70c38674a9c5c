/**
 * Windows-1252, the code page a legacy 8-bit font's bytes were typed through on Windows.
 * Written out here because Node 20's TextDecoder('windows-1252') decodes as Latin-1: it gives
 * U+0093 for 0x93 instead of “ (checked on Node 20.20).
 */
const C1 =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f' + // 0x80-0x8F
  '\u0090‘’“”•–—˜™š›œ\u009džŸ'; // 0x90-0x9F

/** The Windows-1252 character of each byte 0x00-0xFF. */
export const WINDOWS_1252: readonly string[] = Array.from({ length: 256 }, (_, b) =>
  b >= 0x80 && b < 0xa0 ? (C1[b - 0x80] ?? '') : String.fromCharCode(b),
);

/** The byte of each character of Windows-1252, for text that shows legacy bytes as Latin-1. */
export const WINDOWS_1252_BYTE: ReadonlyMap<string, number> = new Map(
  WINDOWS_1252.map((ch, b) => [ch, b] as const),
);
