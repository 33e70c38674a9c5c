import { placeOf } from '../../model/diagnostic.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';
import { createUnitIndex } from '../unit-index.js';
import { supportingKindOf, supportingKindOfUnit } from '../duty-kinds.js';
import type { Responsibility } from '../../model/types.js';

/**
 * Whether a section's duties are all of the kinds plans never put in a task table: funding
 * ("bố trí kinh phí"), inspection, reporting, coordination ("Phối hợp với …"); see
 * data/duty-kinds.json. A section with no duties read is not excused by this.
 */
function onlySupportingDuties(r: Responsibility): boolean {
  return r.duties.length > 0 && r.duties.every((d) => supportingKindOf(d) !== null);
}

export const unitWithoutTask: Rule = {
  id: 'unit-without-task',
  severity: 'info',
  description:
    'A unit has a responsibility section in TỔ CHỨC THỰC HIỆN with substantive duties, but no appendix task names it as lead or support (funding, inspection, reporting and coordination duties, requested bodies and collectives are not held to it).',
  check(ctx: RuleContext): Finding[] {
    const tasks = ctx.plan.tasks.filter((t) => t.origin === 'appendix');
    // Without an appendix task table there is nothing to hold the body against.
    if (tasks.length === 0) return [];
    // Every unit the appendix names, indexed once: each body's unit is then a lookup (issue 8).
    const named = createUnitIndex<true>(ctx.units);
    for (const t of tasks) for (const u of [...t.lead, ...t.support]) named.add(u, true);
    const out: Finding[] = [];
    for (const r of ctx.plan.responsibilities) {
      // "Đề nghị …": bodies outside the issuer's authority (Mặt trận, đoàn thể, hiệp hội) are
      // asked to take part; plans give them no rows.
      if (r.mode === 'requested') continue;
      if (onlySupportingDuties(r)) continue;
      for (const unit of r.units) {
        if (unit.collective || unit.person) continue;
        if (supportingKindOfUnit(unit.name) !== null) continue;
        if (named.find(unit)) continue;
        out.push({
          message: msg('unit-without-task.noTask', { section: r.id, unit: unit.text }),
          place: placeOf(r.source),
          responsibilityId: r.id,
        });
      }
    }
    return out;
  },
  examples: {
    notOk: examplePlan({
      body: [
        'I. TỔ CHỨC THỰC HIỆN',
        '1. Sở Văn hóa, Thể thao và Du lịch',
        '- Xuất bản các ấn phẩm giới thiệu du lịch, văn hóa của tỉnh.',
        '2. Sở Thông tin và Truyền thông',
        '- Mở chuyên mục về ASEAN trên Cổng thông tin điện tử.',
      ],
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020'],
    }),
    ok: examplePlan({
      body: [
        'I. TỔ CHỨC THỰC HIỆN',
        '1. Sở Tài chính',
        '- Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch.',
        '- Phối hợp kiểm tra việc sử dụng kinh phí.',
        '2. Sở Thông tin và Truyền thông',
        '- Mở chuyên mục về ASEAN trên Cổng thông tin điện tử.',
      ],
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020'],
    }),
  },
};
