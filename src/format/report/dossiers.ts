import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Plan, Task, Unit } from '../../model/types.js';
import { sectionAnchor, taskAnchor, unitAnchor, type PlanContext } from './context.js';
import { formatDate } from './labels.js';

function taskItems(ctx: PlanContext, ids: readonly string[], byId: ReadonlyMap<string, Task>): Element {
  return h(
    'ul.tasks',
    ids.map((id) => {
      const task = byId.get(id);
      return h('li', [
        h('a', { href: `#${taskAnchor(ctx.prefix, id)}` }, id),
        task ? ` ${task.description}` : '',
        task?.timeframe ? h('span.when', ` (${task.timeframe.text})`) : null,
      ]);
    }),
  );
}

/** The report the plan asks for, and by when: owed by every unit given a duty or a task. */
function reportsOwed(ctx: PlanContext, plan: Plan): ElementContent[] {
  const r = plan.reporting;
  if (!r) return [];
  // The same sentence holds for every unit: the deadline shows, the sentence unfolds.
  const due = r.deadline !== null ? ctx.labels.reportDue(formatDate(r.deadline, ctx.labels)) : r.recurring ? ctx.labels.recurringReport : ctx.labels.reports;
  return [h('h4', ctx.labels.reports), h('details.report', [h('summary', due), h('p', r.text)])];
}

function dossier(ctx: PlanContext, unit: Unit, index: number, byId: ReadonlyMap<string, Task>): Element {
  const { plan } = ctx.input;
  const { labels } = ctx;
  const duties = plan.responsibilities.filter((r) => unit.responsibilities.includes(r.id));
  const asked = duties.length > 0 || unit.lead.length > 0 || unit.support.length > 0;
  return h('section.dossier', { id: unitAnchor(ctx.prefix, index), dataFilter: '' }, [
    h('h3', [unit.name, unit.collective ? h('span.coll', ` (${labels.collective})`) : null]),
    h('p.note', `${labels.writtenAs}: ${unit.variants.join('; ')}`),
    ...(duties.length > 0
      ? [
          h('h4', labels.duties),
          ...duties.flatMap((r) => [
            h('p.resp', [h('strong', `${r.id}. `), r.heading, r.mode === 'requested' ? h('span.when', ` (${labels.requested})`) : null]),
            h(
              'ul',
              r.duties.map((d) => h('li', d)),
            ),
          ]),
        ]
      : []),
    ...(unit.lead.length > 0 ? [h('h4', `${labels.leads} (${unit.lead.length})`), taskItems(ctx, unit.lead, byId)] : []),
    ...(unit.support.length > 0 ? [h('h4', `${labels.supports} (${unit.support.length})`), taskItems(ctx, unit.support, byId)] : []),
    ...(asked ? reportsOwed(ctx, plan) : [h('p', labels.nothingAsked)]),
    h('p.back', [h('a', { href: `#${sectionAnchor(ctx.prefix, 'matrix')}` }, labels.backToMatrix)]),
  ]);
}

/** One anchored section per unit: its duties, its tasks as lead and as support, the report it owes. */
export function dossiers(ctx: PlanContext): Element | null {
  const { plan } = ctx.input;
  if (plan.units.length === 0) return null;
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  return h('section', { id: sectionAnchor(ctx.prefix, 'units') }, [
    h('h2', ctx.labels.dossiers),
    h(
      'div.dossiers',
      plan.units.map((u, i) => dossier(ctx, u, i, byId)),
    ),
  ]);
}
