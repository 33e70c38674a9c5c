import { placeOf } from '../../model/diagnostic.js';
import type { Source } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';

export const unknownUnit: Rule = {
  id: 'unknown-unit',
  severity: 'info',
  description: 'A unit is neither in the gazetteer nor in plan.config.yaml; the nearest known name is suggested.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const { plan } = ctx;
    for (const unit of plan.units) {
      if (unit.collective) continue;
      for (const text of unit.variants.length ? unit.variants : [unit.name]) {
        const ref = { text, name: unit.name, collective: false, person: false, role: null };
        if (ctx.units.known(ref)) continue;
        const where = placeOfUnit(ctx, text);
        const nearest = ctx.units.nearest(ref);
        out.push({
          message: nearest && nearest !== text ? msg('unknown-unit.unknownNearest', { unit: text, nearest }) : msg('unknown-unit.unknown', { unit: text }),
          place: placeOf(where),
          ...(nearest ? { expected: nearest } : {}),
          actual: text,
        });
      }
    }
    return out;
  },
  examples: {
    notOk: examplePlan({
      body: ['I. NỘI DUNG', '1. Đăng tải tin, bài về ASEAN'],
      rows: ['1\tĐăng tải tin, bài về ASEAN\tCông TTĐT tỉnh\tSở Thông tin và Truyền thông\t2020'],
    }),
    ok: examplePlan({
      body: ['I. NỘI DUNG', '1. Đăng tải tin, bài về ASEAN'],
      rows: ['1\tĐăng tải tin, bài về ASEAN\tCổng TTĐT tỉnh\tSở Thông tin và Truyền thông\t2020'],
    }),
  },
};

/** Where a unit is first written: a task's unit cell or a responsibility heading. */
export function placeOfUnit(ctx: RuleContext, text: string): Source {
  for (const t of ctx.plan.tasks) {
    if (t.lead.some((u) => u.text === text)) return t.leadSource ?? t.source;
    if (t.support.some((u) => u.text === text)) return t.supportSource ?? t.source;
  }
  const r = ctx.plan.responsibilities.find((x) => x.units.some((u) => u.text === text));
  return r?.source ?? { kind: 'line', line: 1, column: 1 };
}
