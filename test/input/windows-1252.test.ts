/** The Windows-1252 table written out in src/input/legacy/windows-1252.ts, against iconv-lite's decoder. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { WINDOWS_1252, WINDOWS_1252_BYTE, decodeWindows1252 } from '../../src/input/legacy/windows-1252.js';

const UNASSIGNED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

describe('the Windows-1252 table', () => {
  it('gives every assigned byte the character iconv-lite decodes it to', () => {
    for (let b = 0; b < 256; b++) {
      if (UNASSIGNED.includes(b)) continue;
      expect([b, WINDOWS_1252[b]]).toEqual([b, iconv.decode(Buffer.of(b), 'windows1252')]);
    }
  });

  it('keeps the Latin-1 code point of the five unassigned bytes (iconv-lite gives U+FFFD)', () => {
    expect(UNASSIGNED.map((b) => WINDOWS_1252[b])).toEqual(['\x81', '\x8d', '\x8f', '\x90', '\x9d']);
    expect(decodeWindows1252(Uint8Array.of(0x81))).toBe('\uFFFD');
  });

  it('decodes every byte as iconv-lite does, U+FFFD for the unassigned ones included', () => {
    const all = Uint8Array.from({ length: 256 }, (_, b) => b);
    expect(decodeWindows1252(all)).toBe(iconv.decode(Buffer.from(all), 'windows1252'));
  });

  it('names the characters of 0x80-0x9F a reader knows: € at 0x80, “ ” at 0x93 0x94, … at 0x85, Ÿ at 0x9F', () => {
    expect([WINDOWS_1252[0x80], WINDOWS_1252[0x93], WINDOWS_1252[0x94], WINDOWS_1252[0x85], WINDOWS_1252[0x9f]]).toEqual(['€', '“', '”', '…', 'Ÿ']);
    expect(WINDOWS_1252[0xe0]).toBe('à');
  });

  it('maps each of its 256 characters back to one byte', () => {
    expect(WINDOWS_1252_BYTE.size).toBe(256);
    expect(WINDOWS_1252_BYTE.get('“')).toBe(0x93);
  });
});
