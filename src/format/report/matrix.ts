import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Task, Unit } from '../../model/types.js';
import { findingAnchor, sectionAnchor, taskAnchor, unitAnchor, type PlanContext } from './context.js';
import type { Labels } from './labels.js';

export type Role = 'lead' | 'support';

/** A run of consecutive tasks of one appendix group: one header cell spans them. */
export interface TaskGroup {
  readonly label: string;
  readonly title: string;
  readonly tasks: readonly Task[];
}

/** The tasks in document order, cut where the group (or the appendix) changes. */
export function taskGroups(tasks: readonly Task[], labels: Labels): TaskGroup[] {
  const groups: { label: string; title: string; key: string; tasks: Task[] }[] = [];
  for (const task of tasks) {
    const key = `${task.appendix ?? ''}/${task.group?.id ?? ''}/${task.origin}`;
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.tasks.push(task);
    else {
      const label = task.group?.id ?? (task.origin === 'body' ? labels.bodyTasks : labels.noGroup);
      groups.push({ key, label, title: task.group?.title ?? label, tasks: [task] });
    }
  }
  return groups;
}

/** Each unit's role in each task: lead wins when a cell names the unit twice. */
export function roleOf(unit: Unit): (taskId: string) => Role | null {
  const lead = new Set(unit.lead);
  const support = new Set(unit.support);
  return (id) => (lead.has(id) ? 'lead' : support.has(id) ? 'support' : null);
}

/** The tasks a unit has, lead and support: what "load" means when the matrix is sorted. */
export const unitLoad = (unit: Unit): number => new Set([...unit.lead, ...unit.support]).size;

export function variantsTitle(unit: Unit, labels: Labels): string {
  return `${labels.writtenAs}: ${unit.variants.join('; ')}`;
}

function taskHeader(ctx: PlanContext, task: Task): Element {
  const flagged = ctx.taskFindings.get(task.id) ?? [];
  const flag: ElementContent[] =
    flagged.length === 0
      ? []
      : [
          h(
            'a.flag',
            {
              href: `#${findingAnchor(ctx.prefix, flagged[0] ?? 0)}`,
              title: flagged.map((i) => ctx.input.findings[i]?.message ?? '').join('\n'),
              'aria-label': ctx.labels.hasFinding,
            },
            '!',
          ),
        ];
  return h(
    'th',
    { scope: 'col', dataTask: task.id, class: flagged.length > 0 ? 'has-finding' : undefined, title: task.description },
    [h('a', { href: `#${taskAnchor(ctx.prefix, task.id)}` }, task.id), ...flag],
  );
}

/**
 * Units × tasks: one row per unit (its canonical name; the ways the document wrote it on
 * hover), one column per task under its group, "CT" / "PH" in the cells, totals at the end of
 * each row and under each column. Headers stick while a 300-task plan scrolls.
 */
export function matrix(ctx: PlanContext): Element {
  const { plan } = ctx.input;
  const { labels, prefix } = ctx;
  const id = sectionAnchor(prefix, 'matrix');
  const head: ElementContent[] = [h('h2', labels.matrix), h('p.note', [labels.matrixNote, ' ', labels.collectiveNote])];
  if (plan.tasks.length === 0 || plan.units.length === 0) return h('section', { id }, [...head, h('p', labels.noTasks)]);
  const groups = taskGroups(plan.tasks, labels);
  const tasks = groups.flatMap((g) => g.tasks);
  const perTask = new Map<string, number>();
  const rows = plan.units.map((unit, index) => {
    const role = roleOf(unit);
    let lead = 0;
    let support = 0;
    const cells = tasks.map((task) => {
      const r = role(task.id);
      if (r === null) return h('td');
      if (r === 'lead') lead++;
      else support++;
      perTask.set(task.id, (perTask.get(task.id) ?? 0) + 1);
      return h('td', { class: r === 'lead' ? 'ct' : 'ph' }, r === 'lead' ? labels.leadShort : labels.supportShort);
    });
    const name = h('th', { scope: 'row' }, [
      h('a', { href: `#${unitAnchor(prefix, index)}`, title: variantsTitle(unit, labels) }, unit.name),
      unit.collective ? h('span.coll', { title: labels.collective }, ' *') : null,
    ]);
    return h('tr', { dataLoad: String(unitLoad(unit)), dataOrder: String(index), dataFilter: '', class: unit.collective ? 'collective' : undefined }, [
      name,
      ...cells,
      h('td.num', String(lead)),
      h('td.num', String(support)),
      h('td.num.sum', String(lead + support)),
    ]);
  });
  const table = h('table.matrix', { id: `${id}-table` }, [
    h('thead', [
      h('tr.groups', [
        h('th.corner', { scope: 'col', rowSpan: 2 }, labels.unit),
        ...groups.map((g) => h('th.group', { scope: 'colgroup', colSpan: g.tasks.length, title: g.title }, g.label)),
        h('th.tot', { scope: 'col', rowSpan: 2, title: labels.lead }, labels.leadShort),
        h('th.tot', { scope: 'col', rowSpan: 2, title: labels.support }, labels.supportShort),
        h('th.tot', { scope: 'col', rowSpan: 2 }, labels.total),
      ]),
      h('tr.tasks', tasks.map((t) => taskHeader(ctx, t))),
    ]),
    h('tbody', rows),
    h('tfoot', [
      h('tr', [h('th', { scope: 'row' }, labels.unitsPerTask), ...tasks.map((t) => h('td.num', String(perTask.get(t.id) ?? 0))), h('td'), h('td'), h('td')]),
    ]),
  ]);
  return h('section', { id }, [
    ...head,
    h('p.tools', { hidden: true, dataNeedsScript: '' }, [
      h('button', { type: 'button', dataSort: `${id}-table`, dataLoadLabel: labels.sortByLoad, dataOrderLabel: labels.sortByDocument }, labels.sortByLoad),
    ]),
    h('div.matrix-wrap', { tabIndex: 0 }, [table]),
  ]);
}
