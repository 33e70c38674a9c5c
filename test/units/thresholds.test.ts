import { describe, expect, it } from 'vitest';
import { NEAREST_UNIT_SCORE, nearestKnownUnit } from '../../src/units/gazetteer.js';
import { SUGGESTION_SCORE, suggestUnits } from '../../src/units/match.js';
import { stripQualifier } from '../../src/units/name-key.js';

// The units module's cut-offs, each on a name just inside it and just past it.

describe('NEAREST_UNIT_SCORE: a known body behind a misread name', () => {
  it('three letters in four alike is the body; fewer is nobody', () => {
    // "cong thong tin dien tu" (22 letters) against 24 with 6 edits: 0.75; against 25 with 7: 0.72.
    expect(nearestKnownUnit('Cổng Thông tin điệxxxxxx')).toEqual({ name: 'Cổng Thông tin điện tử tỉnh', score: NEAREST_UNIT_SCORE });
    expect(nearestKnownUnit('Cổng Thông tin điệxxxxxxx')).toBeNull();
  });
});

describe('SUGGESTION_SCORE: names worth suggesting for a query that matched nothing', () => {
  it('three letters in ten alike are suggested, two are not', () => {
    expect(SUGGESTION_SCORE).toBe(0.3);
    expect(suggestUnits('Abcdefghij', ['Abcxxxxxxx', 'Abxxxxxxxx'])).toEqual(['Abcxxxxxxx']);
  });
});

describe('a qualifier is dropped only when two words stay before it', () => {
  it('"Công an tỉnh" drops "tỉnh", "Sở tỉnh" keeps it', () => {
    expect(stripQualifier(['công', 'an', 'tỉnh'], 'tone')).toEqual(['công', 'an']);
    expect(stripQualifier(['sở', 'tỉnh'], 'tone')).toEqual(['sở', 'tỉnh']);
  });
});
