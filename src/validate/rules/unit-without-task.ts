import { placeOf } from '../../model/diagnostic.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { quote } from '../quote.js';
import { examplePlan } from './example-plan.js';
import { createUnitIndex } from '../unit-index.js';

export const unitWithoutTask: Rule = {
  id: 'unit-without-task',
  severity: 'warning',
  description: 'A unit has a responsibility section in TỔ CHỨC THỰC HIỆN, but no appendix task names it as lead or support.',
  check(ctx: RuleContext): Finding[] {
    const tasks = ctx.plan.tasks.filter((t) => t.origin === 'appendix');
    // Without an appendix task table there is nothing to hold the body against.
    if (tasks.length === 0) return [];
    // Every unit the appendix names, indexed once: each body's unit is then a lookup (issue 8).
    const named = createUnitIndex<true>(ctx.units);
    for (const t of tasks) for (const u of [...t.lead, ...t.support]) named.add(u, true);
    const out: Finding[] = [];
    for (const r of ctx.plan.responsibilities) {
      for (const unit of r.units) {
        if (unit.collective) continue;
        if (named.find(unit)) continue;
        out.push({
          message:
            `Section ${r.id} gives duties to ${quote(unit.text)}, but no task of the appendix names it as lead or support. ` +
            `Add it to the tasks it carries out, or check that the appendix spells it the same way.`,
          place: placeOf(r.source),
          responsibilityId: r.id,
        });
      }
    }
    return out;
  },
  examples: {
    notOk: examplePlan({
      body: ['I. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính', '- Bố trí kinh phí thực hiện Kế hoạch.', '2. Sở Thông tin và Truyền thông', '- Mở chuyên mục về ASEAN trên Cổng thông tin điện tử.'],
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020'],
    }),
    ok: examplePlan({
      body: ['I. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính', '- Bố trí kinh phí thực hiện Kế hoạch.', '2. Sở Thông tin và Truyền thông', '- Mở chuyên mục về ASEAN trên Cổng thông tin điện tử.'],
      rows: [
        '1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020',
        '2\tBố trí kinh phí thực hiện Kế hoạch\tSở Tài chính\tSở Thông tin và Truyền thông\t2020',
      ],
    }),
  },
};
