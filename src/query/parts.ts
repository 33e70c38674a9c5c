import type { ContentArea, Objective, Plan, Responsibility } from '../model/types.js';
import { foldKey } from '../input/keys.js';
import { toPlanInputs, documentRef, type DocumentRef, type PlanInput } from './plan-input.js';
import { bestMatch, unitMatcher, type MatchKind, type UnitKnowledge } from './unit-match.js';

export interface ObjectiveEntry extends Objective {
  readonly document: DocumentRef;
}
export interface ContentEntry extends ContentArea {
  readonly document: DocumentRef;
}
export interface ResponsibilityEntry extends Responsibility {
  readonly document: DocumentRef;
  readonly match?: MatchKind;
}

export interface PartFilters extends UnitKnowledge {
  /** Text to find, compared without case or diacritics. */
  readonly grep?: string;
}

const has = (grep: string | undefined, ...texts: readonly string[]): boolean =>
  grep === undefined || texts.some((t) => foldKey(t).includes(foldKey(grep)));

/** `plan objectives`: the MỤC ĐÍCH, YÊU CẦU / MỤC TIÊU part of each plan. */
export function listObjectives(plans: readonly (PlanInput | Plan)[], filters: PartFilters = {}): ObjectiveEntry[] {
  return toPlanInputs(plans).flatMap((input) =>
    input.plan.objectives.filter((o) => has(filters.grep, o.text)).map((o) => ({ ...o, document: documentRef(input) })),
  );
}

/** `plan content`: the NỘI DUNG / NHIỆM VỤ areas; --grep keeps an area whose title or an item has the text. */
export function listContent(plans: readonly (PlanInput | Plan)[], filters: PartFilters = {}): ContentEntry[] {
  return toPlanInputs(plans).flatMap((input) =>
    input.plan.contentAreas.filter((a) => has(filters.grep, a.title, ...a.items)).map((a) => ({ ...a, document: documentRef(input) })),
  );
}

/**
 * `plan query responsibilities`: the sections of TỔ CHỨC THỰC HIỆN; with a unit, those whose
 * heading names it (and, with includeCollective, those of collectives that may include it).
 */
export function listResponsibilities(
  plans: readonly (PlanInput | Plan)[],
  filters: PartFilters & { readonly unit?: string; readonly includeCollective?: boolean } = {},
): ResponsibilityEntry[] {
  const matcherOf = filters.unit !== undefined ? unitMatcher(filters.unit, filters) : null;
  const out: ResponsibilityEntry[] = [];
  for (const input of toPlanInputs(plans)) {
    const matcher = matcherOf?.(input.plan) ?? null;
    for (const r of input.plan.responsibilities) {
      if (!has(filters.grep, r.heading, ...r.duties)) continue;
      const match = matcher !== null ? bestMatch(r.units, matcher) : null;
      if (matcher !== null && (match === null || (match === 'collective' && !filters.includeCollective))) continue;
      out.push({ ...r, document: documentRef(input), ...(match !== null ? { match } : {}) });
    }
  }
  return out;
}
