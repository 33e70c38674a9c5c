import { emptyPlan } from '../setup/empty-plan.js';
import type { Plan, Responsibility, Task, UnitRef, Source } from '../../src/model/types.js';

/** Hand-built plans for rule tests: only the parts a test names, the rest empty. */
export function src(line: number, column = 1): Source {
  return { kind: 'line', line, column };
}

export function unit(text: string, collective = /^(các|ubnd các)\b/i.test(text)): UnitRef {
  return { text, name: text, collective, person: false, role: null };
}

export function task(id: string, description: string, lead: string[], support: string[], line: number, extra: Partial<Task> = {}): Task {
  const [group, number] = id.includes('.') ? (id.split('.') as [string, string]) : [null, id];
  return {
    id,
    origin: 'appendix',
    appendix: 'PL',
    group: group ? { id: group, title: `Group ${group}` } : null,
    number,
    parent: null,
    description,
    lead: lead.map((t) => unit(t)),
    support: support.map((t) => unit(t)),
    timeframe: { text: '2020', kind: 'date', start: '2020-01-01', end: '2020-12-31' },
    extra: {},
    source: src(line),
    leadSource: src(line, 40),
    supportSource: src(line, 60),
    ...extra,
  };
}

export function resp(id: string, heading: string, units: UnitRef[], duties: string[], line: number): Responsibility {
  return {
    id,
    heading,
    units,
    mode: 'assigned',
    duties,
    dutySources: duties.map((_, i) => src(line + 2 + 2 * i)),
    source: src(line),
  };
}

export function plan(parts: Partial<Plan> = {}): Plan {
  return emptyPlan({
    ...parts,
    document: {
      number: '446/KH-UBND',
      place: 'Hà Tĩnh',
      date: '2019-12-16',
      title: 'Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh Hà Tĩnh',
      ...parts.document,
    },
  });
}
