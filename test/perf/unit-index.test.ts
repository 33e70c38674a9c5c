import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { UnitRef } from '../../src/model/types.js';
import type { PlanConfig } from '../../src/config/types.js';
import { createUnitComparer } from '../../src/validate/unit-compare.js';
import { createUnitIndex } from '../../src/validate/unit-index.js';
import { gazetteerHelpers } from '../../src/validate/unit-knowledge.js';

// Issue 8: the validate rules look units up in an index instead of comparing every pair. The
// index must give the answer a scan with `same` gives, first member first.

const NAMES = [
  'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'So thong tin va truyen thong', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư',
  'Trung tâm Xúc tiến Đầu tư tỉnh', 'Trung tâm Phục vụ hành chính công', 'Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh',
  'Báo Hà Tĩnh', 'Đài PT&TH tỉnh', 'Hội doanh nghiệp tỉnh', 'Hội Doanh nhân trẻ', 'Công TTĐT tỉnh',
];
const config: PlanConfig = {
  aliases: { 'Hội doanh nghiệp tỉnh': ['Hội Doanh nhân trẻ'] },
  parents: { 'Trung tâm Xúc tiến Đầu tư tỉnh': 'Sở Kế hoạch và Đầu tư', 'Trung tâm Phục vụ hành chính công': 'Văn phòng UBND tỉnh' },
};

const unit = (text: string, name = text): UnitRef => ({ text, name, collective: false, person: false, role: null });

describe('createUnitIndex', () => {
  it('finds what a scan with same() finds, for gazetteer names, aliases and parents', () => {
    const comparer = createUnitComparer(config, gazetteerHelpers);
    const pick = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES)).map(([t, n]) => unit(t, n));
    fc.assert(
      fc.property(fc.array(pick, { maxLength: 8 }), fc.array(pick, { minLength: 1, maxLength: 6 }), (members, queries) => {
        const index = createUnitIndex<number>(comparer);
        members.forEach((m, i) => index.add(m, i));
        for (const q of queries) {
          const scan = members.findIndex((m) => comparer.same(q, m));
          expect(index.find(q)).toBe(scan < 0 ? undefined : scan);
        }
      }),
      { numRuns: 500, seed: 8 },
    );
  });

  it('pairs a child with its parent both ways (config parents)', () => {
    const index = createUnitIndex<string>(createUnitComparer(config, gazetteerHelpers));
    index.add(unit('Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'), 'parent');
    expect(index.find(unit('Trung tâm Xúc tiến Đầu tư tỉnh'))).toBe('parent');
    expect(index.find(unit('Sở Tài chính'))).toBeUndefined();
  });

  it('falls back to a scan when names are compared by a custom sameName', () => {
    const comparer = createUnitComparer(null, { sameName: (a, b) => a.toLowerCase() === b.toLowerCase() });
    const index = createUnitIndex<number>(comparer);
    index.add(unit('SỞ Y TẾ'), 1);
    expect(index.find(unit('sở y tế'))).toBe(1);
  });
});
