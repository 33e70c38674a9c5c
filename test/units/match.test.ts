import { describe, expect, it } from 'vitest';
import type { UnitRef } from '../../src/model/types.js';
import { createUnitMatcher, sameUnit, suggestUnits, type MatchOptions } from '../../src/units/match.js';
import { splitUnits } from '../../src/units/split.js';
import { canonicalUnit } from '../../src/units/canonical.js';
import { ownPlaceOf } from '../../src/units/own-place.js';

/** The appendix of the sample 446/KH-UBND, copied by hand: id, lead cell, support cell. */
const SAMPLE: [string, string, string][] = [
  ['I.1', 'Ban Tuyên giáo Tỉnh ủy', 'Các sở, ban, ngành, đoàn thể, địa phương'],
  ['I.2', 'Ban Tuyên giáo Tỉnh ủy', 'Sở TT&TT'],
  ['I.3', 'Sở Thông tin và Truyền thông', 'Ban Tuyên giáo Tỉnh ủy'],
  ['II.1', 'Sở Kế hoạch và Đầu tư', 'Các sở, ngành liên quan'],
  ['II.2', 'Sở Thông tin và Truyền thông', 'Sở Kế hoạch và Đầu tư, ban QLKKT tỉnh và các sở, ngành liên quan'],
  ['II.3', 'Sở Văn hóa -Thể thao & Du lịch', 'Các sở, ngành liên quan'],
  ['II.4', 'Báo Hà Tĩnh; Đài PT&TH tỉnh', 'Các sở, ban, ngành, đoàn thể, địa phương'],
  ['II.5', 'Các sở, ban, ngành, địa phương', 'Báo Hà Tĩnh ; Đài PT&TH tỉnh'],
  ['II.6', 'Sở Công Thương', 'Hội doanh nghiệp tỉnh'],
  ['II.7', 'Sở Giáo dục và Đào tạo', 'Các sở, ban, ngành có liên quan'],
  ['II.8', 'Sở Lao động - Thương binh và Xã hội', 'Các sở, ban, ngành có liên quan'],
  ['III.1', 'Sở Kế hoạch và Đầu tư', 'Sở Thông tin và Truyền thông'],
  ['III.2', 'Sở Văn hóa -Thể thao & Du lịch', 'Sở Thông tin và Truyền thông'],
  ['III.3', 'Các cơ quan báo chí của tỉnh; Công TTĐT tỉnh', 'Sở Thông tin và Truyền thông'],
  ['IV.1', 'Các cơ quan báo chí của tỉnh; Công TTĐT tỉnh', 'Sở Thông tin và Truyền thông'],
  ['IV.2', 'Các cơ quan báo chí của tỉnh; Công TTĐT tỉnh', 'Sở Thông tin và Truyền thông'],
  ['IV.3', 'Tỉnh đoàn', 'UBND các huyện, thị xã, thành phố'],
];
const TASKS = SAMPLE.map(([id, lead, support]) => ({ id, lead: splitUnits(lead), support: splitUnits(support) }));

function find(query: string, opts: { role?: 'lead' | 'support' | 'any'; collective?: boolean } & MatchOptions = {}): string[] {
  const match = createUnitMatcher(query, opts);
  const role = opts.role ?? 'any';
  return TASKS.filter((t) => {
    const units = role === 'lead' ? t.lead : role === 'support' ? t.support : [...t.lead, ...t.support];
    return units.some((u) => {
      const kind = match(u);
      return kind !== null && (kind !== 'collective' || opts.collective === true);
    });
  }).map((t) => t.id);
}

const ref = (text: string): UnitRef => {
  const c = canonicalUnit(text);
  return { text, name: c.name, collective: c.collective, person: false, role: null };
};

