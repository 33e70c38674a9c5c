import { placeOf } from '../../model/diagnostic.js';
import type { UnitRef, Task } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';
import { createUnitIndex } from '../unit-index.js';
import { DEFERS_TO_APPENDIX } from '../defers.js';

export const taskUnitNotInBody: Rule = {
  id: 'task-unit-not-in-body',
  severity: 'warning',
  description: 'A unit leads an appendix task but has no responsibility section in TỔ CHỨC THỰC HIỆN.',
  check(ctx: RuleContext): Finding[] {
    const resp = ctx.plan.responsibilities;
    // A plan without a TỔ CHỨC THỰC HIỆN section is not held to this rule, nor one whose
    // TỔ CHỨC THỰC HIỆN hands the assignments to the appendix ("nhiệm vụ được giao tại Phụ lục").
    if (resp.length === 0) return [];
    if (resp.some((r) => DEFERS_TO_APPENDIX.test(r.heading) || r.duties.some((d) => DEFERS_TO_APPENDIX.test(d)))) return [];
    // The body's units indexed once, so that each lead is a lookup, not a scan (issue 8).
    const body = createUnitIndex<true>(ctx.units);
    const collectives = new Map<string, UnitRef>();
    for (const r of resp) {
      for (const u of r.units) {
        body.add(u, true);
        // covers() reads only the collective's text.
        if (u.collective && !collectives.has(u.text)) collectives.set(u.text, u);
      }
    }
    const seen: { unit: UnitRef; tasks: Task[] }[] = [];
    const seenIndex = createUnitIndex<{ unit: UnitRef; tasks: Task[] }>(ctx.units);
    for (const task of ctx.plan.tasks) {
      if (task.origin !== 'appendix') continue;
      for (const unit of task.lead) {
        // TỔ CHỨC THỰC HIỆN charges bodies; a person named as a task's lead (a "Người thực
        // hiện" column) is an assignment inside a body, not one that needs a section.
        if (unit.collective || unit.person) continue;
        if (body.find(unit)) continue;
        if ([...collectives.values()].some((u) => ctx.units.covers(u, unit))) continue;
        const entry = seenIndex.find(unit);
        if (entry) entry.tasks.push(task);
        else {
          const added = { unit, tasks: [task] };
          seen.push(added);
          seenIndex.add(unit, added);
        }
      }
    }
    return seen.map(({ unit, tasks }) => {
      const first = tasks[0] as Task;
      const ids = tasks.map((t) => t.id).join(', ');
      return {
        message: msg('task-unit-not-in-body.noSection', { unit: unit.text, tasks: tasks.length, ids }),
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
