import type { PlanOverview, OverviewSection } from '../query/overview.js';
import type { Coverage } from '../model/types.js';
import type { RenderOptions } from './render.js';
import { toJson, toYaml } from './data.js';
import { mdCell } from './markdown.js';
import { safeText } from './safe-text.js';
import { wrapParagraph } from './wrap.js';
import { describeDeadline } from './deadline.js';
import { DEFAULT_LANG, formatDate, t, type Lang } from '../i18n/index.js';

/** `plan show`: one screen of text on a terminal; md for a report; json/yaml for scripts. csv has no shape for it. */
export async function formatOverview(overview: PlanOverview, options: RenderOptions): Promise<string> {
  switch (options.format) {
    case 'json':
      return toJson(overview);
    case 'yaml':
      return toYaml(overview);
    case 'md':
      return overviewLines(overview, options.columns, (s) => mdCell(s), (s) => `### ${s}`, true, options.lang ?? DEFAULT_LANG);
    default:
      return overviewLines(overview, options.columns, (s) => safeText(s), (s) => options.chalk.bold(s), false, options.lang ?? DEFAULT_LANG);
  }
}

const MAX_CHILDREN = 6;

/** Cuts a line to `width` characters with "…", so that a long heading keeps to one line. */
function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width || width < 10 ? text : `${chars.slice(0, width - 1).join('')}…`;
}

function counts(s: OverviewSection, lang: Lang): string {
  const parts: string[] = [];
  if (s.objectives > 0) parts.push(t(lang, 'show.objectives', { n: s.objectives }));
  if (s.contentAreas > 0) parts.push(t(lang, 'show.contentAreas', { areas: s.contentAreas, items: s.contentItems }));
  else if (s.contentItems > 0) parts.push(t(lang, 'show.items', { n: s.contentItems }));
  if (s.responsibilities > 0) parts.push(t(lang, 'show.responsibilities', { n: s.responsibilities, duties: s.duties }));
  else if (s.duties > 0) parts.push(t(lang, 'show.duties', { n: s.duties }));
  if (parts.length === 0 && s.children.length > 0) parts.push(t(lang, 'show.subsections', { n: s.children.length }));
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * The last line: how much of the document was read (DESIGN.md §16) — task-table rows that became
 * tasks or group rows, numbered parts that became sections, lines that no part took.
 */
export function coverageLine(c: Coverage, lang: Lang = DEFAULT_LANG): string {
  // Counts as the language writes numbers: a long plan has "1.234 dòng" (dot thousands) in Vietnamese.
  const rows = c.rows.total > 0 ? t(lang, 'show.coverageRows', { read: c.rows.tasks + c.rows.groups, total: c.rows.total }) : t(lang, 'show.noTaskTable');
  return t(lang, 'show.coverage', { rows, sections: c.numbered.sections, numbered: c.numbered.total, unassigned: c.unassigned.lines });
}

function overviewLines(o: PlanOverview, width: number, text: (s: string) => string, bold: (s: string) => string, md: boolean, lang: Lang): string {
  const d = o.document;
  const out: string[] = [];
  const title = [d.typeName ?? t(lang, 'show.document'), d.number ? t(lang, 'show.number', { number: d.number }) : null].filter(Boolean).join(' ');
  // md: a heading, and blank lines between the header lines (Markdown joins adjacent lines).
  const gap = md ? [''] : [];
  out.push(md ? `## ${text(title)}` : bold(text(title)));
  // No spread: a hostile title wraps to more lines than a call takes arguments.
  if (d.title) for (const l of [...gap, ...(md ? [text(d.title)] : wrapParagraph(text(d.title), width))]) out.push(l);
  const meta = [d.issuer, [d.place, d.date === null ? null : formatDate(d.date, lang)].filter(Boolean).join(', '), d.signer ? (d.signerTitle ? t(lang, 'show.signedAs', { signer: d.signer, title: d.signerTitle }) : t(lang, 'show.signed', { signer: d.signer })) : null]
    .filter((x): x is string => Boolean(x))
    .map(text);
  if (meta.length > 0) out.push(...gap, meta.join(' · '));
  if (d.bases > 0) out.push(...gap, t(lang, 'show.bases', { n: d.bases }));
  out.push('', bold(t(lang, 'show.outline')), ...gap);
  const bullet = md ? '- ' : '';
  // One screen on a terminal: a line per section, cut to the width, and at most
  // MAX_CHILDREN subsections each; md (for a report) keeps everything.
  const line = (indent: string, title: string, tail: string): string =>
    md ? `${indent}${text(title)}${tail}` : `${indent}${fit(text(title), width - indent.length - [...tail].length)}${tail}`;
  for (const s of o.outline) {
    out.push(line(bullet, `${s.id}. ${s.title}`, counts(s, lang)));
    const shown = md ? s.children : s.children.slice(0, MAX_CHILDREN);
    for (const c of shown) out.push(line(md ? '  - ' : '   ', `${c.id}. ${c.title}`, counts(c, lang)));
    if (shown.length < s.children.length) out.push(`   ${t(lang, 'show.moreSections', { n: s.children.length - shown.length })}`);
  }
  if (o.appendices.length > 0) {
    out.push('', bold(t(lang, 'show.appendices')), ...gap);
    for (const a of o.appendices) {
      const size = a.kind === 'tasks' ? t(lang, 'show.tasks', { n: a.tasks }) : a.rows !== null ? t(lang, 'show.rows', { n: a.rows }) : t(lang, 'show.prose');
      out.push(line(bullet, `${a.id}: ${a.title}`, ` (${size})`));
      const groups = md ? a.groups : a.groups.slice(0, MAX_CHILDREN);
      for (const g of groups) out.push(line(md ? '  - ' : '   ', `${g.id}. ${g.title}`, ` (${g.tasks})`));
      if (groups.length < a.groups.length) out.push(`   ${t(lang, 'show.moreGroups', { n: a.groups.length - groups.length })}`);
    }
  }
  const c = o.counts;
  out.push('', t(lang, 'show.totals', { sections: c.sections, objectives: c.objectives, areas: c.contentAreas, responsibilities: c.responsibilities, tasks: c.tasks, units: c.units, appendices: c.appendices }));
  if (o.reporting !== null) out.push(...gap, t(lang, 'show.reporting', { when: describeDeadline(o.reporting, lang) }));
  if (o.coverage !== null) out.push(...gap, coverageLine(o.coverage, lang));
  return `${out.join('\n')}\n`;
}
