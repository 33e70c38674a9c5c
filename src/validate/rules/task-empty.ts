import { placeOf } from '../../model/diagnostic.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';

export const taskEmpty: Rule = {
  id: 'task-empty',
  severity: 'error',
  description: 'A task row has no description of the work (the task cell is blank).',
  check(ctx: RuleContext): Finding[] {
    return ctx.plan.tasks
      .filter((t) => t.description.trim() === '')
      .map((t) => ({
        message: t.lead.length
          ? msg('task-empty.noDescriptionWithLead', { task: t.id, lead: t.lead.map((u) => u.text) })
          : msg('task-empty.noDescription', { task: t.id }),
        place: placeOf(t.source),
        taskId: t.id,
      }));
  },
  examples: {
    notOk: examplePlan({
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN'],
      rows: ['1\t\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020'],
    }),
    ok: examplePlan({
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN'],
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020'],
    }),
  },
};
