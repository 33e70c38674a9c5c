import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Task, Timeframe } from '../../model/types.js';
import { sectionAnchor, taskAnchor, type PlanContext } from './context.js';
import type { Labels } from './labels.js';

const DAY = 86_400_000;
// Quarter ticks are drawn when the axis spans at most this many years; past it they would
// crowd the year labels (12 quarters fit the width of an A4 page in landscape or portrait).
export const MAX_YEARS_WITH_QUARTERS = 3;
// The narrowest bar, in percent of the axis: a one-day task stays visible.
const MIN_BAR = 0.6;

const ms = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

export interface Axis {
  readonly start: number;
  readonly end: number;
}

/** The axis runs from the earliest date to the end of the latest day any timeframe gives. */
export function timelineAxis(tasks: readonly Task[]): Axis | null {
  let start = Infinity;
  let end = -Infinity;
  for (const t of tasks) {
    for (const iso of [t.timeframe?.start, t.timeframe?.end]) {
      if (!iso) continue;
      const v = ms(iso);
      if (Number.isNaN(v)) continue;
      start = Math.min(start, v);
      end = Math.max(end, v + DAY);
    }
  }
  return Number.isFinite(start) && end > start ? { start, end } : null;
}

const pct = (axis: Axis, v: number): number => Math.round(((v - axis.start) / (axis.end - axis.start)) * 10_000) / 100;

/** What a timeframe looks like on the axis: a bar, a deadline mark, a band over all of it, or nothing. */
export type Mark =
  | { readonly kind: 'bar'; readonly left: number; readonly width: number }
  | { readonly kind: 'deadline'; readonly left: number }
  | { readonly kind: 'band' }
  | { readonly kind: 'none' };

export function timelineMark(tf: Timeframe | null, axis: Axis | null): Mark {
  if (!tf) return { kind: 'none' };
  if (tf.kind === 'continuous' || tf.kind === 'recurring') return { kind: 'band' };
  if (!axis) return { kind: 'none' };
  const start = tf.start ? ms(tf.start) : NaN;
  const end = tf.end ? ms(tf.end) + DAY : NaN;
  if (!Number.isNaN(start) && !Number.isNaN(end)) {
    const left = pct(axis, start);
    return { kind: 'bar', left, width: Math.max(MIN_BAR, pct(axis, end) - left) };
  }
  if (!Number.isNaN(end)) return { kind: 'deadline', left: pct(axis, end - DAY) };
  if (!Number.isNaN(start)) return { kind: 'bar', left: pct(axis, start), width: Math.max(MIN_BAR, 100 - pct(axis, start)) };
  return { kind: 'none' };
}

/** Year ticks, and quarter ticks when the axis is short enough for them. */
export function axisTicks(axis: Axis, labels: Labels): { left: number; label: string; major: boolean }[] {
  const first = new Date(axis.start).getUTCFullYear();
  const last = new Date(axis.end - 1).getUTCFullYear();
  const quarters = last - first + 1 <= MAX_YEARS_WITH_QUARTERS;
  const ticks: { left: number; label: string; major: boolean }[] = [];
  for (let year = first; year <= last; year++) {
    for (let q = 0; q < (quarters ? 4 : 1); q++) {
      const v = Date.UTC(year, q * 3, 1);
      if (v < axis.start || v >= axis.end) continue;
      ticks.push({ left: pct(axis, v), label: q === 0 ? String(year) : `${labels.quarter}${q + 1}`, major: q === 0 });
    }
  }
  return ticks;
}

function markElement(mark: Mark, tf: Timeframe | null, labels: Labels): ElementContent[] {
  const title = tf?.text ?? labels.undated;
  switch (mark.kind) {
    case 'bar':
      return [h('span.bar', { style: `left:${mark.left}%;width:${mark.width}%`, title })];
    case 'deadline':
      return [h('span.deadline', { style: `left:${mark.left}%`, title: `${labels.deadline} ${title}` }, '◆')];
    case 'band':
      return [h('span.band', { title: `${tf?.kind === 'recurring' ? labels.recurring : labels.continuous}: ${title}` })];
    case 'none':
      return [h('span.undated', labels.undated)];
  }
}

/** Tasks on a time axis, grouped by lead unit (a task with two leads shows under each). */
export function timeline(ctx: PlanContext): Element | null {
  const { plan } = ctx.input;
  const { labels, prefix } = ctx;
  if (plan.tasks.length === 0) return null;
  const axis = timelineAxis(plan.tasks);
  const lanes = new Map<string, Task[]>();
  for (const task of plan.tasks) {
    const leads = task.lead.length > 0 ? [...new Set(task.lead.map((u) => u.name))] : [labels.noLead];
    for (const name of leads) lanes.set(name, [...(lanes.get(name) ?? []), task]);
  }
  const ticks = axis ? axisTicks(axis, labels) : [];
  const head = h('tr', [
    h('th', { scope: 'col' }, labels.task),
    h('th', { scope: 'col' }, labels.timeframe),
    h('th.axis', { scope: 'col' }, ticks.map((t) => h('span', { class: t.major ? 'tick major' : 'tick', style: `left:${t.left}%` }, t.label))),
  ]);
  const body: Element[] = [];
  for (const [name, tasks] of lanes) {
    body.push(h('tr.lane', [h('th', { scope: 'rowgroup', colSpan: 3 }, name)]));
    for (const task of tasks) {
      body.push(
        h('tr', { dataFilter: '' }, [
          h('td.what', [h('a', { href: `#${taskAnchor(prefix, task.id)}` }, task.id), ' ', h('span.desc', { title: task.description }, task.description)]),
          h('td.when', task.timeframe?.text ?? labels.none),
          h('td.track', markElement(timelineMark(task.timeframe, axis), task.timeframe, labels)),
        ]),
      );
    }
  }
  return h('section', { id: sectionAnchor(prefix, 'timeline') }, [
    h('h2', labels.timeline),
    h('p.note', labels.timelineNote),
    h('div.timeline-wrap', [h('table.timeline', [h('thead', [head]), h('tbody', body)])]),
  ]);
}
