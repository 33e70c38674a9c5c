import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Task, UnitRef } from '../../model/types.js';
import { findingAnchor, lineAnchor, lineKey, sectionAnchor, taskAnchor, type PlanContext } from './context.js';
import { placeLabel } from './findings.js';

export const unitNames = (refs: readonly UnitRef[]): string => refs.map((u) => u.text).join('; ');

/** "dòng 172": a link to the quoted line when the page quotes it, plain text otherwise. */
export function sourceLink(ctx: PlanContext, source: Task['source']): ElementContent {
  const label = placeLabel(source, ctx.labels);
  return ctx.quoted.has(lineKey(source)) ? h('a', { href: `#${lineAnchor(ctx.prefix, source)}` }, label) : { type: 'text', value: label };
}

/** Every task with its group, units, timeframe and the line it was read from; each row is an anchor. */
export function taskList(ctx: PlanContext): Element | null {
  const { plan } = ctx.input;
  const { labels, prefix } = ctx;
  if (plan.tasks.length === 0) return null;
  const rows = plan.tasks.map((task) => {
    const flagged = ctx.taskFindings.get(task.id) ?? [];
    return h('tr', { id: taskAnchor(prefix, task.id), dataFilter: '', dataTask: task.id, class: flagged.length > 0 ? 'has-finding' : undefined }, [
      h('th', { scope: 'row' }, [
        task.id,
        ...flagged.map((i) => h('a.flag', { href: `#${findingAnchor(prefix, i)}`, title: ctx.input.findings[i]?.message ?? '' }, '!')),
      ]),
      h('td', task.group ? `${task.group.id}. ${task.group.title}` : ''),
      h('td', task.description),
      h('td', unitNames(task.lead)),
      h('td', unitNames(task.support)),
      h('td', task.timeframe?.text ?? ''),
      h('td.num', [sourceLink(ctx, task.source)]),
    ]);
  });
  return h('section', { id: sectionAnchor(prefix, 'tasks') }, [
    h('h2', labels.tasks),
    h('div.list-wrap', [
      h('table.list', [
        h('thead', [
          h(
            'tr',
            [labels.task, labels.group, labels.description, labels.lead, labels.support, labels.timeframe, labels.sourceLine].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ]),
        h('tbody', rows),
      ]),
    ]),
  ]);
}
