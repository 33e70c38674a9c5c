import { h } from 'hastscript';
import type { Element } from 'hast';
import { unitAnchor, type PlanContext } from './context.js';
import type { Labels } from './labels.js';
import { documentLabeller } from '../task-cells.js';

/** Each document's short name: its number, or its file when it has none or shares it. */
export function planLabels(contexts: readonly PlanContext[]): string[] {
  const refs = contexts.map((c) => ({ number: c.input.plan.document.number, file: c.input.file }));
  const label = documentLabeller(refs);
  return refs.map(label);
}

/**
 * Units across documents: one row per canonical name, one column per document, the tasks the
 * unit leads and supports there, linked to its dossier in that document. Rows in the order
 * the units first appear.
 */
export function crossPlan(contexts: readonly PlanContext[], labels: Labels): Element {
  const names = new Map<string, { collective: boolean; cells: Map<number, { index: number; lead: number; support: number }> }>();
  contexts.forEach((ctx, p) => {
    ctx.input.plan.units.forEach((unit, index) => {
      const row = names.get(unit.name) ?? { collective: unit.collective, cells: new Map() };
      if (!row.cells.has(p)) row.cells.set(p, { index, lead: unit.lead.length, support: unit.support.length });
      names.set(unit.name, row);
    });
  });
  const docs = planLabels(contexts);
  return h('section.cross', { id: 'cross-plan' }, [
    h('h2', labels.crossPlan),
    h('p.note', labels.crossPlanNote),
    h('div.list-wrap', [
      h('table.list.cross-table', [
        h('thead', [h('tr', [h('th', { scope: 'col' }, labels.unit), ...docs.map((d) => h('th', { scope: 'col' }, d))])]),
        h(
          'tbody',
          [...names].map(([name, row]) =>
            h('tr', { dataFilter: '' }, [
              h('th', { scope: 'row' }, [name, row.collective ? h('span.coll', ' *') : null]),
              ...contexts.map((ctx, p) => {
                const cell = row.cells.get(p);
                if (!cell) return h('td');
                return h('td', [h('a', { href: `#${unitAnchor(ctx.prefix, cell.index)}` }, `${labels.leadShort} ${cell.lead} · ${labels.supportShort} ${cell.support}`)]);
              }),
            ]),
          ),
        ),
      ]),
    ]),
  ]);
}
