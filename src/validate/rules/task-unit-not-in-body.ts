import { placeOf } from '../../model/diagnostic.js';
import type { UnitRef, Task } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { quote } from '../quote.js';
import { examplePlan } from './example-plan.js';

export const taskUnitNotInBody: Rule = {
  id: 'task-unit-not-in-body',
  severity: 'warning',
  description: 'A unit leads an appendix task but has no responsibility section in TỔ CHỨC THỰC HIỆN.',
  check(ctx: RuleContext): Finding[] {
    const resp = ctx.plan.responsibilities;
    // A plan without a TỔ CHỨC THỰC HIỆN section is not held to this rule.
    if (resp.length === 0) return [];
    const seen: { unit: UnitRef; tasks: Task[] }[] = [];
    for (const task of ctx.plan.tasks) {
      if (task.origin !== 'appendix') continue;
      for (const unit of task.lead) {
        if (unit.collective) continue;
        const inBody = resp.some((r) => r.units.some((u) => ctx.units.same(unit, u) || (u.collective && ctx.units.covers(u, unit))));
        if (inBody) continue;
        const entry = seen.find((s) => ctx.units.same(s.unit, unit));
        if (entry) entry.tasks.push(task);
        else seen.push({ unit, tasks: [task] });
      }
    }
    return seen.map(({ unit, tasks }) => {
      const first = tasks[0] as Task;
      const ids = tasks.map((t) => t.id).join(', ');
      return {
        message:
          `${quote(unit.text)} leads task${tasks.length > 1 ? 's' : ''} ${ids}, but TỔ CHỨC THỰC HIỆN has no section for it. ` +
          `Add a section that sets out its duties, or name the unit the body already charges with this work.`,
        place: placeOf(first.leadSource ?? first.source),
        taskId: first.id,
      };
    });
  },
  examples: {
    notOk: examplePlan({
      body: ['I. TỔ CHỨC THỰC HIỆN', '1. Sở Thông tin và Truyền thông', '- Mở chuyên mục về ASEAN trên Cổng thông tin điện tử.'],
      rows: [
        '1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020',
        '2\tTham gia các hội thảo về hợp tác kinh tế\tSở Công Thương\tHội doanh nghiệp tỉnh\t2020',
      ],
    }),
    ok: examplePlan({
      body: ['I. TỔ CHỨC THỰC HIỆN', '1. Sở Thông tin và Truyền thông', '- Mở chuyên mục về ASEAN trên Cổng thông tin điện tử.'],
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020'],
    }),
  },
};
