import type { LegacyDecoder } from '../decode.js';
import table from './tcvn3-table.json' with { type: 'json' };
import { sample, vietnameseScore } from './syllable.js';
import { WINDOWS_1252 } from './windows-1252.js';
import { LETTER, MARK } from '../../model/letters.js';

/**
 * TCVN3 / ABC (TCVN 5712:1993 VN3, the ".VnTime" fonts), domain.md §4.4: one byte per
 * letter, ASCII kept, toned letters in 0xA1-0xFE.
 */
function buildTable(): readonly string[] {
  const chars = [...WINDOWS_1252];
  const assign = (map: Record<string, string>): void => {
    for (const [hex, ch] of Object.entries(map)) chars[Number.parseInt(hex, 16)] = ch;
  };
  // VN3 leaves some high bytes unassigned; VN1 of the same standard gives them capitals.
  assign(table.vn1);
  assign(table.vn3);
  return chars;
}

const CHARS = buildTable();

function decodeRaw(bytes: Uint8Array): string {
  const parts: string[] = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) parts[i] = CHARS[bytes[i] ?? 0] ?? '';
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
