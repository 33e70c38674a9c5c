/**
 * The generator of large plans for the benchmark (issue 8): the plans it writes must hold the
 * number of task rows asked for, as the real parser reads them, and keep the sample's body.
 * Expected values come from reading fixtures/446-KH-UBND-2019-ha-tinh.txt: its appendix has 17
 * task rows in four groups (I: 3, II: 8, III: 3, IV: 3); row 5 (II.2) runs over a page break
 * ("…các sở, ngành liên" + "quan"); the issuer is printed after the table. No timing here.
 */
import { describe, expect, it } from 'vitest';
import { generateLargePlan as generate, groupLayout as layout, readSampleTable as readTable } from '../../scripts/gen-large-plan.mjs';
import { parsePlan } from '../../src/parse-plan.js';

/** Lines of the generated table that are task rows: a number in the first cell. */
function taskRowCount(text: string): number {
  return text.split('\n').filter((l) => /^\d{1,3}\t/.test(l)).length;
}

describe('generateLargePlan, read back with the real parser', () => {
  it('gives exactly 20 tasks: four groups of five, the sample rows in order, then again from the first', () => {
    const { plan } = parsePlan(generate(20), { path: 'plan-20.txt' });
    expect(plan.tasks).toHaveLength(20);
    expect(plan.tasks.map((t) => t.id)).toEqual([
      'I.1', 'I.2', 'I.3', 'I.4', 'I.5',
      'II.1', 'II.2', 'II.3', 'II.4', 'II.5',
      'III.1', 'III.2', 'III.3', 'III.4', 'III.5',
      'IV.1', 'IV.2', 'IV.3', 'IV.4', 'IV.5',
    ]);
    // The sample's four group titles, in order.
    expect(plan.appendices[0]?.groups.map((g) => g.title)).toEqual([
      'Công tác chỉ đạo, định hướng',
      'Các hoạt động truyền thông quảng bá về tỉnh Hà Tĩnh',
      'Chia sẻ dữ liệu, ấn phẩm truyền thông',
      'Nâng cao năng lực đội ngũ cán bộ và phóng viên các cơ quan báo chí',
    ]);
    const byId = new Map(plan.tasks.map((t) => [t.id, t]));
    // Task 18 is the sample's first row again (17 rows, then the cycle restarts).
    expect(byId.get('IV.3')?.description.startsWith('Chỉ đạo, định hướng tuyên truyền về ASEAN cho các cơ quan báo chí')).toBe(true);
    expect(byId.get('IV.3')?.lead.map((u) => u.name)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
    // Row 5 keeps its page-break continuation, so its support cell ends in "liên quan" (the
    // sample's own reading, test/sample: three units).
    expect(byId.get('I.5')?.description.startsWith('Phối hợp quảng bá môi trường đầu tư tỉnh Hà Tĩnh')).toBe(true);
    expect(byId.get('I.5')?.support.map((u) => u.text)).toEqual(['Sở Kế hoạch và Đầu tư', 'ban QLKKT tỉnh', 'các sở, ngành liên quan']);
    // Task 17 (IV.2) is the sample's last row, led by Tỉnh đoàn.
    expect(byId.get('IV.2')?.lead.map((u) => u.text)).toEqual(['Tỉnh đoàn']);
  });

  it('keeps the body of the sample: number, issuer printed after the table, the seven responsibility sections', () => {
    const { plan } = parsePlan(generate(20), { path: 'plan-20.txt' });
    expect(plan.document.number).toBe('446/KH-UBND');
    expect(plan.document.issuer).toBe('Ủy ban nhân dân tỉnh');
    expect(plan.responsibilities.map((r) => r.id)).toEqual(['IV.1', 'IV.2', 'IV.3', 'IV.4', 'IV.5', 'IV.6', 'IV.7']);
    expect(plan.responsibilities.map((r) => r.duties.length)).toEqual([3, 3, 4, 2, 4, 4, 2]);
  });

  it('gives exactly one task for n = 1, in one group', () => {
    const { plan } = parsePlan(generate(1), { path: 'plan-1.txt' });
    expect(plan.tasks.map((t) => t.id)).toEqual(['I.1']);
  });

  it('gives exactly 1,000 tasks in four groups of 250', () => {
    const { plan } = parsePlan(generate(1000), { path: 'plan-1000.txt' });
    expect(plan.tasks).toHaveLength(1000);
    expect(plan.appendices[0]?.groups.map((g) => g.id)).toEqual(['I', 'II', 'III', 'IV']);
    expect(plan.tasks.at(-1)?.id).toBe('IV.250');
    expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(1000);
  }, 120_000);
});

describe('the numbering of very large tables', () => {
  it('spreads rows over groups of at most 999, with at least the sample\'s four groups', () => {
    expect(layout(3, 4)).toEqual({ sizes: [1, 1, 1], parts: false });
    expect(layout(10, 4)).toEqual({ sizes: [3, 3, 2, 2], parts: false });
    // 8,000 rows: ceil(8000 / 999) = 9 groups; 8000 = 9 × 888 + 8.
    expect(layout(8000, 4)).toEqual({ sizes: [889, 889, 889, 889, 889, 889, 889, 889, 888], parts: false });
    const big = layout(32000, 4);
    expect(big.sizes).toHaveLength(33);
    expect(Math.max(...big.sizes)).toBeLessThanOrEqual(999);
    expect(big.sizes.reduce((a, b) => a + b, 0)).toBe(32000);
  });

  it('puts groups under lettered parts past 39 × 999 rows', () => {
    expect(layout(39 * 999, 4).parts).toBe(false);
    expect(layout(39 * 999 + 1, 4).parts).toBe(true);
    const text = generate(39 * 999 + 1);
    expect(taskRowCount(text)).toBe(39 * 999 + 1);
    const partRows = text.split('\n').filter((l) => /^[A-HJ-UWYZ]\t/.test(l)).map((l) => l.split('\t')[0]);
    expect(partRows).toEqual(['A', 'B']);
    // Part B opens with group I again.
    const lines = text.split('\n');
    const b = lines.findIndex((l) => l.startsWith('B\t'));
    expect(lines[b + 1]?.startsWith('I\t')).toBe(true);
  }, 60_000);

  it('refuses a count that is not a positive integer', () => {
    expect(() => generate(0)).toThrow();
    expect(() => generate(2.5)).toThrow();
  });
});

describe('readSampleTable', () => {
  it('finds the sample\'s 17 task rows, 4 groups and the issuer line after the table', () => {
    const text = generate(17);
    const t = readTable(text);
    expect(t.tasks).toHaveLength(17);
    expect(t.groups).toHaveLength(4);
    expect(t.tail.filter((l) => l.trim())).toEqual(['ỦY BAN NHÂN DÂN TỈNH']);
  });
});
