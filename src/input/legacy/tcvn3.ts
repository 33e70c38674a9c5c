import type { LegacyDecoder } from '../legacy-decoder.js';
import { sample, vietnameseScore } from './syllable.js';
import { WINDOWS_1252 } from './windows-1252.js';
import { LETTER, MARK } from '../../model/letters.js';

/**
 * TCVN3 / ABC (TCVN 5712:1993 VN3, the ".VnTime" fonts), domain.md §4.4: one byte per
 * letter, ASCII kept, toned letters in 0xA1-0xFE.
 */
const VN3_FIRST = 0xa0;

/**
 * Bytes 0xA0-0xFF as iconv-lite's "tcvn" table reads them: VN3's letters, and the capitals of
 * VN1 (the same standard) where VN3 leaves a byte unassigned. Written out (test/input/tcvn3-
 * table.test.ts checks each byte against iconv-lite) so that the CLI does not load iconv-lite
 * (issue 19). Below 0xA0 iconv-lite's table is VN1, which also puts capitals on control bytes
 * and on 0x80-0x9F; the .VnTime fonts are VN3 and draw those bytes as Windows-1252 punctuation
 * (0x93 “, 0x85 …), and ASCII as ASCII, so the bytes below 0xA0 are read as Windows-1252.
 */
export const VN3_HIGH =
  '\u00a0\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0' +
  '\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4' +
  '\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd' +
  '\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2' +
  '\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9' +
  '\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0';

/** The character of each byte 0x00-0xFF. */
const TABLE: readonly string[] = WINDOWS_1252.map((ch, b) => (b < VN3_FIRST ? ch : (VN3_HIGH[b - VN3_FIRST] ?? ch)));

function decodeRaw(bytes: Uint8Array): string {
  const all = TABLE;
  const parts: string[] = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) parts[i] = all[bytes[i] ?? 0] ?? '';
  return parts.join('');
}

const ASCII_LOWER = /[a-z]/;
const ASCII_UPPER = /[A-Z]/g;
const WORD = new RegExp(String.raw`[${LETTER}${MARK}]+`, 'gu');
const NON_ASCII = /[^\x00-\x7f]/;
const LINE_CAPITALS = 3;

function asciiCapitals(word: string): number {
  return word.match(ASCII_UPPER)?.length ?? 0;
}

/**
 * VN3 has no toned capitals: writers switched to the ".VnTimeH" font, which draws the
 * lower-case bytes as capitals, so "CỘNG HÒA" arrives as "CéNG HßA" (domain.md §4.4: a
 * converter must upper-case text set in an "H" font). Without the font, the evidence is the
 * ASCII capitals around the toned letters: a word with two ASCII capitals and no ASCII lower
 * case is a capitals word, and a line without ASCII lower case whose non-ASCII words hold at
 * least three ASCII capitals is a capitals line ("TM. ñY BAN NH¢N D¢N"). "Số: 446/KH-UBND"
 * and a title-case "Sở" or "Bộ" stay as they are.
 */
export function restoreCapitals(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!ASCII_LOWER.test(line)) {
        let capitals = 0;
        for (const word of line.match(WORD) ?? []) {
          if (NON_ASCII.test(word)) capitals += asciiCapitals(word);
        }
        if (capitals >= LINE_CAPITALS) return line.toUpperCase();
      }
      return line.replace(WORD, (word) =>
        !ASCII_LOWER.test(word) && asciiCapitals(word) >= 2 ? word.toUpperCase() : word,
      );
    })
    .join('\n');
}

export const tcvn3Decoder: LegacyDecoder = {
  name: 'TCVN3 (ABC, .VnTime fonts)',
  converts: true,
  detect: (bytes) => vietnameseScore(decodeRaw(sample(bytes))),
  decode: (bytes) => restoreCapitals(decodeRaw(bytes)),
};
