import type { Task, UnitRef } from '../../model/types.js';
import { placeOf } from '../../model/diagnostic.js';
import type { Finding, Rule, RuleContext, RuleOptionValues, UnitComparer } from '../rule.js';
import { CONFIDENT_SCORE, DISTINCT_RATIO, PAIRING_THRESHOLD, type PairingOptions } from '../pairing.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';
import { directsOneOf } from '../duty-kinds.js';

/** Whether the task names `unit` as lead or support, itself or through a collective that covers it. */
export function taskNames(task: Task, unit: UnitRef, units: UnitComparer): boolean {
  return [...task.lead, ...task.support].some((t) => units.same(unit, t) || (t.collective && units.covers(t, unit)));
}

/** The rule's option values as the pairing module takes them. */
export function pairingOptions(o: RuleOptionValues): PairingOptions {
  return {
    threshold: o.threshold ?? PAIRING_THRESHOLD,
    confidentScore: o.confidentScore ?? CONFIDENT_SCORE,
    distinctRatio: o.distinctRatio ?? DISTINCT_RATIO,
  };
}

export const taskOwnerMismatch: Rule = {
  id: 'task-owner-mismatch',
  severity: 'error',
  description:
    'A duty in TỔ CHỨC THỰC HIỆN is the same work as an appendix task, but the task names neither that unit as lead nor as support.',
  options: {
    threshold: { default: PAIRING_THRESHOLD, min: 0, max: 1, description: 'the similarity at which a duty and a task are the same work' },
    confidentScore: { default: CONFIDENT_SCORE, min: 0, max: 1, description: 'a similarity this high pairs without standing out from the second-best task' },
    distinctRatio: { default: DISTINCT_RATIO, min: 1, max: 100, description: 'below confidentScore, the pair must score this many times the second-best task' },
  },
  check(ctx: RuleContext, options: RuleOptionValues): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.pairings(pairingOptions(options))) {
      const task = p.best;
      if (!p.paired || !task) continue;
      // A heading that names only collectives ("Các sở, ban, ngành") names no one to check.
      const named = p.responsibility.units.filter((u) => !u.collective);
      if (named.length === 0) continue;
      if (named.some((u) => taskNames(task, u, ctx.units))) continue;
      // "Chỉ đạo Trung tâm … bảo đảm …": the unit does the work through the body it directs.
      if (directsOneOf(p.duty, [...task.lead, ...task.support].flatMap((u) => [u.text, u.name]))) continue;
      const lead = task.lead.map((u) => u.text);
      const support = task.support.map((u) => u.text);
      out.push({
        message: msg('task-owner-mismatch.mismatch', {
          section: p.responsibility.id,
          units: named.map((u) => u.text),
          duty: p.duty,
          task: task.id,
          score: p.score,
          lead: lead.length ? msg('task-owner-mismatch.leadNamed', { units: lead }) : msg('task-owner-mismatch.leadNone'),
          support: support.length ? msg('task-owner-mismatch.supportNamed', { units: support }) : msg('task-owner-mismatch.supportNone'),
        }),
        place: placeOf(p.dutySource),
        related: [{ ...placeOf(task.leadSource ?? task.source), message: msg('task-owner-mismatch.related', { task: task.id, lead, support }) }],
        expected: named.map((u) => u.text).join('; '),
        actual: [...lead, ...support].join('; '),
        taskId: task.id,
        responsibilityId: p.responsibility.id,
      });
    }
    return out;
  },
  examples: {
    notOk: examplePlan({
      body: [
        'I. NỘI DUNG',
        '1. Quảng bá tiềm năng đầu tư',
        '- Xuất bản các ấn phẩm giới thiệu tiềm năng, thế mạnh của tỉnh.',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Trung tâm Xúc tiến Đầu tư tỉnh',
        '- Xuất bản các ấn phẩm tuyên truyền, giới thiệu về tiềm năng, thế mạnh của tỉnh và các dự án thu hút đầu tư.',
      ],
      rows: [
        'I\tQuảng bá tiềm năng đầu tư\t\t\t',
        '1\tXuất bản các ấn phẩm tuyên truyền, giới thiệu về tiềm năng, thế mạnh của tỉnh và các dự án thu hút đầu tư\tSở Kế hoạch và Đầu tư\tCác sở, ngành liên quan\t2020',
      ],
    }),
    ok: examplePlan({
      body: [
        'I. NỘI DUNG',
        '1. Quảng bá tiềm năng đầu tư',
        '- Xuất bản các ấn phẩm giới thiệu tiềm năng, thế mạnh của tỉnh.',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Sở Kế hoạch và Đầu tư',
        '- Xuất bản các ấn phẩm tuyên truyền, giới thiệu về tiềm năng, thế mạnh của tỉnh và các dự án thu hút đầu tư.',
      ],
      rows: [
        'I\tQuảng bá tiềm năng đầu tư\t\t\t',
        '1\tXuất bản các ấn phẩm tuyên truyền, giới thiệu về tiềm năng, thế mạnh của tỉnh và các dự án thu hút đầu tư\tSở Kế hoạch và Đầu tư\tCác sở, ngành liên quan\t2020',
      ],
    }),
  },
};
