import { emptyPlan } from '../setup/empty-plan.js';
import type { Plan, Responsibility, Task, Timeframe, Unit, UnitRef } from '../../src/model/types.js';

/** Small hand-made plans for query tests: every field a query reads, nothing a parser would add. */
export const src = { kind: 'line', line: 1, column: 1 } as const;

export function ref(text: string, name = text, collective = /^(các|ubnd các)\b/i.test(text)): UnitRef {
  return { text, name, collective, person: false, role: null };
}

export function year(y: number): Timeframe {
  return { text: String(y), kind: 'date', start: `${y}-01-01`, end: `${y}-12-31` };
}

export function task(id: string, description: string, lead: UnitRef[], support: UnitRef[], timeframe: Timeframe | null = year(2020)): Task {
  const [g, n] = id.includes('.') ? id.split('.') : [null, id];
  return {
    id,
    origin: 'appendix',
    appendix: 'PL',
    group: g ? { id: g, title: `Nhóm ${g}` } : null,
    number: n ?? id,
    parent: null,
    description,
    lead,
    support,
    timeframe,
    extra: {},
    source: src,
  };
}

export function responsibility(id: string, heading: string, units: UnitRef[], duties: string[]): Responsibility {
  return { id, heading, units, mode: heading.startsWith('Đề nghị') ? 'requested' : 'assigned', duties, dutySources: duties.map(() => src), source: src };
}

/** Units derived from the tasks and responsibilities, as the model lists them. */
function unitsOf(tasks: readonly Task[], responsibilities: readonly Responsibility[]): Unit[] {
  const map = new Map<string, { name: string; variants: Set<string>; collective: boolean; lead: string[]; support: string[]; responsibilities: string[] }>();
  const get = (r: UnitRef) => {
    let u = map.get(r.name);
    if (!u) map.set(r.name, (u = { name: r.name, variants: new Set(), collective: r.collective, lead: [], support: [], responsibilities: [] }));
    u.variants.add(r.text);
    return u;
  };
  for (const t of tasks) {
    for (const r of t.lead) get(r).lead.push(t.id);
    for (const r of t.support) get(r).support.push(t.id);
  }
  for (const r of responsibilities) for (const u of r.units) get(u).responsibilities.push(r.id);
  return [...map.values()].map((u) => ({ ...u, variants: [...u.variants] }));
}

export function plan(parts: { number?: string | null; path?: string | null; date?: string | null; tasks?: Task[]; responsibilities?: Responsibility[] }): Plan {
  const tasks = parts.tasks ?? [];
  const responsibilities = parts.responsibilities ?? [];
  return emptyPlan({
    source: { path: parts.path ?? null, format: 'text', sha256: '0'.repeat(64) },
    document: { number: parts.number === undefined ? '1/KH-UBND' : parts.number, date: parts.date ?? null, title: 'Kế hoạch thử' },
    responsibilities,
    reporting: { deadline: '2020-12-10', recurring: false, text: 'báo cáo trước ngày 10/12/2020', source: src },
    tasks,
    units: unitsOf(tasks, responsibilities),
  });
}
