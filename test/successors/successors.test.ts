import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import data from '../../data/successors.json' with { type: 'json' };
import { effectiveDay, predecessorsOf, successorsOf } from '../../src/units/successors.js';
import { provinceOf } from '../../src/units/province.js';
import { findTasks, listUnits, parsePlan } from '../../src/index.js';
import { successionMsg } from '../../src/query/as-of.js';
import { renderMsg } from '../../src/i18n/index.js';
import { ROOT } from '../setup/cli.js';

const SAMPLE = parsePlan(readFileSync(join(ROOT, 'fixtures/446-KH-UBND-2019-ha-tinh.txt')), { path: 'sample' }).plan;
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('data/successors.json', () => {
  it('is versioned and every line has a source and a date', () => {
    expect(typeof data.version).toBe('number');
    for (const line of data.changes) {
      expect(line.sources.length, line.from).toBeGreaterThan(0);
      for (const s of line.sources) expect(s).toMatch(/^https?:\/\//);
      expect(line.effective).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      expect(['merged', 'renamed', 'split', 'abolished']).toContain(line.kind);
    }
  });
});

describe('successorsOf (domain.md §3.2–3.4)', () => {
  it('Sở KH&ĐT, however written, went into Sở Tài chính on 1 March 2025', () => {
    for (const name of ['Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'so ke hoach va dau tu']) {
      const s = successorsOf(name, '2026-01-01');
      expect(s?.to.map((t) => t.name), name).toEqual(['Sở Tài chính']);
      expect(s?.kind).toBe('merged');
    }
  });

  it('has no successor the day before the change, and one on the day', () => {
    expect(successorsOf('Sở Kế hoạch và Đầu tư', '2025-02-28')).toBeNull();
    expect(successorsOf('Sở Kế hoạch và Đầu tư', '2025-03-01')).not.toBeNull();
  });

  it('a body that did not change has none', () => {
    expect(successorsOf('Sở Tài chính', '2026-01-01')).toBeNull();
    expect(successorsOf('Sở Giáo dục và Đào tạo', '2026-01-01')).toBeNull();
  });

  it('a split lists every successor with its functions, and says the function decides', () => {
    const s = successorsOf('Sở Lao động - Thương binh và Xã hội', '2026-01-01');
    expect(s?.kind).toBe('split');
    expect(s?.to.map((t) => t.name)).toEqual(['Sở Nội vụ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nông nghiệp và Môi trường', 'Công an tỉnh']);
    expect(s?.to.find((t) => t.name === 'Sở Y tế')?.scope).toBe('social protection, children, social evils');
    expect(renderMsg('en', successionMsg(s!))).toMatch(/^split between Sở Nội vụ \(labour.*; the function decides which$/);
  });

  it('the radio and television station: Báo Hà Tĩnh in Hà Tĩnh; elsewhere the data says it does not know', () => {
    expect(successorsOf('Đài PT&TH tỉnh', '2026-01-01', 'Hà Tĩnh')?.to.map((t) => t.name)).toEqual(['Báo Hà Tĩnh']);
    expect(successorsOf('Đài PT&TH tỉnh', '2025-03-31', 'Hà Tĩnh')).toBeNull();
    const elsewhere = successorsOf('Đài PT&TH tỉnh', '2026-01-01', 'Long An');
    expect(elsewhere).toMatchObject({ unknown: true, to: [] });
    expect(elsewhere?.note).toContain('the data does not know its successor in Long An');
    expect(successorsOf('Đài PT&TH tỉnh', '2026-01-01', null)?.note).toContain('the plan does not say its province');
  });

  it('a change known only by its year counts from the next 1 January', () => {
    expect(effectiveDay('2025')).toBe('2026-01-01');
    expect(effectiveDay('2025-03-01')).toBe('2025-03-01');
    expect(successorsOf('Ban Tuyên giáo Tỉnh ủy', '2025-12-31', 'Hà Tĩnh')).toBeNull();
    expect(successorsOf('Ban Tuyên giáo Tỉnh ủy', '2026-01-01', 'Hà Tĩnh')?.to.map((t) => t.name)).toEqual(['Ban Tuyên giáo và Dân vận Tỉnh ủy']);
    // Where a province's own day is known, it is used.
    expect(successorsOf('Ban Tuyên giáo Tỉnh ủy', '2025-02-06', 'Tiền Giang')).not.toBeNull();
  });

  it('predecessorsOf: whose work a unit now does', () => {
    expect(predecessorsOf('Sở Tài chính', '2026-01-01').map((s) => s.from)).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(predecessorsOf('Sở Khoa học và Công nghệ', '2026-01-01').map((s) => s.from)).toEqual(['Sở Thông tin và Truyền thông']);
    expect(predecessorsOf('Sở Xây dựng', '2026-01-01').map((s) => s.from)).toEqual(['Sở Giao thông vận tải']);
    expect(predecessorsOf('Sở Tài chính', '2025-01-01')).toEqual([]);
    expect(predecessorsOf('Báo Hà Tĩnh', '2026-01-01', 'Hà Tĩnh').map((s) => s.from)).toEqual(['Đài Phát thanh và Truyền hình tỉnh']);
    expect(predecessorsOf('Báo Hà Tĩnh', '2026-01-01', 'Nghệ An')).toEqual([]);
  });

  it('provinceOf reads the province from the place or the issuer; a city is not a province', () => {
    expect(provinceOf(['Hà Tĩnh'])).toBe('Hà Tĩnh');
    expect(provinceOf([null, 'Ủy ban nhân dân tỉnh Thừa Thiên Huế'])).toBe('Thừa Thiên Huế');
    expect(provinceOf(['Tân An', null])).toBeNull();
  });
});

describe('plan tasks --as-of on the sample (Hà Tĩnh 446/KH-UBND, 2019)', () => {
  it('--unit "Sở Tài chính" --as-of 2026-01-01: II.1 and III.1 led by Sở KH&ĐT, II.2 supported by it; Sở Tài chính leads none of its own', () => {
    const hits = findTasks([SAMPLE], { unit: 'Sở Tài chính', asOf: '2026-01-01' });
    expect(ids(hits)).toEqual(['II.1', 'II.2', 'III.1']);
    for (const h of hits) expect(h.formerly?.name).toBe('Sở Kế hoạch và Đầu tư');
    expect(ids(findTasks([SAMPLE], { unit: 'Sở Tài chính', role: 'lead', asOf: '2026-01-01' }))).toEqual(['II.1', 'III.1']);
  });

  it('its own tasks come unmarked: a plan giving Sở Tài chính a task of its own', () => {
    const own = { ...SAMPLE, tasks: [...SAMPLE.tasks, { ...SAMPLE.tasks[0]!, id: 'V.1', lead: [{ text: 'Sở Tài chính', name: 'Sở Tài chính', collective: false, person: false, role: null }] }] };
    const hits = findTasks([own], { unit: 'Sở Tài chính', asOf: '2026-01-01' });
    expect(ids(hits)).toEqual(['II.1', 'II.2', 'III.1', 'V.1']);
    expect(hits.at(-1)?.formerly).toBeUndefined();
  });

  it('--unit "Sở Khoa học và Công nghệ" --as-of 2026-01-01: every task of Sở TT&TT, as lead or support', () => {
    const hits = findTasks([SAMPLE], { unit: 'Sở Khoa học và Công nghệ', asOf: '2026-01-01' });
    expect(ids(hits)).toEqual(['I.2', 'I.3', 'II.2', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2']);
    expect(hits.every((h) => h.formerly?.succession.kind === 'split')).toBe(true);
  });

  it('without --as-of, or before the change, nothing is added', () => {
    expect(findTasks([SAMPLE], { unit: 'Sở Tài chính' })).toEqual([]);
    expect(findTasks([SAMPLE], { unit: 'Sở Tài chính', asOf: '2025-02-28' })).toEqual([]);
  });

  it('plan units --as-of: each unit with its successor', () => {
    const units = listUnits([SAMPLE], '2026-01-01');
    const of = (name: string) => units.find((u) => u.name === name)?.successor;
    expect(of('Sở Kế hoạch và Đầu tư')?.to.map((t) => t.name)).toEqual(['Sở Tài chính']);
    expect(of('Đài Phát thanh và Truyền hình tỉnh')?.to.map((t) => t.name)).toEqual(['Báo Hà Tĩnh']);
    expect(of('Sở Giáo dục và Đào tạo')).toBeNull();
  });
});
