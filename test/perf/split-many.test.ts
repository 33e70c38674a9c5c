import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitUnits } from '../../src/units/split.js';
import { canonicalUnit } from '../../src/units/canonical.js';
import { words } from '../../src/units/collective.js';
import { knownPrefixFilter } from '../../src/units/known-prefix.js';

// Issue 8: splitUnits must stay correct on many distinct names, not only on the benchmark's 17
// repeated rows (no timing here: timing belongs to `npm run bench`).

// Capitalised syllables for proper names; none is a unit head, a collective noun or a province.
const SYLLABLES = ['An', 'Bình', 'Cao', 'Đức', 'Gia', 'Hòa', 'Khánh', 'Lạc', 'Minh', 'Ngọc', 'Phú', 'Quang', 'Sơn', 'Tân', 'Thịnh', 'Vân', 'Xuân', 'Yên', 'Hưng', 'Lộc'];
// Heads that take a proper name but are not named heads: such a body is not in the gazetteer, so
// its canonical name is the text as written.
const HEADS = ['Hội', 'Trung tâm', 'Trường', 'Quỹ', 'Bệnh viện', 'Công ty'];

/** 2,000 distinct names: head + two syllables, over every combination. */
function syntheticNames(count: number): string[] {
  const out: string[] = [];
  for (const head of HEADS) for (const a of SYLLABLES) for (const b of SYLLABLES) if (a !== b) out.push(`${head} ${a} ${b}`);
  return out.slice(0, count);
}

describe('splitUnits on 2,000 cells of distinct synthetic names', () => {
  const names = syntheticNames(2000);
  it('has 2,000 distinct names to work with', () => {
    expect(new Set(names).size).toBe(2000);
  });

  it('cuts at a comma and at "và" before a unit head, keeping each name whole', () => {
    names.forEach((name, i) => {
      const next = names[(i + 1) % names.length] ?? '';
      // A known department, the synthetic body, another after "và" (spec: "Splitting a unit cell").
      const cell = `Sở Tài chính, ${name} và ${next}`;
      expect(splitUnits(cell).map((u) => [u.text, u.name, u.collective, u.start])).toEqual([
        ['Sở Tài chính', 'Sở Tài chính', false, 0],
        [name, name, false, 'Sở Tài chính, '.length],
        [next, next, false, `Sở Tài chính, ${name} và `.length],
      ]);
    });
  });

  it('reads a named body ("Báo <name>", "UBND huyện <name>") up to the next capitalised head', () => {
    names.forEach((name, i) => {
      const proper = name.split(' ').slice(-2).join(' ');
      const cell = i % 2 === 0 ? `Báo ${proper} Sở TT&TT` : `UBND huyện ${proper}; ${name}`;
      const expected =
        i % 2 === 0
          ? [[`Báo ${proper}`, `Báo ${proper}`], ['Sở TT&TT', 'Sở Thông tin và Truyền thông']]
          : [[`UBND huyện ${proper}`, `Ủy ban nhân dân huyện ${proper}`], [name, name]];
      expect(splitUnits(cell).map((u) => [u.text, u.name])).toEqual(expected);
    });
  });

  it('keeps a collective whole after a synthetic name', () => {
    names.slice(0, 200).forEach((name) => {
      expect(splitUnits(`${name}, các sở, ban, ngành liên quan`).map((u) => [u.text, u.collective])).toEqual([
        [name, false],
        ['các sở, ban, ngành liên quan', true],
      ]);
    });
  });
});

describe('knownPrefixFilter never drops a prefix that is a known body', () => {
  // Pieces a unit cell is made of: known names in several spellings, named bodies, collectives,
  // short forms, lead-ins, qualifiers, connectors and plain words.
  const PIECES = [
    'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'Đài PT&TH tỉnh', 'Báo Hà Tĩnh', 'UBND huyện Kỳ Anh', 'Công an xã Thạch Hà',
    'Ban QLKKT tỉnh', 'BQL KKT tỉnh', 'Sở LĐ-TB&XH', 'Văn phòng UBND tỉnh', 'Công TTĐT tỉnh', 'Sở Sở Công thương',
    'Hội CCB tỉnh', 'Tỉnh đoàn', 'Đề nghị', 'tỉnh Hà Tĩnh', 'Bà Rịa - Vũng Tàu', 'và', 'va', 'các sở, ngành', 'tất cả',
    'Các sở, ban, ngành, đoàn thể, địa phương', 'so giao duc va dao tao', 'ubnd tỉnh', 'Sở', 'Hội', 'Bình', ',', ';', 'liên quan',
  ];
  it('agrees with canonicalUnit on every prefix', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 7 }), (parts) => {
        const text = parts.join(' ');
        const list = words(text);
        const could = knownPrefixFilter(list);
        for (let k = 1; k <= list.length; k += 1) {
          const c = canonicalUnit(text.slice(0, list[k - 1]?.end ?? 0));
          if (c.known && !c.collective) expect(could(k), `${text} / ${k} words`).toBe(true);
        }
      }),
      { numRuns: 1500, seed: 8 },
    );
  });
});
