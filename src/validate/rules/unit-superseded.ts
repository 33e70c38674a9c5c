import { placeOf } from '../../model/diagnostic.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { successorsOf } from '../../units/successors.js';
import { planProvince } from '../../units/province.js';
import { successionMsg } from '../../units/succession-message.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';
import { placeOfUnit } from './unknown-unit.js';

/**
 * A plan issued after a body was merged, split or abolished (data/successors.json) that still
 * gives it work: nobody by that name receives the plan. Off by default (a plan from before the
 * change is right to name the old body); `plan validate --as-of DATE` turns it on, and only
 * changes in force by then and by the plan's own date count.
 */
export const unitSuperseded: Rule = {
  id: 'unit-superseded',
  severity: 'off',
  description: 'A plan issued after a body was merged, split or abolished (2025 restructuring) still names the old body; the successor is suggested.',
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    const issued = plan.document.date;
    if (issued === null) return [];
    const day = ctx.asOf !== null && ctx.asOf < issued ? ctx.asOf : issued;
    const province = planProvince(plan);
    const out: Finding[] = [];
    for (const unit of plan.units) {
      const s = successorsOf({ text: unit.name, name: unit.name, collective: unit.collective, person: false, role: null }, day, province);
      if (s === null) continue;
      const text = unit.variants[0] ?? unit.name;
      out.push({
        message: msg('unit-superseded.gone', { unit: text, issued, succession: successionMsg(s) }),
        place: placeOf(placeOfUnit(ctx, text)),
        ...(s.to.length > 0 ? { expected: s.to.map((t) => t.name).join('; ') } : {}),
        actual: text,
      });
    }
    return out;
  },
  examples: {
    notOk: examplePlan({
      body: ['I. TỔ CHỨC THỰC HIỆN', '1. Sở Kế hoạch và Đầu tư', '- Xuất bản các ấn phẩm giới thiệu tiềm năng đầu tư của tỉnh.'],
      rows: ['1\tXuất bản các ấn phẩm giới thiệu tiềm năng đầu tư của tỉnh\tSở Kế hoạch và Đầu tư\tSở Văn hóa, Thể thao và Du lịch\t2026'],
    }).replace('năm 2019', 'năm 2025'),
    ok: examplePlan({
      body: ['I. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính', '- Xuất bản các ấn phẩm giới thiệu tiềm năng đầu tư của tỉnh.'],
      rows: ['1\tXuất bản các ấn phẩm giới thiệu tiềm năng đầu tư của tỉnh\tSở Tài chính\tSở Văn hóa, Thể thao và Du lịch\t2026'],
    }).replace('năm 2019', 'năm 2025'),
  },
};
