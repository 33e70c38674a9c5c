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

/** Hard-wraps every line that is not a table row at `width` columns, at spaces (a typed file). */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.includes('\t') || line.length <= width) return line;
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && `${cur} ${w}`.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      if (cur) out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

/** The text with its blank lines removed: one line per paragraph, as a copy out of Word gives it. */
export const withoutBlankLines = (t: string): string => t.replace(/\n[ \t]*\n+/g, '\n');
