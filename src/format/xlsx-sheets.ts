import type { Plan, Task, Unit } from '../model/types.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentRef } from '../query/plan-input.js';
import type { Listing } from './listing.js';
import { documentLabeller, unitCell } from './task-cells.js';
import { safeText } from './safe-text.js';
import { writeWorkbook, type XlsxColumn, type XlsxSheet } from './xlsx.js';
import { DEFAULT_LANG, t, type Lang } from '../i18n/index.js';

// The sheets the issue gives (#18), tasks, units and findings, are named in the language asked
// for: Nhiệm vụ, Đơn vị, Kiểm tra (Tasks, Units, Findings); so are their column headers.

type WithDocument<T> = T & { readonly document?: DocumentRef };

// Widths in characters: wide enough for an id or a date, and for a line of a description.
const documentColumn = (lang: Lang): XlsxColumn => ({ header: t(lang, 'column.document'), width: 18 });

/** A workbook cell holds the document's text as it is, less what would corrupt or mislead (controls, bidi overrides). */
const text = (s: string): string => safeText(s, { newlines: true, tabs: true });

function labeller(items: readonly { readonly document?: DocumentRef }[]): (item: { readonly document?: DocumentRef }) => string {
  const label = documentLabeller(items.flatMap((i) => (i.document ? [i.document] : [])));
  return (item) => (item.document ? label(item.document) : '');
}

/** "Nhiệm vụ": id, group, description, lead, support, timeframe, start, end, source line (+ document). */
export function taskSheet(tasks: readonly WithDocument<Task>[], multi: boolean, lang: Lang = DEFAULT_LANG): XlsxSheet {
  const label = labeller(tasks);
  return {
    name: t(lang, 'sheet.tasks'),
    columns: [
      { header: t(lang, 'column.id'), width: 9 },
      { header: t(lang, 'column.group'), width: 28 },
      { header: t(lang, 'column.task'), width: 60 },
      { header: t(lang, 'column.lead'), width: 28 },
      { header: t(lang, 'column.support'), width: 28 },
      { header: t(lang, 'column.timeframe'), width: 16 },
      { header: t(lang, 'column.start'), width: 12, type: 'date' },
      { header: t(lang, 'column.end'), width: 12, type: 'date' },
      { header: t(lang, 'column.line'), width: 7, type: 'number' },
      ...(multi ? [documentColumn(lang)] : []),
    ],
    rows: tasks.map((t) => [
      text(t.id),
      t.group ? text(`${t.group.id}. ${t.group.title}`) : null,
      text(t.description),
      text(unitCell(t.lead)),
      text(unitCell(t.support)),
      t.timeframe ? text(t.timeframe.text) : null,
      t.timeframe?.start ?? null,
      t.timeframe?.end ?? null,
      t.source.line,
      ...(multi ? [label(t)] : []),
    ]),
  };
}

/** "Đơn vị": unit, variants, collective, tasks led, tasks supported, responsibility sections (+ document). */
export function unitSheet(units: readonly WithDocument<Unit>[], multi: boolean, lang: Lang = DEFAULT_LANG): XlsxSheet {
  const label = labeller(units);
  return {
    name: t(lang, 'sheet.units'),
    columns: [
      { header: t(lang, 'column.unit'), width: 36 },
      { header: t(lang, 'column.variants'), width: 36 },
      { header: t(lang, 'column.collective'), width: 9, type: 'boolean' },
      { header: t(lang, 'column.lead'), width: 22 },
      { header: t(lang, 'column.support'), width: 22 },
      { header: t(lang, 'column.responsibilities'), width: 12 },
      ...(multi ? [documentColumn(lang)] : []),
    ],
    rows: units.map((u) => [
      text(u.name),
      text(u.variants.join('; ')),
      u.collective,
      u.lead.join(', '),
      u.support.join(', '),
      u.responsibilities.join(', '),
      ...(multi ? [label(u)] : []),
    ]),
  };
}

/** "Kiểm tra": one row per diagnostic of each file, with its place, severity, rule and message. */
export function findingSheet(reports: readonly { readonly path: string; readonly diagnostics: readonly Diagnostic[] }[], lang: Lang = DEFAULT_LANG): XlsxSheet {
  return {
    name: t(lang, 'sheet.findings'),
    columns: [
      { header: t(lang, 'column.file'), width: 24 },
      { header: t(lang, 'column.line'), width: 7, type: 'number' },
      { header: t(lang, 'column.column'), width: 6, type: 'number' },
      { header: t(lang, 'column.severity'), width: 10 },
      { header: t(lang, 'column.rule'), width: 20 },
      { header: t(lang, 'column.message'), width: 80 },
      { header: t(lang, 'column.taskId'), width: 10 },
      { header: t(lang, 'column.section'), width: 8 },
    ],
    rows: reports.flatMap((r) =>
      r.diagnostics.map((d) => [text(r.path), d.place.line, d.place.column, d.severity, d.ruleId, text(d.message), d.taskId ?? null, d.responsibilityId ?? null]),
    ),
  };
}

/** Any other result, one sheet with the columns its table shows. */
export function listingSheet(name: string, listing: Listing): XlsxSheet {
  return {
    name,
    columns: listing.columns.map((c) => ({ header: c.header, width: c.size === 'flex' ? Math.min(80, 16 * (c.weight ?? 1)) : Math.min(c.max ?? 16, 24) })),
    rows: listing.rows.map((row) => row.map(text)),
  };
}

/** `plan tasks --format xlsx`: the tasks found. */
export function taskWorkbook(tasks: readonly WithDocument<Task>[], multi: boolean, lang: Lang = DEFAULT_LANG): Promise<Uint8Array> {
  return writeWorkbook([taskSheet(tasks, multi, lang)]);
}

/** `plan units --format xlsx`: the units. */
export function unitWorkbook(units: readonly WithDocument<Unit>[], multi: boolean, lang: Lang = DEFAULT_LANG): Promise<Uint8Array> {
  return writeWorkbook([unitSheet(units, multi, lang)]);
}

/** Any other query: one sheet of its table. */
export function listingWorkbook(listing: Listing, lang: Lang = DEFAULT_LANG): Promise<Uint8Array> {
  return writeWorkbook([listingSheet(t(lang, 'sheet.result'), listing)]);
}

/** `plan export --format xlsx`: the plan's tasks, its units, and what `plan validate` finds. */
export function planWorkbook(plan: { readonly path: string; readonly plan: Plan; readonly findings: readonly Diagnostic[] }, lang: Lang = DEFAULT_LANG): Promise<Uint8Array> {
  return writeWorkbook([taskSheet(plan.plan.tasks, false, lang), unitSheet(plan.plan.units, false, lang), findingSheet([{ path: plan.path, diagnostics: plan.findings }], lang)]);
}
