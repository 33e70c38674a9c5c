/**
 * The one numbering lexicon (model/numbering.ts) and the numbering state of the paragraph
 * reader: Vietnamese letters, "C." and "D." read by their siblings, decimal paths.
 */
import { describe, expect, it } from 'vitest';
import { follows, nextOrdinal, opensSeries, readSeries, readingsOf, renderOrdinal, toRoman, romanValue } from '../../src/model/numbering.js';
import { lexMarker } from '../../src/outline/lexer.js';
import { NumberingState } from '../../src/outline/sequence.js';
import { numbering } from '../../src/validate/rules/numbering.js';
import type { Plan, Section } from '../../src/model/types.js';

const kinds = (xs: string[]): string[] => readSeries(xs).map((o) => (o ? `${o.kind}:${o.value}` : 'null'));

describe('the numbering lexicon', () => {
  it('letters follow the Vietnamese alphabet: đ after d, no f, j, w, z', () => {
    expect(kinds(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'])).toEqual(['letter:1', 'letter:2', 'letter:3', 'letter:4', 'letter:5', 'letter:6', 'letter:7', 'letter:8', 'letter:9', 'letter:10']);
    expect(readingsOf('ư')).toEqual([]);
  });

  it('f, j, w and z have no place of their own: each is read only as the Latin successor of e, i, v and y', () => {
    const [e, f, g] = readSeries(['e', 'f', 'g']);
    expect([follows(e!, f!), follows(f!, g!)]).toEqual([true, true]);
    expect(renderOrdinal(f!)).toBe('f');
    const [dd, f2] = readSeries(['đ', 'f']);
    expect(follows(dd!, f2!)).toBe(false);
    const [i, j, k] = readSeries(['i', 'j', 'k']);
    expect([follows(i!, j!), follows(j!, k!)]).toEqual([true, true]);
    // Never the first of a series, and the number after one is the Vietnamese letter after its predecessor.
    expect(opensSeries(f!)).toBe(false);
    expect(renderOrdinal(nextOrdinal(f!))).toBe('g');
  });

  it('"C." and "D." are letters among A, B and Roman only among Roman siblings', () => {
    expect(kinds(['A', 'B', 'C', 'D'])).toEqual(['upper:1', 'upper:2', 'upper:3', 'upper:4']);
    expect(kinds(['XCVIII', 'XCIX', 'C'])).toEqual(['roman:98', 'roman:99', 'roman:100']);
    expect(kinds(['I', 'II', 'III', 'IV', 'V'])).toEqual(['roman:1', 'roman:2', 'roman:3', 'roman:4', 'roman:5']);
    // Alone, a lone I, V or X is Roman and a lone C or D a letter.
    expect(kinds(['C'])).toEqual(['upper:3']);
    expect(kinds(['V'])).toEqual(['roman:5']);
    // "I" opening a run whose next sibling is a letter is a letter.
    expect(kinds(['H', 'I', 'K'])).toEqual(['upper:8', 'upper:9', 'upper:10']);
  });

  it('accepts the Latin habit of "e" right after "d"; "g" after "đ" skips "e"', () => {
    const [d, e] = readSeries(['d', 'e']);
    expect(follows(d!, e!)).toBe(true);
    const [dd, g] = readSeries(['đ', 'g']);
    expect(follows(dd!, g!)).toBe(false);
    const [b, d2] = readSeries(['b', 'd']);
    expect(follows(b!, d2!)).toBe(false);
  });

  it('decimal numbers share their prefix with their siblings', () => {
    const [a, b, c] = readSeries(['2.3', '2.4', '3.1']);
    expect(follows(a!, b!)).toBe(true);
    expect(follows(b!, c!)).toBe(false);
  });

  it('renders Roman numerals and letters back', () => {
    expect([toRoman(4), toRoman(9), toRoman(40), toRoman(100)]).toEqual(['IV', 'IX', 'XL', 'C']);
    expect([romanValue('XIV'), romanValue('XC')]).toEqual([14, 90]);
    expect(renderOrdinal({ kind: 'letter', prefix: '', value: 5 })).toBe('đ');
    expect(renderOrdinal({ kind: 'upper', prefix: '', value: 5 })).toBe('Đ');
  });
});

describe('the lexer reads both readings of a letter that is a Roman numeral', () => {
  it('"C. TỔ CHỨC" is the letter C, with Roman 100 as its other reading', () => {
    const m = lexMarker('C. TỔ CHỨC THỰC HIỆN');
    expect([m?.kind, m?.value, m?.alt?.kind, m?.alt?.value]).toEqual(['upper', 3, 'roman', 100]);
  });

  it('"I. MỤC ĐÍCH" is Roman one, with the ninth letter as its other reading', () => {
    const m = lexMarker('I. MỤC ĐÍCH');
    expect([m?.kind, m?.value, m?.alt?.kind, m?.alt?.value]).toEqual(['roman', 1, 'upper', 9]);
  });

  it('a number alone on its line is a bare marker; a year is no marker', () => {
    expect(lexMarker('3.')).toMatchObject({ kind: 'arabic', value: 3, bare: true });
    expect(lexMarker('III.')).toMatchObject({ kind: 'roman', value: 3, bare: true });
    expect(lexMarker('2030.')).toBeNull();
  });
});

describe('the numbering state', () => {
  const lex = (s: string) => lexMarker(s)!;

  it('"C." after "A." and "B." continues the letters; after "II." a Roman "III." follows', () => {
    const st = new NumberingState();
    st.note(lex('A. MỤC TIÊU'));
    st.note(lex('B. NỘI DUNG'));
    expect(st.resolve(lex('C. TỔ CHỨC'))).toMatchObject({ kind: 'upper', value: 3 });
  });

  it('a decimal path restarts under a new parent: "4.1" after "3.5", not "4.2" or "5.1"', () => {
    const st = new NumberingState();
    st.note(lex('3.5. Đào tạo'));
    expect(st.fits(lex('4.1. Thu hút'))).toBe(true);
    expect(st.fits(lex('4.2. Thu hút'))).toBe(false);
    expect(st.fits(lex('5.1. Thu hút'))).toBe(false);
    expect(st.fits(lex('3.6. Tiếp'))).toBe(true);
  });
});

describe("validate's numbering rule reads numbers with the lexicon", () => {
  const sec = (id: string, number: string, line: number): Section => ({ id, number, title: id, role: 'other', children: [], source: { kind: 'line', line, column: 1 } });
  const plan = (outline: Section[]): Plan => ({ outline, tasks: [] }) as unknown as Plan;
  // The rule is called as the engine calls it: its context, and its options (none here).
  const check = numbering.check.bind(numbering) as (...args: unknown[]) => readonly { expected?: string; actual?: string }[];
  const run = (outline: Section[]) => check({ plan: plan(outline), options: {} }, {});

  it('A, B, C, D at the top level is a run of letters, with no finding', () => {
    expect(run([sec('A', 'A', 1), sec('B', 'B', 2), sec('C', 'C', 3), sec('D', 'D', 4)])).toEqual([]);
  });

  it('A, B, D skips C', () => {
    expect(run([sec('A', 'A', 1), sec('B', 'B', 2), sec('D', 'D', 3)]).map((f) => [f.expected, f.actual])).toEqual([['C', 'D']]);
  });
});
