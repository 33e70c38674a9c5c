import data from '../../data/successors.json' with { type: 'json' };
import type { UnitRef } from '../model/types.js';
import { foldKey } from '../input/keys.js';
import { canonicalUnit } from './canonical.js';
import { lazy } from './lazy.js';
import { createUnitMatcher, sameUnit } from './match.js';
import { t, type Lang } from '../i18n/index.js';


/**
 * Who does a body's work now: the 2025 restructuring of data/successors.json (domain.md §3).
 * Pure functions of a name, a date and a province; the query, export and validate layers and
 * the report call them.
 */

export type SuccessionKind = 'merged' | 'renamed' | 'split' | 'abolished';

export interface SuccessorUnit {
  readonly name: string;
  /** For a split: the functions this successor took. */
  readonly scope: string | null;
  /** `scope` in Vietnamese (data/successors.json `scopeVi`). */
  readonly scopeVi: string | null;
}

export interface Succession {
  /** The body as the data names it ("Sở Kế hoạch và Đầu tư"). */
  readonly from: string;
  readonly kind: SuccessionKind;
  /** The day the successor started work (YYYY-MM-DD), or the year when the sources give no day. */
  readonly effective: string;
  /**
   * Every successor. For a split, each with its scope: the function decides which one now does a
   * task. Empty when the data does not know the successor's name in the province (`unknown`).
   */
  readonly to: readonly SuccessorUnit[];
  /** The province this answer is for, when the answer differs by province. */
  readonly province: string | null;
  /** The body changed, but the data does not know its successor's name in this province. */
  readonly unknown: boolean;
  readonly note: string | null;
  /** `note` in Vietnamese. */
  readonly noteVi: string | null;
  readonly sources: readonly string[];
  /** data/successors.json `version`. */
  readonly dataVersion: number;
}

interface Line {
  readonly from: string;
  readonly province?: string;
  readonly kind: string;
  readonly effective: string;
  readonly to: readonly { readonly name: string; readonly scope?: string; readonly scopeVi?: string }[] | null;
  readonly note?: string;
  readonly noteVi?: string;
  readonly sources: readonly string[];
}

interface Prepared {
  readonly line: Line;
  readonly ref: UnitRef;
  readonly province: string | null;
}

const DATA: { readonly version: number; readonly changes: readonly Line[] } = data;

/** A reference for a name the data or a user gives, canonical as the plan's own units are. */
export function refOf(name: string): UnitRef {
  const c = canonicalUnit(name);
  return { text: name, name: c.name, collective: c.collective, person: false, role: null };
}

const LINES = lazy((): Prepared[] => DATA.changes.map((line) => ({ line, ref: refOf(line.from), province: line.province ? foldKey(line.province) : null })));

/**
 * A successor can itself change later; the chain is followed this many steps at most (the 2025
 * data has no chain; a bound keeps a cycle in a hand-edited file from looping).
 */
export const MAX_CHAIN = 4;

/** The first day a change counts: the day given, or 1 January after the year given alone. */
export function effectiveDay(effective: string): string {
  return /^\d{4}$/.test(effective) ? `${Number(effective) + 1}-01-01` : effective;
}

/** The data's line for a body in a province: the province's own line first, else the line for everywhere. */
function lineFor(ref: UnitRef, province: string | null): Prepared | null {
  const key = province === null ? null : foldKey(province);
  let general: Prepared | null = null;
  for (const p of LINES()) {
    if (!sameUnit(ref, p.ref)) continue;
    if (p.province === null) general ??= p;
    else if (p.province === key) return p;
  }
  return general;
}

/**
 * Who does the work of `name` on `asOf` (YYYY-MM-DD), in `province` (a plan's province, e.g.
 * "Hà Tĩnh"; null when not known): null when the data knows no change of that body by then.
 */
export function successorsOf(name: string | UnitRef, asOf: string, province: string | null = null): Succession | null {
  const ref = typeof name === 'string' ? refOf(name) : name;
  const first = lineFor(ref, province);
  if (first === null || effectiveDay(first.line.effective) > asOf) return null;
  return answer(first, province, asOf);
}

function answer(p: Prepared, province: string | null, asOf: string): Succession {
  const { line } = p;
  const unknown = line.to === null;
  // Where the successor is not known, the note says so, in both languages as the data's own notes.
  const missing = (lang: Lang): string => (province ? t(lang, 'succession.notKnownIn', { province }) : t(lang, 'succession.notKnownNoProvince'));
  const with_ = (text: string | undefined, lang: Lang): string | null => (unknown ? `${text ? `${text}; ` : ''}${missing(lang)}` : (text ?? null));
  return {
    from: line.from,
    kind: line.kind as SuccessionKind,
    effective: line.effective,
    to: unknown ? [] : followChain(line.to ?? [], province, asOf),
    province: line.province ?? null,
    unknown,
    note: with_(line.note, 'en'),
    noteVi: with_(line.noteVi ?? line.note, 'vi'),
    sources: line.sources,
    dataVersion: DATA.version,
  };
}

/** Replaces successors that themselves changed by `asOf` with theirs, MAX_CHAIN steps at most. */
function followChain(to: readonly { name: string; scope?: string; scopeVi?: string }[], province: string | null, asOf: string): SuccessorUnit[] {
  let current: SuccessorUnit[] = to.map((u) => ({ name: u.name, scope: u.scope ?? null, scopeVi: u.scopeVi ?? u.scope ?? null }));
  for (let step = 0; step < MAX_CHAIN; step++) {
    let changed = false;
    current = current.flatMap((s) => {
      const next = lineFor(refOf(s.name), province);
      if (next === null || next.line.to === null || effectiveDay(next.line.effective) > asOf) return [s];
      changed = true;
      return next.line.to.map((u) => ({ name: u.name, scope: u.scope ?? s.scope, scopeVi: u.scopeVi ?? u.scope ?? s.scopeVi }));
    });
    if (!changed) break;
  }
  return current;
}

/**
 * The bodies whose work `query` (a unit as people type it) now does, on `asOf`, in `province`:
 * "Sở Tài chính" → Sở Kế hoạch và Đầu tư; "Sở Khoa học và Công nghệ" → Sở Thông tin và Truyền
 * thông (a split: that unit is one of its successors).
 */
export function predecessorsOf(query: string, asOf: string, province: string | null = null): Succession[] {
  const matches = createUnitMatcher(query);
  const seen = new Set<string>();
  const out: Succession[] = [];
  for (const p of LINES()) {
    if (seen.has(p.line.from)) continue;
    const s = successorsOf(p.ref, asOf, province);
    if (s === null || !s.to.some((t) => isTheUnit(matches(refOf(t.name))))) continue;
    seen.add(p.line.from);
    out.push(s);
  }
  return out;
}

function isTheUnit(kind: ReturnType<ReturnType<typeof createUnitMatcher>>): boolean {
  return kind === 'exact' || kind === 'alias' || kind === 'prefix';
}

