import { describe, expect, it } from 'vitest';
import { decodeWindows1252, WINDOWS_1252, WINDOWS_1252_BYTE } from '../../src/input/legacy/windows-1252.js';
import { tcvn3Decoder } from '../../src/input/legacy/tcvn3.js';

describe('Windows-1252 through iconv-lite', () => {
  it('reads the C1 bytes as the punctuation Windows types (not Latin-1 controls)', () => {
    // Bytes a Windows keyboard gives for “Kế hoạch” – … : 0x93 0x94 0x96 0x85.
    expect(decodeWindows1252(Uint8Array.of(0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x85, 0x80))).toBe('“A” – …€');
  });

  it('keeps the five unassigned bytes distinct, so shown text maps back to its bytes', () => {
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(WINDOWS_1252[b]).toBe(String.fromCharCode(b));
    expect(new Set(WINDOWS_1252).size).toBe(256);
    for (let b = 0; b < 256; b++) expect(WINDOWS_1252_BYTE.get(WINDOWS_1252[b] ?? '')).toBe(b);
  });
});

describe('TCVN3 through iconv-lite', () => {
  it('reads VN3 letters above 0xA0 and the punctuation a .VnTime font draws below it', () => {
    // "Kế hoạch" in VN3 is K 0xD5 space h o 0xB9 c h; quotes typed through Windows are 0x93/0x94.
    const bytes = Uint8Array.of(0x93, 0x4b, 0xd5, 0x20, 0x68, 0x6f, 0xb9, 0x63, 0x68, 0x94);
    expect(tcvn3Decoder.decode(bytes)).toBe('“Kế hoạch”');
  });

  it('keeps control bytes as they are (iconv-lite\'s VN1 table puts capitals there)', () => {
    expect(tcvn3Decoder.decode(Uint8Array.of(0x61, 0x09, 0x01, 0x62))).toBe('a\t\u0001b');
  });
});
