import { placeOf } from '../../model/diagnostic.js';
import type { Plan, Task } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { quote } from '../quote.js';
import { examplePlan } from './example-plan.js';

/** The last day of the plan's period, from its title: "năm 2020", "giai đoạn 2026 - 2030", "đến năm 2030". */
export function periodEnd(plan: Plan): string | null {
  const years = [...(plan.document.title ?? '').matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  return years.length ? `${years.reduce((a, b) => Math.max(a, b))}-12-31` : null;
}

// A timeframe written to the day or month ("trước ngày 15/7/2020", "Quý I/2020") is compared to
// the day; one written as a bare year ("2020") only to the year: "2020" spans the year, so it
// does not overrun a report due on 10/12/2020.
const PRECISE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|tháng|quý|quí/iu;

function overruns(task: Task, limit: string): boolean {
  const end = task.timeframe?.end;
  if (!end) return false;
  return PRECISE.test(task.timeframe?.text ?? '') ? end > limit : end.slice(0, 4) > limit.slice(0, 4);
}

function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

export const timeframe: Rule = {
  id: 'timeframe',
  severity: 'warning',
  description: "A task's timeframe cannot be read, or ends after the plan's period or its reporting deadline.",
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    const period = periodEnd(plan);
    const report = plan.reporting && !plan.reporting.recurring ? plan.reporting.deadline : null;
    const out: Finding[] = [];
    for (const t of plan.tasks) {
      const tf = t.timeframe;
      if (!tf) continue;
      const place = placeOf(t.source);
      if (tf.kind === 'unknown') {
        out.push({
          message: `Task ${t.id}'s timeframe ${quote(tf.text)} cannot be read as a date, a period or a deadline. Write it as "2020", "Quý I/2020", "trước ngày 15/12/2020" or "Thường xuyên".`,
          place,
          taskId: t.id,
          actual: tf.text,
        });
        continue;
      }
      if (period && overruns(t, period)) {
        out.push({
          message: `Task ${t.id}'s timeframe ${quote(tf.text)} ends after the plan's period (to ${viDate(period)}, from the title). Bring it within the period, or extend the plan's period.`,
          place,
          taskId: t.id,
        });
      } else if (report && overruns(t, report)) {
        out.push({
          message: `Task ${t.id}'s timeframe ${quote(tf.text)} ends after the report is due (${viDate(report)}), so the report cannot include its result. End it by the deadline, or move the deadline.`,
          place,
          taskId: t.id,
          ...(plan.reporting ? { related: [{ ...placeOf(plan.reporting.source), message: 'The reporting deadline' }] } : {}),
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
