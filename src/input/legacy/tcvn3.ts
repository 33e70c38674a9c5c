import type { LegacyDecoder } from '../legacy-decoder.js';
import iconv from 'iconv-lite';
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
 * VN1 (the same standard) where VN3 leaves a byte unassigned. Below 0xA0 iconv-lite's table is
 * VN1, which also puts capitals on control bytes and on 0x80-0x9F; the .VnTime fonts are VN3
 * and draw those bytes as Windows-1252 punctuation (0x93 “, 0x85 …), and ASCII as ASCII, so
 * the bytes below 0xA0 are read as Windows-1252.
 */
function buildTable(): readonly string[] {
  const high = Uint8Array.from({ length: 256 - VN3_FIRST }, (_, i) => VN3_FIRST + i);
  const vn3 = [...iconv.decode(Buffer.from(high), 'tcvn')];
  return WINDOWS_1252.map((ch, b) => (b < VN3_FIRST ? ch : (vn3[b - VN3_FIRST] ?? ch)));
}

let chars: readonly string[] | null = null;

/** The table, built on first use: only a TCVN3 text needs it, and iconv-lite builds a codec for it (issue 19). */
function table(): readonly string[] {
  chars ??= buildTable();
  return chars;
}

function decodeRaw(bytes: Uint8Array): string {
  const all = table();
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
