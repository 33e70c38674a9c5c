/** Reading a plan from text written for a layout test, and the parts the tests look at. */
import { parsePlan } from '../../src/index.js';
import type { Plan, Section } from '../../src/model/types.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

export function read(text: string, path = 'plan.txt'): { plan: Plan; diagnostics: readonly Diagnostic[] } {
  return parsePlan(text, { path });
}

/** Every section as "id title", depth first. */
export function outline(plan: Plan): string[] {
  const out: string[] = [];
  const stack: Section[] = [...plan.outline].reverse();
  while (stack.length) {
    const s = stack.pop() as Section;
    out.push(`${s.id} ${s.title}`);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i] as Section);
  }
  return out;
}

/** The header fields the lead measures: number, date, place, issuer, signer. */
export function header(plan: Plan): Record<string, string | null> {
  const d = plan.document;
  return { number: d.number, date: d.date, place: d.place, issuer: d.issuer, title: d.title, capacity: d.signature?.capacity ?? null, signerTitle: d.signature?.title ?? null, signer: d.signature?.signer ?? null };
}

/** Tasks as "id number [parent] lead…", for a compact comparison. */
export function taskLines(plan: Plan): string[] {
  return plan.tasks.map((t) => `${t.id} ${t.number}${t.parent ? ` ^${t.parent}` : ''} | ${t.lead.map((u) => u.name).join('; ')}`);
}

export function rules(diagnostics: readonly Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((d) => d.ruleId === ruleId);
}
