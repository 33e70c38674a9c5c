import type { Plan, Reporting, Responsibility, Unit } from '../model/types.js';
import { unitSuccessor } from './as-of.js';
import type { Succession } from '../units/successors.js';
import { toPlanInputs, documentRef, type DocumentRef, type PlanInput } from './plan-input.js';
import { findTasks, type TaskHit } from './tasks.js';
import { bestMatch, matchingUnitNames, suggestUnitNames, unitMatcher, type MatchKind, type UnitKnowledge } from './unit-match.js';

/** A unit of one document, as `plan units` lists it. */
export interface UnitEntry extends Unit {
  readonly document: DocumentRef;
  /** With an as-of date: who does the unit's work on that day (null: no change known). */
  readonly successor?: Succession | null;
}

/** Every unit of every plan, each plan's units in the model's order; with `asOf`, each with its successor. */
export function listUnits(plans: readonly (PlanInput | Plan)[], asOf?: string): UnitEntry[] {
  return toPlanInputs(plans).flatMap((input) =>
    input.plan.units.map((unit) => ({
      ...unit,
      document: documentRef(input),
      ...(asOf !== undefined ? { successor: unitSuccessor({ text: unit.name, name: unit.name, collective: unit.collective, person: false, role: null }, asOf, input.plan) } : {}),
    })),
  );
}

export interface DossierResponsibility extends Responsibility {
  /** 'collective' when the heading names the unit only through a collective. */
  readonly match: MatchKind;
}

/** What one document asks of the unit. */
export interface DossierPart {
  readonly document: DocumentRef;
  /** Its sections of TỔ CHỨC THỰC HIỆN (and those of collectives that may include it, marked). */
  readonly responsibilities: readonly DossierResponsibility[];
  readonly lead: readonly TaskHit[];
  readonly support: readonly TaskHit[];
  /** Tasks led or supported by a collective that could include the unit. */
  readonly collective: readonly TaskHit[];
  /** The report the plan asks for, and by when; null when the plan sets none. */
  readonly reporting: Reporting | null;
}

export interface UnitDossier {
  readonly query: string;
  /** Canonical names of the units the query named directly, across the plans. */
  readonly units: readonly string[];
  /** One part per plan that asks anything of the unit, directly or through a collective. */
  readonly documents: readonly DossierPart[];
  /** When nothing matched: the closest unit names of the plans. */
  readonly suggestions: readonly string[];
}

/** `plan units FILE --unit NAME`: everything the plans ask of one unit. */
export function unitDossier(plans: readonly (PlanInput | Plan)[], query: string, knowledge: UnitKnowledge & { readonly asOf?: string } = {}): UnitDossier {
  const inputs = toPlanInputs(plans);
  const matcherOf = unitMatcher(query, knowledge);
  const documents: DossierPart[] = [];
  for (const input of inputs) {
    const responsibilities: DossierResponsibility[] = [];
    for (const r of input.plan.responsibilities) {
      const match = bestMatch(r.units, matcherOf(input.plan));
      if (match !== null) responsibilities.push({ ...r, match });
    }
    const base = { unit: query, aliases: knowledge.aliases ?? {}, parents: knowledge.parents ?? {}, ...(knowledge.asOf !== undefined ? { asOf: knowledge.asOf } : {}) };
    const lead = findTasks([input], { ...base, role: 'lead' }).filter((t) => t.match !== 'collective');
    const taken = new Set(lead.map((t) => t.id));
    const support = findTasks([input], { ...base, role: 'support' }).filter((t) => t.match !== 'collective' && !taken.has(t.id));
    for (const t of support) taken.add(t.id);
    const collective = findTasks([input], { ...base, includeCollective: true }).filter((t) => t.match === 'collective' && !taken.has(t.id));
    if (responsibilities.length === 0 && lead.length === 0 && support.length === 0 && collective.length === 0) continue;
    documents.push({ document: documentRef(input), responsibilities, lead, support, collective, reporting: input.plan.reporting });
  }
  const units = matchingUnitNames(inputs, matcherOf);
  const suggestions = units.length === 0 ? suggestUnitNames(inputs, query) : [];
  // A unit the plans never name may still be reached through collectives ("Các sở, ban,
  // ngành"): those parts are kept, and the suggestions tell the user the name was not found.
  return { query, units, documents, suggestions };
}
