import type { Plan } from '../model/types.js';

/** A plan with the name the user gave its file (the CLI's LoadedPlan has this shape). */
export interface PlanInput {
  readonly file: string;
  readonly plan: Plan;
}

/** Which document a result comes from, when a query reads several. */
export interface DocumentRef {
  readonly number: string | null;
  readonly file: string | null;
}

/** Accepts LoadedPlan objects from the CLI or bare Plans from a script. */
export function toPlanInputs(plans: readonly (PlanInput | Plan)[]): PlanInput[] {
  return plans.map((p) => ('plan' in p && 'file' in p ? p : { file: p.source.path ?? '-', plan: p }));
}

export function documentRef(input: PlanInput): DocumentRef {
  return { number: input.plan.document.number, file: input.file };
}
