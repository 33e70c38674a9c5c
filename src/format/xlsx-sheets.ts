import type { Plan, Task, Unit } from '../model/types.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentRef } from '../query/plan-input.js';
import type { Listing } from './listing.js';
import { documentLabeller, unitCell } from './task-cells.js';
import { safeText } from './safe-text.js';
import { writeWorkbook, type XlsxColumn, type XlsxSheet } from './xlsx.js';

/** The sheet names the issue gives (#18): tasks, units, findings. */
export const SHEET_NAMES = { tasks: 'Nhiệm vụ', units: 'Đơn vị', findings: 'Kiểm tra' } as const;

type WithDocument<T> = T & { readonly document?: DocumentRef };

// Widths in characters: wide enough for an id or a date, and for a line of a description.
const DOCUMENT_COLUMN: XlsxColumn = { header: 'Văn bản', width: 18 };

/** A workbook cell holds the document's text as it is, less what would corrupt or mislead (controls, bidi overrides). */
const text = (s: string): string => safeText(s, { newlines: true, tabs: true });

function labeller(items: readonly { readonly document?: DocumentRef }[]): (item: { readonly document?: DocumentRef }) => string {
  const label = documentLabeller(items.flatMap((i) => (i.document ? [i.document] : [])));
  return (item) => (item.document ? label(item.document) : '');
}

/** "Nhiệm vụ": id, group, description, lead, support, timeframe, start, end, source line (+ document). */
export function taskSheet(tasks: readonly WithDocument<Task>[], multi: boolean): XlsxSheet {
  const label = labeller(tasks);
  return {
    name: SHEET_NAMES.tasks,
    columns: [
      { header: 'STT', width: 9 },
      { header: 'Nhóm', width: 28 },
      { header: 'Nhiệm vụ', width: 60 },
      { header: 'Chủ trì', width: 28 },
      { header: 'Phối hợp', width: 28 },
      { header: 'Thời gian', width: 16 },
      { header: 'Bắt đầu', width: 12, type: 'date' },
      { header: 'Kết thúc', width: 12, type: 'date' },
      { header: 'Dòng', width: 7, type: 'number' },
      ...(multi ? [DOCUMENT_COLUMN] : []),
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
export function unitSheet(units: readonly WithDocument<Unit>[], multi: boolean): XlsxSheet {
  const label = labeller(units);
  return {
    name: SHEET_NAMES.units,
    columns: [
      { header: 'Đơn vị', width: 36 },
      { header: 'Cách viết trong văn bản', width: 36 },
      { header: 'Tập thể', width: 9, type: 'boolean' },
      { header: 'Chủ trì', width: 22 },
      { header: 'Phối hợp', width: 22 },
      { header: 'Mục TCTH', width: 12 },
      ...(multi ? [DOCUMENT_COLUMN] : []),
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
export function findingSheet(reports: readonly { readonly path: string; readonly diagnostics: readonly Diagnostic[] }[]): XlsxSheet {
  return {
    name: SHEET_NAMES.findings,
    columns: [
      { header: 'Tệp', width: 24 },
      { header: 'Dòng', width: 7, type: 'number' },
      { header: 'Cột', width: 6, type: 'number' },
      { header: 'Mức độ', width: 10 },
      { header: 'Quy tắc', width: 20 },
      { header: 'Nội dung', width: 80 },
      { header: 'Nhiệm vụ', width: 10 },
      { header: 'Mục', width: 8 },
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
export function taskWorkbook(tasks: readonly WithDocument<Task>[], multi: boolean): Promise<Uint8Array> {
  return writeWorkbook([taskSheet(tasks, multi)]);
}

/** `plan units --format xlsx`: the units. */
export function unitWorkbook(units: readonly WithDocument<Unit>[], multi: boolean): Promise<Uint8Array> {
  return writeWorkbook([unitSheet(units, multi)]);
}

/** Any other query: one sheet of its table. */
export function listingWorkbook(listing: Listing, name = 'Kết quả'): Promise<Uint8Array> {
  return writeWorkbook([listingSheet(name, listing)]);
}

/** `plan export --format xlsx`: the plan's tasks, its units, and what `plan validate` finds. */
export function planWorkbook(plan: { readonly path: string; readonly plan: Plan; readonly findings: readonly Diagnostic[] }): Promise<Uint8Array> {
  return writeWorkbook([taskSheet(plan.plan.tasks, false), unitSheet(plan.plan.units, false), findingSheet([{ path: plan.path, diagnostics: plan.findings }])]);
}
