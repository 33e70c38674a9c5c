import iconv from 'iconv-lite';

/**
 * Windows-1252, the code page a legacy 8-bit font's bytes were typed through on Windows, as
 * iconv-lite decodes it (0x93 is “). Node 20's TextDecoder('windows-1252') decodes as Latin-1
 * and gives U+0093 instead (checked on Node 20.20). The five bytes Windows-1252 leaves
 * unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D), which iconv-lite turns into U+FFFD, keep their
 * Latin-1 code point, as the WHATWG Encoding Standard's windows-1252 index does: that keeps
 * every byte distinct, so text shown this way maps back to its bytes (repair-text.ts).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1252');
}

const REPLACEMENT = '\uFFFD';

/** The Windows-1252 character of each byte 0x00-0xFF. */
export const WINDOWS_1252: readonly string[] = [...decodeWindows1252(Uint8Array.from({ length: 256 }, (_, b) => b))].map((ch, b) =>
  ch === REPLACEMENT ? String.fromCharCode(b) : ch,
);

/** The byte of each character of Windows-1252, for text that shows legacy bytes as Latin-1. */
export const WINDOWS_1252_BYTE: ReadonlyMap<string, number> = new Map(
  WINDOWS_1252.map((ch, b) => [ch, b] as const),
);
