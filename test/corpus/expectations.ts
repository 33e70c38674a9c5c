/**
 * The shape of `fixtures/corpus/<name>/expected.json`: what a person who read the plan knows to
 * be true of it, written by hand from the document (never copied from the program's output).
 * Every key is optional; a key that is present is checked, and a key that is absent is a part
 * nobody has read by hand yet. Unit names match a UnitRef's `text` (as written) or its `name`
 * (canonical), so an expectation can quote the document.
 */
import { expect } from 'vitest';
import type { Plan, Section, Task, UnitRef } from '../../src/model/types.js';
import { findTasks } from '../../src/query/index.js';

export interface ExpectedTask {
  readonly id: string;
  readonly number?: string;
  readonly parent?: string | null;
  readonly group?: string | null;
  /** The description starts with these words. */
  readonly startsWith?: string;
  readonly lead?: readonly string[];
  readonly support?: readonly string[];
  readonly timeframe?: { readonly text?: string; readonly kind?: string; readonly start?: string | null; readonly end?: string | null } | null;
}

export interface ExpectedResponsibility {
  readonly id: string;
  readonly units: readonly string[];
  readonly mode?: 'assigned' | 'requested';
  readonly duties?: number;
  /** Each unit is a person (UnitRef.person). */
  readonly person?: boolean;
}

export interface Expected {
  /** Where the input came from (../shared/corpus/… as published). */
  readonly source: string;
  /** The reader of the input's format ("text", "markdown", "docx", "html", "pdf", "doc"). */
  readonly format?: string;
  readonly document?: {
    readonly number?: string | null;
    readonly type?: string | null;
    readonly date?: string | null;
    readonly place?: string | null;
    readonly issuer?: string | null;
    readonly title?: string | null;
    /** The title starts with these words (long titles). */
    readonly titleStartsWith?: string;
    readonly bases?: number;
    readonly recipients?: number;
    readonly carries?: string | null;
    readonly signature?: { readonly authority?: string | null; readonly capacity?: string | null; readonly title?: string | null; readonly signer?: string | null } | null;
  };
  readonly outline?: {
    /** The top-level sections: [id, title]. */
    readonly top?: readonly (readonly [string, string])[];
    /** Section ids that must exist somewhere in the tree. */
    readonly has?: readonly string[];
  };
  readonly appendices?: readonly { readonly id: string; readonly kind: string; readonly groups?: number }[];
  readonly tasks?: {
    readonly appendix?: number;
    readonly body?: number;
    readonly items?: readonly ExpectedTask[];
  };
  readonly responsibilities?: {
    /** Every responsibility id, in order. */
    readonly ids?: readonly string[];
    readonly items?: readonly ExpectedResponsibility[];
  };
  /** `plan tasks --unit U [--role R]` answers, checked by hand: the task ids, in order. */
  readonly queries?: readonly { readonly unit: string; readonly role?: 'lead' | 'support' | 'any'; readonly tasks: readonly string[] }[];
}

const names = (units: readonly UnitRef[]): string[] => units.map((u) => u.text);

/** Each expected unit is one of the refs, by text or canonical name, in order. */
function expectUnits(actual: readonly UnitRef[], expected: readonly string[], where: string): void {
  const got = actual.map((u, i) => (u.text === expected[i] || u.name === expected[i] ? expected[i] : u.text));
  expect(got, `${where}: ${JSON.stringify(names(actual))}`).toEqual(expected);
}

function allSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const stack = [...sections].reverse();
  while (stack.length) {
    const s = stack.pop() as Section;
    out.push(s);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i] as Section);
  }
  return out;
}

export function checkDocument(plan: Plan, e: NonNullable<Expected['document']>): void {
  const d = plan.document;
  for (const key of ['number', 'type', 'date', 'place', 'issuer', 'title'] as const) {
    if (e[key] !== undefined) expect(d[key], `document.${key}`).toBe(e[key]);
  }
  if (e.titleStartsWith !== undefined) expect(d.title?.startsWith(e.titleStartsWith), `document.title: ${d.title}`).toBe(true);
  if (e.bases !== undefined) expect(d.bases.length, 'document.bases').toBe(e.bases);
  if (e.recipients !== undefined) expect(d.recipients.length, `document.recipients: ${JSON.stringify(d.recipients)}`).toBe(e.recipients);
  if (e.carries !== undefined) expect(d.carries?.typeName ?? null, 'document.carries').toBe(e.carries);
  if (e.signature === null) expect(d.signature, 'document.signature').toBeNull();
  else if (e.signature) {
    for (const key of ['authority', 'capacity', 'title', 'signer'] as const) {
      if (e.signature[key] !== undefined) expect(d.signature?.[key] ?? null, `signature.${key}`).toBe(e.signature[key]);
    }
  }
}

