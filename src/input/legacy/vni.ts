import type { LegacyDecoder } from '../legacy-decoder.js';
import table from './vni-table.json' with { type: 'json' };
import { sample, vietnameseScore } from './syllable.js';
import { WINDOWS_1252 } from './windows-1252.js';

/**
 * VNI-Windows (domain.md §4.4): a toned vowel is its ASCII base letter followed by one mark
 * byte ("Coäng" = Cộng); ơ, ư, đ and the toned i and ỵ are single bytes.
 */
interface MarkSet {
  readonly bases: string;
  readonly marks: ReadonlyMap<number, string>;
}

function bytesOf(map: Record<string, string>): ReadonlyMap<number, string> {
  return new Map(Object.entries(map).map(([hex, s]) => [Number.parseInt(hex, 16), s] as const));
}

const MARK_SETS: readonly MarkSet[] = [
  { bases: table.toneBases, marks: bytesOf(table.tone) },
  { bases: table.circumflexBases, marks: bytesOf(table.circumflex) },
  { bases: table.breveBases, marks: bytesOf(table.breve) },
];
const LETTERS = bytesOf(table.letters);

/** The combining marks a byte adds to the letter before it, or null if it adds none. */
function markFor(base: string, byte: number): string | null {
  for (const set of MARK_SETS) {
    if (set.bases.includes(base)) {
      const mark = set.marks.get(byte);
      if (mark !== undefined) return mark;
    }
  }
  return null;
}

function decodeVni(bytes: Uint8Array): string {
  const out: string[] = [];
  let previous = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const mark = b >= 0x80 && previous !== '' ? markFor(previous, b) : null;
    if (mark !== null) {
      out[out.length - 1] = (previous + mark).normalize('NFC');
      previous = '';
      continue;
    }
    const ch = LETTERS.get(b) ?? WINDOWS_1252[b] ?? '';
    out.push(ch);
    previous = ch;
  }
  return out.join('');
}

export const vniDecoder: LegacyDecoder = {
  name: 'VNI (VNI-Windows fonts)',
  converts: true,
  detect: (bytes) => vietnameseScore(decodeVni(sample(bytes))),
  decode: decodeVni,
};
