import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan, validatePlan } from '../../src/index.js';
import { ROOT, runCli } from '../setup/cli.js';

const TEXT = readFileSync(join(ROOT, 'fixtures/446-KH-UBND-2019-ha-tinh.txt'), 'utf8');
const read = (text: string) => parsePlan(text, { path: 'plan.txt' });
const superseded = (text: string, asOf?: string) => {
  const { plan, diagnostics } = read(text);
  return validatePlan(plan, diagnostics, { lang: 'en', rules: { 'unit-superseded': 'warning' }, ...(asOf ? { asOf } : {}) }).filter((d) => d.ruleId === 'unit-superseded');
};
// The sample re-dated: issued on 16/12/2025, after the merges of 1 March and 1 April 2025.
const ISSUED_2025 = TEXT.replace('ngày 16 tháng 12 năm 2019', 'ngày 16 tháng 12 năm 2025');

describe('rule unit-superseded', () => {
  it('is off by default', () => {
    const { plan, diagnostics } = read(ISSUED_2025);
    expect(validatePlan(plan, diagnostics, { lang: 'en' }).filter((d) => d.ruleId === 'unit-superseded')).toEqual([]);
  });

  it('the 2019 plan named the bodies of its day: nothing to say', () => {
    expect(superseded(TEXT, '2026-01-01')).toEqual([]);
  });

  it('the same plan issued in December 2025 names Sở TT&TT, Sở KH&ĐT, Sở LĐTBXH, the Đài PT&TH and the district UBND, gone by then', () => {
    const found = superseded(ISSUED_2025, '2026-01-01');
    expect(found.map((d) => d.actual).sort()).toEqual(
      ['Sở Thông tin và Truyền thông', 'Đài Phát thanh và Truyền hình tỉnh', 'Sở Kế hoạch và Đầu tư', 'Sở Lao động - Thương binh và Xã hội', 'UBND các huyện, thị xã, thành phố'].sort(),
    );
    // Ban Tuyên giáo Tỉnh ủy merged "in 2025" (no day for Hà Tĩnh): it counts from 1 January 2026.
    expect(found.map((d) => d.actual)).not.toContain('Ban Tuyên giáo Tỉnh ủy');
    const khdt = found.find((d) => d.actual === 'Sở Kế hoạch và Đầu tư');
    expect(khdt?.expected).toBe('Sở Tài chính');
    expect(khdt?.message).toContain('merged into Sở Tài chính on 2025-03-01');
    expect(found.find((d) => d.actual === 'Đài Phát thanh và Truyền hình tỉnh')?.expected).toBe('Báo Hà Tĩnh');
  });

  it('a change after the --as-of day does not count: as of 2025-03-15 the Đài (merged 1 April) is not yet gone', () => {
    const found = superseded(ISSUED_2025, '2025-03-15').map((d) => d.actual);
    expect(found).toContain('Sở Kế hoạch và Đầu tư');
    expect(found).not.toContain('Đài Phát thanh và Truyền hình tỉnh');
  });

  it('plan validate --as-of turns it on at warning', async () => {
    const r = await runCli(['validate', '-', '--as-of', '2026-01-01', '--format', 'json'], { input: ISSUED_2025 });
    const ids = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; severity: string }[] }[])[0]?.diagnostics.filter((d) => d.ruleId === 'unit-superseded');
    expect(ids?.length).toBe(5);
    expect(ids?.every((d) => d.severity === 'warning')).toBe(true);
    expect((await runCli(['validate', '-', '--as-of', '2026-13-01'], { input: ISSUED_2025 })).code).toBe(2);
  });
});
