import { placeOf } from '../../model/diagnostic.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';

export const taskMissingLead: Rule = {
  id: 'task-missing-lead',
  severity: 'error',
  description: 'A task names no lead unit (Đơn vị chủ trì), so nobody answers for it.',
  check(ctx: RuleContext): Finding[] {
    return ctx.plan.tasks
      .filter((t) => t.lead.length === 0 && t.description.trim() !== '')
      .map((t) => ({
        message: msg('task-missing-lead.noLead', { task: t.id, description: t.description }),
        place: placeOf(t.leadSource ?? t.source),
        taskId: t.id,
      }));
  },
  examples: {
    notOk: examplePlan({
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN'],
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\t\tBáo Hà Tĩnh\t2020'],
    }),
    ok: examplePlan({
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN'],
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020'],
    }),
  },
};
