import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse-plan.js';
import { validatePlan, explainPairings } from '../../src/validate/index.js';

const load = (name: string) => {
  const path = new URL(`../../fixtures/${name}`, import.meta.url);
  return parsePlan(readFileSync(path), { path: name });
};

describe('the sample, 446/KH-UBND Hà Tĩnh', () => {
  const { plan, diagnostics } = load('446-KH-UBND-2019-ha-tinh.txt');
  const found = validatePlan(plan, diagnostics, { lang: 'en' });
  const of = (rule: string) => found.filter((d) => d.ruleId === rule);

  it('IV.5 gives the centre work the appendix gives to others (II.1, II.2, III.1)', () => {
    const mismatch = of('task-owner-mismatch');
    expect(mismatch.map((d) => [d.responsibilityId, d.taskId, d.place.line])).toEqual([
      ['IV.5', 'II.1', 111],
      ['IV.5', 'II.2', 113],
      ['IV.5', 'III.1', 115],
    ]);
    for (const d of mismatch) {
      expect(d.severity).toBe('error');
      expect(d.message).toContain('"Trung tâm Xúc tiến Đầu tư tỉnh"');
    }
    // II.1 and III.1: the appendix gives the lead to the department (rows on lines 172 and 183).
    expect(mismatch[0]!.message).toContain('names "Sở Kế hoạch và Đầu tư" as lead');
    expect(mismatch[0]!.related?.[0]?.line).toBe(172);
    expect(mismatch[2]!.message).toContain('names "Sở Kế hoạch và Đầu tư" as lead and "Sở Thông tin và Truyền thông" as support');
    expect(mismatch[2]!.related?.[0]?.line).toBe(183);
  });

  it('the consistent pairs are paired and raise nothing', () => {
    const pairs = explainPairings(plan)
      .filter((p) => p.paired)
      .map((p) => `${p.responsibility.id}#${p.dutyIndex + 1}→${p.best?.id}`);
    // Read by hand: IV.2 duties 1, 2 ↔ II.3, III.2; IV.3 duty 1 ↔ II.7; IV.6 duties 1–4 ↔ II.4,
    // II.5, III.3, IV.2; IV.7 duties 1, 2 ↔ I.1, I.2; IV.1 duty 2 ↔ I.3.
    expect(pairs).toEqual(expect.arrayContaining([
      'IV.1#2→I.3', 'IV.2#1→II.3', 'IV.2#2→III.2', 'IV.3#1→II.7',
      'IV.6#1→II.4', 'IV.6#2→II.5', 'IV.6#3→III.3', 'IV.6#4→IV.2', 'IV.7#1→I.1', 'IV.7#2→I.2',
    ]));
    const flagged = new Set(of('task-owner-mismatch').map((d) => d.responsibilityId));
    for (const id of ['IV.1', 'IV.2', 'IV.3', 'IV.6', 'IV.7']) expect(flagged.has(id)).toBe(false);
    // Generic duties ("Chủ trì … triển khai thực hiện các nội dung Kế hoạch") pair with nothing.
    expect(explainPairings(plan).find((p) => p.responsibility.id === 'IV.1' && p.dutyIndex === 0)?.paired).toBe(false);
  });

  it('the blank reference and the OCR capacity line are warnings', () => {
    const ref = of('appendix-reference');
    expect(ref.map((d) => [d.severity, d.place.line])).toEqual([['warning', 164]]);
    expect(ref[0]!.message).toContain('"(Kèm theo Kế hoạch số /KH-UBND ngày /12/2019 của UBND tỉnh)"');
    expect(ref[0]!.message).toContain('"số 446/KH-UBND ngày 16/12/2019"');
    const sig = of('signature');
    expect(sig.map((d) => [d.severity, d.place.line, d.expected])).toEqual([['warning', 152, 'KT. CHỦ TỊCH']]);
    expect(sig[0]!.message).toContain('"KÊ CHỦ TỊCH"');
  });

  it('the centre has duties but no task, and is not in the gazetteer', () => {
    expect(of('unit-without-task').map((d) => d.responsibilityId)).toContain('IV.5');
    expect(of('unknown-unit').some((d) => d.actual === 'Công TTĐT tỉnh' && d.expected === 'Cổng Thông tin điện tử tỉnh')).toBe(true);
  });

  it('nothing in the sample is numbered out of order, empty or without a lead', () => {
    expect(of('numbering')).toEqual([]);
    expect(of('task-empty')).toEqual([]);
    expect(of('task-missing-lead')).toEqual([]);
    expect(of('timeframe')).toEqual([]);
  });
});

describe('the corrected copy (fixtures/446-corrected.txt)', () => {
  it('has no errors: IV.5 is the department, the reference is filled in, "KT. CHỦ TỊCH"', () => {
    const { plan, diagnostics } = load('446-corrected.txt');
    const found = validatePlan(plan, diagnostics, { lang: 'en' });
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(found.filter((d) => ['appendix-reference', 'signature', 'task-owner-mismatch'].includes(d.ruleId))).toEqual([]);
  });
});
