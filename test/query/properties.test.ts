import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/parse-plan.js';
import { findTasks, type TaskFilters } from '../../src/query/tasks.js';

// Invariants of findTasks over the sample, for names taken from the document and random text.
const FILE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const { plan } = parsePlan(readFileSync(fileURLToPath(new URL(`../../${FILE}`, import.meta.url))), { path: FILE });
const sample = [{ file: FILE, plan }];
const names = [...new Set(plan.units.flatMap((u) => [u.name, ...u.variants]))];
const ids = (f: TaskFilters): string[] => findTasks(sample, f).map((t) => t.id);
const order = plan.tasks.map((t) => t.id);

const unitArb = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 20 }));
const filterArb = fc.record(
  {
    group: fc.constantFrom('I', 'II', 'III', 'IV', 'V'),
    in: fc.constantFrom(2019, 2020, 2021),
    grep: fc.constantFrom('asean', 'hội thảo', 'xyz', ''),
  },
  { requiredKeys: [] },
);

describe('findTasks invariants (property)', () => {
  it('role any is exactly lead ∪ support; results keep document order', () => {
    fc.assert(
      fc.property(unitArb, filterArb, (unit, f) => {
        const any = ids({ ...f, unit });
        const both = new Set([...ids({ ...f, unit, role: 'lead' }), ...ids({ ...f, unit, role: 'support' })]);
        expect(new Set(any)).toEqual(both);
        expect(any).toEqual(order.filter((id) => any.includes(id)));
      }),
      { numRuns: 150 },
    );
  });

  it('include-collective only adds tasks, each marked collective', () => {
    fc.assert(
      fc.property(unitArb, filterArb, (unit, f) => {
        const plain = ids({ ...f, unit });
        const wide = findTasks(sample, { ...f, unit, includeCollective: true });
        expect(wide.map((t) => t.id)).toEqual(expect.arrayContaining(plain));
        for (const t of wide) if (!plain.includes(t.id)) expect(t.match).toBe('collective');
      }),
      { numRuns: 150 },
    );
  });

  it('every filter only narrows: adding one never adds a task', () => {
    fc.assert(
      fc.property(unitArb, filterArb, filterArb, (unit, f, g) => {
        const narrow = ids({ ...g, ...f, unit }); // f kept, g adds the filters f lacks
        const wide = ids({ ...f, unit });
        for (const id of narrow) expect(wide).toContain(id);
      }),
      { numRuns: 150 },
    );
  });

  it('a name the document writes always finds its unit\'s tasks', () => {
    for (const unit of plan.units) {
      for (const variant of unit.variants) {
        const expected = [...unit.lead, ...unit.support];
        expect(ids({ unit: variant }), variant).toEqual(expect.arrayContaining(expected));
      }
    }
  });

  it('never throws on any text as a unit name or grep', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 10 }), (unit, grep) => {
        findTasks(sample, { unit, grep, includeCollective: true });
      }),
      { numRuns: 200 },
    );
  });
});
