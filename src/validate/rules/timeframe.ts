import { placeOf } from '../../model/diagnostic.js';
import type { Task } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';

import { planPeriod } from '../plan-period.js';
import conditional from '../../../data/conditional-timeframes.json' with { type: 'json' };
import { LETTER } from '../../model/letters.js';

// A timeframe written to the day or month ("trước ngày 15/7/2020", "Quý I/2020") is compared to
// the day; one written as a bare year ("2020") only to the year: "2020" spans the year, so it
// does not overrun a report due on 10/12/2020.
const PRECISE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|tháng|quý|quí/iu;

function overruns(task: Task, limit: string): boolean {
  const end = task.timeframe?.end;
  if (!end) return false;
  return PRECISE.test(task.timeframe?.text ?? '') ? end > limit : end.slice(0, 4) > limit.slice(0, 4);
}

/**
 * A time set by another document or event ("Theo hướng dẫn của Trung ương", "Theo kế hoạch
 * của tỉnh", "Sau 03 tháng kể từ khi có văn bản của Trung ương"; Lâm Đồng CCHC 2026) is a
 * timeframe the plan means to write, not a slip: it has no date to check.
 */
const CONDITIONAL = new RegExp(`^(?:${conditional.startsWith.join('|')})(?![${LETTER}])|(?<![${LETTER}])(?:${conditional.anywhere.join('|')})(?![${LETTER}])`, 'iu');

export function isConditional(text: string): boolean {
  return CONDITIONAL.test(text.normalize('NFC').trim());
}

export const timeframe: Rule = {
  id: 'timeframe',
  severity: 'warning',
  description: "A task's timeframe cannot be read, or ends after the plan's period or its reporting deadline.",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    const own = planPeriod(plan);
    const period = own?.end ?? null;
    const report = plan.reporting && !plan.reporting.recurring ? plan.reporting.deadline : null;
    const out: Finding[] = [];
    for (const t of plan.tasks) {
      const tf = t.timeframe;
      if (!tf) continue;
      const place = placeOf(t.source);
      if (tf.kind === 'unknown' && !isConditional(tf.text)) {
        out.push({
          message: msg('timeframe.unreadable', { task: t.id, timeframe: tf.text }),
          place,
          taskId: t.id,
          actual: tf.text,
        });
        continue;
      }
      if (tf.kind === 'unknown') continue;
      if (period && overruns(t, period)) {
        out.push({
          message: msg('timeframe.afterPeriod', { task: t.id, timeframe: tf.text, end: period, phrase: own?.phrase ?? '', from: msg(own?.from === 'purposes' ? 'timeframe.from.purposes' : 'timeframe.from.title') }),
          place,
          taskId: t.id,
        });
      } else if (report && overruns(t, report)) {
        out.push({
          message: msg('timeframe.afterReport', { task: t.id, timeframe: tf.text, deadline: report }),
          place,
          taskId: t.id,
          ...(plan.reporting ? { related: [{ ...placeOf(plan.reporting.source), message: msg('timeframe.reportingDeadline') }] } : {}),
        });
      }
    }
    return out;
  },
  examples: {
    notOk: examplePlan({
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN'],
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2021-2022'],
    }),
    ok: examplePlan({
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN'],
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020'],
    }),
  },
};
