import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Diagnostic, Place } from '../../model/diagnostic.js';
import { findingAnchor, isProblem, lineAnchor, lineKey, sectionAnchor, taskAnchor, type PlanContext } from './context.js';
import type { Labels } from './labels.js';

/** "dòng 111", "đoạn 12", "hàng 5": a place as the reader of that format counts. */
export function placeLabel(place: Pick<Place, 'kind' | 'line'>, labels: Labels): string {
  const word = place.kind === 'paragraph' ? labels.paragraph : place.kind === 'row' ? labels.row : place.kind === 'page' ? labels.page : labels.line;
  return `${word} ${place.line}`;
}

function placeLink(ctx: PlanContext, place: Place): ElementContent {
  const label = place.column > 1 ? `${placeLabel(place, ctx.labels)}:${place.column}` : placeLabel(place, ctx.labels);
  return ctx.quoted.has(lineKey(place)) ? h('a', { href: `#${lineAnchor(ctx.prefix, place)}` }, label) : { type: 'text', value: label };
}

function findingRow(ctx: PlanContext, d: Diagnostic, index: number): Element {
  const places: ElementContent[] = [placeLink(ctx, d.place)];
  for (const r of d.related ?? []) places.push(h('br'), placeLink(ctx, r));
  return h('tr', { id: findingAnchor(ctx.prefix, index), class: `sev-${d.severity}`, dataTask: d.taskId, dataFilter: '' }, [
    h('td', [h('span', { class: `badge ${d.severity}` }, ctx.labels.severity[d.severity])]),
    h('td', [
      d.message,
      d.taskId !== undefined ? h('span.task-ref', [' → ', h('a', { href: `#${taskAnchor(ctx.prefix, d.taskId)}` }, d.taskId)]) : null,
    ]),
    h('td.places', places),
    h('td', [h('code', d.ruleId)]),
  ]);
}

function findingTable(ctx: PlanContext, indexes: readonly number[]): Element {
  const { labels } = ctx;
  return h('table.list.findings', [
    h('thead', [h('tr', [labels.severity.error, labels.message, labels.place, labels.rule].map((c, i) => h('th', { scope: 'col' }, i === 0 ? '' : c)))]),
    h(
      'tbody',
      indexes.map((i) => findingRow(ctx, ctx.input.findings[i] as Diagnostic, i)),
    ),
  ]);
}

/**
 * The validate diagnostics: errors and warnings first in a table, the reader's repairs (info)
 * folded below; each names its place and links to the quoted line.
 */
export function findings(ctx: PlanContext): Element {
  const { labels } = ctx;
  const all = ctx.input.findings.map((_, i) => i);
  const problems = all.filter((i) => isProblem(ctx.input.findings[i] as Diagnostic));
  const infos = all.filter((i) => !isProblem(ctx.input.findings[i] as Diagnostic));
  return h('section', { id: sectionAnchor(ctx.prefix, 'findings') }, [
    h('h2', labels.findings),
    problems.length > 0 ? findingTable(ctx, problems) : h('p', labels.noFindings),
    infos.length > 0 ? h('details', [h('summary', `${labels.repairs} (${infos.length})`), findingTable(ctx, infos)]) : null,
  ]);
}

/** The lines the findings point to, each an anchor, in document order. */
export function excerpts(ctx: PlanContext): Element | null {
  const seen = new Set<string>();
  // A place names one line; should a reader number two lines alike, the first is quoted.
  const lines = (ctx.input.lines ?? []).filter((l) => ctx.quoted.has(lineKey(l)) && !seen.has(lineKey(l)) && Boolean(seen.add(lineKey(l))));
  if (lines.length === 0) return null;
  return h('section', { id: sectionAnchor(ctx.prefix, 'excerpts') }, [
    h('h2', ctx.labels.excerpts),
    h('p.note', ctx.labels.excerptsNote),
    h(
      'div.excerpts',
      lines.map((l) => h('div.src', { id: lineAnchor(ctx.prefix, l) }, [h('span.ln', placeLabel(l, ctx.labels)), h('code', l.text)])),
    ),
  ]);
}