export function checkOutline(plan: Plan, e: NonNullable<Expected['outline']>): void {
  if (e.top) expect(plan.outline.map((s) => [s.id, s.title]), 'outline.top').toEqual(e.top);
  if (e.has) {
    const ids = new Set(allSections(plan.outline).map((s) => s.id));
    for (const id of e.has) expect(ids.has(id), `outline has ${id}`).toBe(true);
  }
}

export function checkAppendices(plan: Plan, e: NonNullable<Expected['appendices']>): void {
  expect(plan.appendices.map((a) => [a.id, a.kind]), 'appendices').toEqual(e.map((a) => [a.id, a.kind]));
  e.forEach((a, i) => {
    if (a.groups !== undefined) expect(plan.appendices[i]?.groups.length, `appendix ${a.id} groups`).toBe(a.groups);
  });
}

export function checkTask(task: Task | undefined, e: ExpectedTask): void {
  expect(task, `task ${e.id}`).toBeDefined();
  if (!task) return;
  const w = `task ${e.id}`;
  if (e.number !== undefined) expect(task.number, `${w} number`).toBe(e.number);
  if (e.parent !== undefined) expect(task.parent ?? null, `${w} parent`).toBe(e.parent);
  if (e.group !== undefined) expect(task.group?.id ?? null, `${w} group`).toBe(e.group);
  if (e.startsWith !== undefined) expect(task.description.startsWith(e.startsWith), `${w} description: ${task.description}`).toBe(true);
  if (e.lead) expectUnits(task.lead, e.lead, `${w} lead`);
  if (e.support) expectUnits(task.support, e.support, `${w} support`);
  if (e.timeframe === null) expect(task.timeframe, `${w} timeframe`).toBeNull();
  else if (e.timeframe) expect(task.timeframe, `${w} timeframe`).toMatchObject(e.timeframe);
}

export function checkTasks(plan: Plan, e: NonNullable<Expected['tasks']>): void {
  const count = (origin: Task['origin']): number => plan.tasks.filter((t) => t.origin === origin).length;
  if (e.appendix !== undefined) expect(count('appendix'), 'appendix tasks').toBe(e.appendix);
  if (e.body !== undefined) expect(count('body'), 'body tasks').toBe(e.body);
  for (const t of e.items ?? []) checkTask(plan.tasks.find((x) => x.id === t.id), t);
}

export function checkResponsibilities(plan: Plan, e: NonNullable<Expected['responsibilities']>): void {
  if (e.ids) expect(plan.responsibilities.map((r) => r.id), 'responsibility ids').toEqual(e.ids);
  for (const x of e.items ?? []) {
    const r = plan.responsibilities.find((y) => y.id === x.id);
    expect(r, `responsibility ${x.id}`).toBeDefined();
    if (!r) continue;
    expectUnits(r.units, x.units, `responsibility ${x.id} units`);
    if (x.mode) expect(r.mode, `responsibility ${x.id} mode`).toBe(x.mode);
    if (x.duties !== undefined) expect(r.duties.length, `responsibility ${x.id} duties`).toBe(x.duties);
    if (x.person !== undefined) expect(r.units.every((u) => u.person === x.person), `responsibility ${x.id} person`).toBe(true);
  }
}

export function checkQueries(plan: Plan, e: NonNullable<Expected['queries']>): void {
  for (const q of e) {
    const hits = findTasks([plan], { unit: q.unit, role: q.role ?? 'any' });
    expect(hits.map((h) => h.id), `tasks --unit "${q.unit}" --role ${q.role ?? 'any'}`).toEqual(q.tasks);
  }
}

export function checkPlan(plan: Plan, e: Expected): void {
  if (e.format) expect(plan.source.format, 'source.format').toBe(e.format);
  if (e.document) checkDocument(plan, e.document);
  if (e.outline) checkOutline(plan, e.outline);
  if (e.appendices) checkAppendices(plan, e.appendices);
  if (e.tasks) checkTasks(plan, e.tasks);
  if (e.responsibilities) checkResponsibilities(plan, e.responsibilities);
  if (e.queries) checkQueries(plan, e.queries);
}
