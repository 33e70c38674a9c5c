/** The TCVN3 (VN3) bytes 0xA0-0xFF written out in src/input/legacy/tcvn3.ts, against iconv-lite's "tcvn" decoder. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { VN3_HIGH } from '../../src/input/legacy/tcvn3.js';

describe('the TCVN3 table', () => {
  it('gives every byte from 0xA0 to 0xFF the character iconv-lite decodes it to', () => {
    expect(VN3_HIGH.length).toBe(96);
    for (let b = 0xa0; b <= 0xff; b++) expect([b, VN3_HIGH[b - 0xa0]]).toEqual([b, iconv.decode(Buffer.of(b), 'tcvn')]);
  });

  it('holds the letters a reader of .VnTime text knows: ® is đ, ¸ is á, Õ is ế', () => {
    expect([VN3_HIGH[0xae - 0xa0], VN3_HIGH[0xb8 - 0xa0], VN3_HIGH[0xd5 - 0xa0]]).toEqual(['đ', 'á', 'ế']);
  });
});
