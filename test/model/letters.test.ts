/**
 * The character classes that stand for Unicode property escapes in the tool's regular
 * expressions (src/model/letters.ts, issue 19). Each must be exactly its property within its
 * blocks, and no regular expression of src/ may use a property escape again: one such
 * expression costs 0.2–1 ms to compile at start-up.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasLetter, LETTER, LETTER_BLOCKS, lettersOf, LOWER, MARK, MARK_BLOCKS, NUMBER, NUMBER_BLOCKS, UPPER } from '../../src/model/letters.js';

type Blocks = readonly (readonly [number, number])[];

/** Every code point of the blocks that the class matches, and every one \p{prop} matches. */
function compare(cls: string, prop: string, blocks: Blocks): { onlyClass: string[]; onlyProperty: string[] } {
  const byClass = new RegExp(`^[${cls}]$`, 'u');
  const byProperty = new RegExp(`^\\p{${prop}}$`, 'u');
  const onlyClass: string[] = [];
  const onlyProperty: string[] = [];
  for (const [lo, hi] of blocks) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCodePoint(c);
      const a = byClass.test(ch);
      const b = byProperty.test(ch);
      if (a && !b) onlyClass.push(c.toString(16));
      if (b && !a) onlyProperty.push(c.toString(16));
    }
  }
  return { onlyClass, onlyProperty };
}

/** Whether the class matches any code point outside the blocks (up to the end of the BMP). */
function outside(cls: string, blocks: Blocks): string[] {
  const re = new RegExp(`^[${cls}]$`, 'u');
  const found: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (blocks.some(([lo, hi]) => c >= lo && c <= hi)) continue;
    if (re.test(String.fromCodePoint(c))) found.push(c.toString(16));
  }
  return found;
}

describe('each class is its Unicode property within its blocks', () => {
  it.each([
    ['LETTER', LETTER, 'L', LETTER_BLOCKS],
    ['UPPER', UPPER, 'Lu', LETTER_BLOCKS],
    ['LOWER', LOWER, 'Ll', LETTER_BLOCKS],
    ['NUMBER', NUMBER, 'N', NUMBER_BLOCKS],
  ] as const)('%s is \\p{%s} within its blocks, and nothing outside them', (_name, cls, prop, blocks) => {
    expect(compare(cls, prop, blocks)).toEqual({ onlyClass: [], onlyProperty: [] });
    expect(outside(cls, blocks)).toEqual([]);
  });

  it('MARK holds every combining mark of its blocks, and only places of those blocks', () => {
    // The blocks are taken whole: a place Unicode has not assigned yet holds no other character.
    expect(compare(MARK, 'M', MARK_BLOCKS).onlyProperty).toEqual([]);
    expect(outside(MARK, MARK_BLOCKS)).toEqual([]);
    expect(compare(MARK, 'M', MARK_BLOCKS).onlyClass.every((c) => !/\p{M}/u.test(String.fromCodePoint(parseInt(c, 16))) && /\p{Cn}/u.test(String.fromCodePoint(parseInt(c, 16))))).toBe(true);
  });
});

describe('the Vietnamese alphabet', () => {
  // The 67 letters with their tone marks, in both cases (NĐ 30/2020 writes Vietnamese in Unicode, TCVN 6909).
  const vowels = 'aăâeêioôơuưy';
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const lower = [...'bcdđghklmnpqrstvx', ...[...vowels].flatMap((v) => tones.map((t) => `${v}${t}`.normalize('NFC')))];
  const upper = lower.map((l) => l.toUpperCase());

  it('every letter is a LETTER, its lower case a LOWER and its capital an UPPER', () => {
    const isLetter = new RegExp(`^[${LETTER}]$`, 'u');
    const isLower = new RegExp(`^[${LOWER}]$`, 'u');
    const isUpper = new RegExp(`^[${UPPER}]$`, 'u');
    expect(lower.filter((c) => !isLetter.test(c) || !isLower.test(c) || isUpper.test(c))).toEqual([]);
    expect(upper.filter((c) => !isLetter.test(c) || !isUpper.test(c) || isLower.test(c))).toEqual([]);
  });

  it('the five tone marks and the breve, circumflex and horn of decomposed text are MARKs', () => {
    const isMark = new RegExp(`^[${MARK}]$`, 'u');
    expect(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0306', '\u0302', '\u031b'].every((m) => isMark.test(m))).toBe(true);
  });

  it('a Roman numeral written as one character and a circled number are NUMBERs; a letter of another script is not a LETTER', () => {
    const isNumber = new RegExp(`^[${NUMBER}]$`, 'u');
    expect(['7', 'Ⅳ', '①', '²'].every((c) => isNumber.test(c))).toBe(true);
    expect(hasLetter('Ωж中')).toBe(false);
  });
});

describe('hasLetter and lettersOf', () => {
  it('find the letters of a text', () => {
    expect(hasLetter('12/2025 - …')).toBe(false);
    expect(hasLetter('12/KH')).toBe(true);
    expect(lettersOf('Số: 446/KH-UBND')).toBe('SốKHUBND');
  });
});

describe('no Unicode property escape in a regular expression of src/', () => {
  function* sources(dir: string): Generator<string> {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) yield* sources(p);
      else if (name.endsWith('.ts')) yield p;
    }
  }

  it('every file uses the classes of src/model/letters.ts instead', () => {
    const found: string[] = [];
    for (const file of sources('src')) {
      if (file === path.join('src', 'model', 'letters.ts')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\\\\?[pP]\{/.test(line)) found.push(`${file}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });
});