describe('what the sample must answer (issue 4)', () => {
  it('"Sở Giáo dục" → II.7 only', () => expect(find('Sở Giáo dục')).toEqual(['II.7']));
  it('"Sở TT&TT" → its eight tasks; as lead, I.3 and II.2', () => {
    expect(find('Sở TT&TT')).toEqual(['I.2', 'I.3', 'II.2', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2']);
    expect(find('Sở TT&TT', { role: 'lead' })).toEqual(['I.3', 'II.2']);
    expect(find('Sở TT&TT', { role: 'support' })).toEqual(['I.2', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2']);
  });
  it('"Bộ Giáo dục và Đào tạo" → nothing, collectives included', () => {
    expect(find('Bộ Giáo dục và Đào tạo')).toEqual([]);
    expect(find('Bộ Giáo dục và Đào tạo', { collective: true })).toEqual([]);
  });
});

describe('names as people type them', () => {
  it('any case, NFC or NFD, without diacritics, either tone placement', () => {
    expect(find('so giao duc')).toEqual(['II.7']);
    expect(find('SỞ GIÁO DỤC VÀ ĐÀO TẠO'.normalize('NFD'))).toEqual(['II.7']);
    expect(find('Sở Văn hoá, Thể thao và Du lịch')).toEqual(['II.3', 'III.2']);
    expect(find('so van hoa the thao va du lich')).toEqual(['II.3', 'III.2']);
  });
  it('short forms and full names both ways', () => {
    expect(find('Sở Thông tin và Truyền thông')).toEqual(find('Sở TT&TT'));
    expect(find('Sở VH-TT&DL')).toEqual(['II.3', 'III.2']);
    expect(find('Sở VHTTDL')).toEqual(['II.3', 'III.2']);
    expect(find('Sở KH&ĐT')).toEqual(['II.1', 'II.2', 'III.1']);
    expect(find('Sở LĐ-TB&XH')).toEqual(['II.8']);
    expect(find('Ban Quản lý Khu kinh tế')).toEqual(['II.2']);
    expect(find('Cổng TTĐT tỉnh')).toEqual(['III.3', 'IV.1', 'IV.2']);
    expect(find('Đài Phát thanh và Truyền hình')).toEqual(['II.4', 'II.5']);
    expect(find('so tt&tt', { role: 'lead' })).toEqual(['I.3', 'II.2']);
  });
  it('kinds: exact, prefix', () => {
    expect(createUnitMatcher('Sở GD&ĐT')(ref('Sở Giáo dục và Đào tạo'))).toBe('exact');
    expect(createUnitMatcher('Sở Giáo dục')(ref('Sở Giáo dục và Đào tạo'))).toBe('prefix');
    expect(createUnitMatcher('Ban Tuyên giáo')(ref('Ban Tuyên giáo Tỉnh ủy'))).toBe('prefix');
    expect(createUnitMatcher('Công an')(ref('Công an tỉnh'))).toBe('exact');
  });
  it('never a different body', () => {
    expect(createUnitMatcher('Sở Giáo dục')(ref('Bộ Giáo dục và Đào tạo'))).toBeNull();
    expect(createUnitMatcher('Bộ Giáo dục và Đào tạo')(ref('Sở Giáo dục và Đào tạo'))).toBeNull();
    expect(createUnitMatcher('Bộ TT&TT')(ref('Sở TT&TT'))).toBeNull();
    expect(createUnitMatcher('Sở')(ref('Sở Y tế'))).toBeNull();
    expect(createUnitMatcher('Sở Tài chính')(ref('Sở Tài nguyên và Môi trường'))).toBeNull();
    expect(createUnitMatcher('Giáo dục')(ref('Sở Giáo dục và Đào tạo'))).toBeNull();
  });
});

describe('collectives', () => {
  it('do not match by default, and match as "collective" when they could include the body', () => {
    expect(createUnitMatcher('Sở Giáo dục')(ref('Các sở, ban, ngành, đoàn thể, địa phương'))).toBe('collective');
    expect(createUnitMatcher('Ban Quản lý Khu kinh tế')(ref('Các sở, ban, ngành, đoàn thể, địa phương'))).toBe('collective');
    expect(createUnitMatcher('Sở Giáo dục')(ref('Các sở, ngành, đoàn thể và địa phương'))).toBe('collective');
    expect(createUnitMatcher('UBND huyện Kỳ Anh')(ref('UBND các huyện, thị xã, thành phố'))).toBe('collective');
    expect(createUnitMatcher('Sở Y tế')(ref('UBND các huyện, thị xã, thành phố'))).toBeNull();
    expect(createUnitMatcher('Sở Y tế')(ref('Các cơ quan báo chí của tỉnh'))).toBeNull();
    expect(createUnitMatcher('Báo Hà Tĩnh')(ref('Các cơ quan báo chí của tỉnh'))).toBe('collective');
    expect(createUnitMatcher('Bộ Y tế')(ref('Các sở, ngành liên quan'))).toBeNull();
    expect(createUnitMatcher('Sở Y tế')(ref('Các cơ quan, đơn vị liên quan'))).toBe('collective');
  });
  it('sample: tasks of collectives that could include the unit', () => {
    expect(find('Sở Giáo dục', { collective: true })).toEqual(['I.1', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.7', 'II.8']);
    expect(find('UBND huyện Kỳ Anh')).toEqual([]);
    expect(find('UBND huyện Kỳ Anh', { collective: true })).toEqual(['I.1', 'II.4', 'II.5', 'IV.3']);
    expect(find('Báo Hà Tĩnh', { collective: true })).toEqual(['II.4', 'II.5', 'III.3', 'IV.1', 'IV.2']);
  });
  it('a collective typed as a query matches that collective only', () => {
    expect(find('các sở, ngành liên quan')).toEqual(['II.1', 'II.2', 'II.3']);
  });
});

describe('config aliases and parents', () => {
  const aliases = { 'Trung tâm Xúc tiến Đầu tư tỉnh': ['IPA Hà Tĩnh'] };
  const parents = { 'Trung tâm Xúc tiến Đầu tư tỉnh': 'Sở Kế hoạch và Đầu tư' };
  it('aliases make other names of one body match, as "alias"', () => {
    expect(createUnitMatcher('IPA Hà Tĩnh', { aliases })(ref('Trung tâm Xúc tiến Đầu tư tỉnh'))).toBe('alias');
    expect(createUnitMatcher('IPA Hà Tĩnh')(ref('Trung tâm Xúc tiến Đầu tư tỉnh'))).toBeNull();
  });
  it('a query for the child finds the tasks the plan gave its parent', () => {
    expect(find('Trung tâm Xúc tiến Đầu tư tỉnh')).toEqual([]);
    expect(find('Trung tâm Xúc tiến Đầu tư tỉnh', { parents })).toEqual(['II.1', 'II.2', 'III.1']);
    expect(createUnitMatcher('Trung tâm Xúc tiến Đầu tư tỉnh', { parents })(ref('Sở KH&ĐT'))).toBe('parent');
    expect(find('IPA Hà Tĩnh', { parents, aliases })).toEqual(['II.1', 'II.2', 'III.1']);
  });
  it('a query for the parent finds its child', () => {
    expect(createUnitMatcher('Sở KH&ĐT', { parents })(ref('Trung tâm Xúc tiến Đầu tư tỉnh'))).toBe('parent');
    expect(createUnitMatcher('Sở KH&ĐT')(ref('Trung tâm Xúc tiến Đầu tư tỉnh'))).toBeNull();
    expect(createUnitMatcher('Sở Tài chính', { parents })(ref('Trung tâm Xúc tiến Đầu tư tỉnh'))).toBeNull();
  });
});

describe('sameUnit', () => {
  it('compares bodies, not spellings', () => {
    expect(sameUnit(ref('Sở VH-TT&DL'), ref('Sở Văn hóa -Thể thao & Du lịch'))).toBe(true);
    expect(sameUnit(ref('Đài PT&TH tỉnh'), ref('Đài Phát thanh và Truyền hình tỉnh'))).toBe(true);
    expect(sameUnit(ref('Sở Giáo dục'), ref('Sở Giáo dục và Đào tạo'))).toBe(false);
    expect(sameUnit(ref('Bộ Giáo dục và Đào tạo'), ref('Sở Giáo dục và Đào tạo'))).toBe(false);
    expect(sameUnit(ref('IPA Hà Tĩnh'), ref('Trung tâm Xúc tiến Đầu tư tỉnh'), { aliases: { 'Trung tâm Xúc tiến Đầu tư tỉnh': ['IPA Hà Tĩnh'] } })).toBe(true);
    expect(sameUnit(ref('Các sở, ngành liên quan'), ref('các sở, ngành liên quan'))).toBe(true);
  });
});

describe('suggestUnits', () => {
  const names = [
    'Ban Tuyên giáo Tỉnh ủy', 'Sở Thông tin và Truyền thông', 'Sở Kế hoạch và Đầu tư', 'Sở Văn hóa, Thể thao và Du lịch',
    'Báo Hà Tĩnh', 'Đài Phát thanh và Truyền hình tỉnh', 'Sở Công Thương', 'Sở Giáo dục và Đào tạo', 'Tỉnh đoàn',
  ];
  it('puts the closest names first', () => {
    expect(suggestUnits('Sở Văn hóa Du lịch', names)[0]).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(suggestUnits('Ban Tuyên truyền Tỉnh ủy', names)[0]).toBe('Ban Tuyên giáo Tỉnh ủy');
    expect(suggestUnits('Bộ Giáo dục và Đào tạo', names)[0]).toBe('Sở Giáo dục và Đào tạo');
    expect(suggestUnits('so ke hoach dau tu', names)[0]).toBe('Sở Kế hoạch và Đầu tư');
  });
  it('respects the limit and leaves out what is far', () => {
    expect(suggestUnits('Sở Văn hóa Du lịch', names, 2)).toHaveLength(2);
    expect(suggestUnits('xyz', names)).toEqual([]);
  });
});

describe('createUnitMatcher within a plan of a place: another province\'s body is another body', () => {
  const namDinh = ownPlaceOf('Ủy ban nhân dân tỉnh Nam Định');
  const ministry = ownPlaceOf('Bộ Y tế', null);
  const kind = (query: string, unit: string, ownPlace: MatchOptions['ownPlace']) => createUnitMatcher(query, { ownPlace })(ref(unit));

  it('in a province\'s plan, a name of another province matches only that province\'s names', () => {
    expect(kind('Công an tỉnh Hà Nam', 'Công an tỉnh', namDinh)).toBeNull();
    expect(kind('Công an tỉnh', 'Công an tỉnh Hà Nam', namDinh)).toBeNull();
    expect(kind('Công an Hà Nam', 'Công an tỉnh Hà Nam', namDinh)).toBe('exact');
    expect(kind('Công an tỉnh Nam Định', 'Công an tỉnh', namDinh)).toBe('exact');
    // The province's own collectives are its own: they include no other province's body.
    expect(kind('Sở Y tế tỉnh Hà Nam', 'Các sở, ban, ngành', namDinh)).toBeNull();
    expect(kind('Sở Y tế', 'Các sở, ban, ngành', namDinh)).toBe('collective');
    expect(kind('Các sở, ban, ngành tỉnh Hà Nam', 'Các sở, ban, ngành', namDinh)).toBeNull();
  });

  it('in a plan of no province, every province is another, and a collective with no place may include any', () => {
    expect(ministry).toBeNull();
    expect(kind('Sở Y tế tỉnh Hà Nam', 'Sở Y tế tỉnh Nam Định', ministry)).toBeNull();
    expect(kind('Sở Y tế tỉnh Hà Nam', 'Sở Y tế tỉnh Hà Nam', ministry)).toBe('exact');
    expect(kind('Sở Y tế tỉnh Hà Nam', 'Các sở, ban, ngành', ministry)).toBe('collective');
  });

  it('without a plan\'s place (the gazetteer\'s names), names compare without their province', () => {
    expect(createUnitMatcher('Công an tỉnh Hà Nam')(ref('Công an tỉnh'))).toBe('exact');
    expect(sameUnit(ref('Công an tỉnh Hà Nam'), ref('Công an tỉnh'))).toBe(true);
    expect(sameUnit(ref('Công an tỉnh Hà Nam'), ref('Công an tỉnh'), { ownPlace: namDinh })).toBe(false);
  });
});
