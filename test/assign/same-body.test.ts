/**
 * Issue 12 §8 and issue 13 §4: the same body written in other orders, abbreviated, with "các" or
 * with a role note is the same unit — one comparison (units/identity.ts) for `plan tasks
 * --unit`, the unit index and every validate rule. Names and plans written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { UnitRef } from '../../src/model/types.js';
import { bodyKey } from '../../src/units/identity.js';
import { createUnitMatcher, sameUnit } from '../../src/units/match.js';
import { splitUnits } from '../../src/units/split.js';
import { findTasks } from '../../src/query/index.js';
import { validatePlan } from '../../src/validate/index.js';
import { createUnitComparer } from '../../src/validate/unit-compare.js';
import { gazetteerHelpers } from '../../src/validate/unit-knowledge.js';
import { plan, resp, task } from '../validate/build-plan.js';
import { readPlan } from './plan-text.js';

const ref = (text: string): UnitRef => {
  const [u] = splitUnits(text);
  if (!u) throw new Error(`no unit in ${text}`);
  return { text: u.text, name: u.name, collective: u.collective, person: u.person, role: u.role };
};

describe('bodyKey: which body a name denotes', () => {
  it.each([
    ['UBND xã, phường, đặc khu', 'Ủy ban nhân dân phường, xã, đặc khu'],
    ['UBND xã, phường, đặc khu', 'UBND các phường, xã, đặc khu'],
    ['UBND phường, xã', 'UBND các phường, xã'],
    ['UBND cấp xã', 'Ủy ban nhân dân các xã'],
    ['Các sở, ban, ngành tỉnh', 'sở, ban, ngành'],
    ['Sở Tài chính (cơ quan chủ trì)', 'Sở Tài chính'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Công TTĐT tỉnh', 'Cổng Thông tin điện tử tỉnh'],
  ])('%s = %s', (a, b) => expect(bodyKey(a)).toBe(bodyKey(b)));

  it.each([
    ['UBND các xã, phường', 'UBND các huyện, thị xã'],
    ['Các sở, ngành', 'Các sở, ban, ngành, đoàn thể'],
    ['Sở Tài chính', 'Bộ Tài chính'],
    ['Thủ trưởng các sở, ban, ngành', 'Các sở, ban, ngành'],
    ['Các cơ quan, đơn vị liên quan', 'Các cơ quan, đơn vị'],
  ])('%s ≠ %s', (a, b) => expect(bodyKey(a)).not.toBe(bodyKey(b)));
});

describe('one comparison for query, the unit index and validate', () => {
  it('sameUnit and the validate comparer agree', () => {
    const comparer = createUnitComparer(null, gazetteerHelpers);
    const pairs: [string, string, boolean][] = [
      ['UBND xã, phường, đặc khu', 'Ủy ban nhân dân phường, xã, đặc khu', true],
      ['UBND phường, xã', 'UBND các phường, xã', true],
      ['Sở Tài chính (cơ quan chủ trì)', 'Sở Tài chính', true],
      ['UBND các xã, phường', 'UBND các huyện, thị xã', false],
    ];
    for (const [a, b, same] of pairs) {
      expect(sameUnit(ref(a), ref(b)), `${a} / ${b}`).toBe(same);
      expect(comparer.same(ref(a), ref(b)), `${a} / ${b}`).toBe(same);
    }
  });

  it('plan tasks --unit finds a collective written in another order as the same unit, not through a collective', () => {
    expect(createUnitMatcher('UBND các phường, xã')(ref('UBND xã, phường'))).toBe('exact');
    expect(createUnitMatcher('Ủy ban nhân dân phường, xã, đặc khu')(ref('UBND xã, phường, đặc khu'))).toBe('exact');
  });

  it('the unit index lists the two ways of writing one body as one unit', () => {
    const { plan: p } = readPlan([
      'I. NHIỆM VỤ',
      '1. Rà soát thủ tục hành chính.',
      'Đơn vị chủ trì: Ủy ban nhân dân phường, xã, đặc khu.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. UBND xã, phường, đặc khu: Tổ chức thực hiện Kế hoạch.',
    ]);
    const communes = p.units.filter((u) => u.collective);
    expect(communes).toHaveLength(1);
    expect(communes[0]).toMatchObject({ responsibilities: ['II.1'], lead: ['I.1'] });
    expect(communes[0]?.variants).toEqual(['UBND xã, phường, đặc khu', 'Ủy ban nhân dân phường, xã, đặc khu']);
  });

  it('task-owner-mismatch is silent when the body and the appendix name the same body differently', () => {
    const duty = 'Rà soát, công bố danh mục thủ tục hành chính nội bộ thuộc phạm vi quản lý trên địa bàn';
    const p = plan({
      responsibilities: [resp('IV.2', 'UBND xã, phường, đặc khu', [{ ...ref('UBND xã, phường, đặc khu') }], [duty], 90)],
      tasks: [task('II.4', duty, ['Ủy ban nhân dân các phường, xã, đặc khu'], [], 170)],
    });
    // build-plan's unit() marks collectives by "các"; mark the task's lead as the parser does.
    const t = p.tasks[0];
    if (t) (t.lead as UnitRef[])[0] = ref('Ủy ban nhân dân các phường, xã, đặc khu');
    expect(validatePlan(p, []).filter((d) => d.ruleId === 'task-owner-mismatch')).toEqual([]);
  });
});

describe('people: plan tasks --unit matches them by name (§7)', () => {
  const holder = ref('Vũ Việt Linh');
  it.each([
    ['Vũ Việt Linh', 'exact'],
    ['vu viet linh', 'exact'],
    ['Việt Linh', 'prefix'],
    ['Linh', 'prefix'],
  ])('"%s" → %s', (query, kind) => expect(createUnitMatcher(query)(holder)).toBe(kind));
  it('another person or a body never matches', () => {
    expect(createUnitMatcher('Nguyễn Thị Loan')(holder)).toBeNull();
    expect(createUnitMatcher('Sở Công Thương')(holder)).toBeNull();
    expect(createUnitMatcher('Vũ Việt')(holder)).toBeNull();
  });
  it('finds the tasks of a person of a "Người thực hiện" column', () => {
    const { plan: p } = readPlan(['I. NỘI DUNG', 'Kiểm tra cấp giấy chứng nhận.'], [
      'PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC',
      '',
      'TT\tNhiệm vụ thực hiện\tNgười thực hiện\tGhi chú',
      '1\tRà soát điều kiện của học viên\tĐỗ Mạnh Cường; Vũ Việt Linh\t',
      '2\tTổ chức chấm bài\tVũ Việt Linh\t',
      '3\tRà soát vào điểm\tNguyễn Thị Loan\t',
    ]);
    expect(p.tasks.map((t) => t.lead.map((u) => [u.name, u.person]))).toEqual([
      [['Đỗ Mạnh Cường', true], ['Vũ Việt Linh', true]],
      [['Vũ Việt Linh', true]],
      [['Nguyễn Thị Loan', true]],
    ]);
    expect(findTasks([p], { unit: 'Vũ Việt Linh' }).map((t) => t.number)).toEqual(['1', '2']);
  });
});
