import data from '../../data/assignments.json' with { type: 'json' };
import type { Appendix, Task } from '../model/types.js';
import type { Part } from '../outline/parts.js';
import { foldKey } from '../input/keys.js';

/**
 * "Cơ quan, đơn vị được nêu đầu tiên trong cột 'Cơ quan thực hiện' là cơ quan chủ trì": a plan
 * whose task table has one column of executors may say in its body that the first unit named in
 * a cell leads and the others support (data/assignments.json `clause.firstNamed`). Only when the
 * plan says so, and only in a table with no support column, are a task's units split that way:
 * without the sentence, every unit of an executor column leads.
 */
const FIRST_NAMED = data.clause.firstNamed.map(foldKey);
const LEAD_VERBS = data.clause.leadVerbs.map(foldKey);

/** Whether a sentence of the body says that the first-named unit leads. */
export function saysFirstNamedLeads(body: readonly Part[]): boolean {
  for (const p of body) {
    if (p.kind !== 'para') continue;
    for (const sentence of foldKey(p.text).split(/[.;]\s/u)) {
      if (FIRST_NAMED.some((w) => sentence.includes(w)) && LEAD_VERBS.some((v) => sentence.includes(v))) return true;
    }
  }
  return false;
}

/** The tasks, with the first-named unit leading in tables of one executor column (see above). */
export function firstNamedLead(tasks: readonly Task[], appendices: readonly Appendix[]): Task[] {
  const executorOnly = new Set(appendices.filter((a) => a.columns.some((c) => c.role === 'lead') && !a.columns.some((c) => c.role === 'support')).map((a) => a.id));
  return tasks.map((t) => {
    if (t.origin !== 'appendix' || t.appendix === null || !executorOnly.has(t.appendix) || t.lead.length < 2) return t;
    const [first, ...rest] = t.lead;
    return { ...t, lead: first ? [first] : [], support: [...rest, ...t.support], ...(t.leadSource ? { supportSource: t.supportSource ?? t.leadSource } : {}) };
  });
}
