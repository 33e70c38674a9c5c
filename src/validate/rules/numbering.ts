import { placeOf } from '../../model/diagnostic.js';
import type { Section, Source, Task } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { follows, nextOrdinal, readSeries, renderOrdinal, type Ordinal } from '../../model/numbering.js';
import { examplePlan } from './example-plan.js';
import { msg, type Msg } from '../../i18n/index.js';

// The numbering lexicon (model/numbering.ts) reads each marker: NĐ 30/2020 Phụ lục I letters
// with đ after d, "C." and "D." letters among letters and Roman only among Roman siblings.
interface Numbered {
  readonly marker: string;
  readonly label: Msg;
  readonly source: Source;
  readonly taskId?: string;
}

/** Problems in one run of siblings: each item should be the one after the previous. */
function checkRun(items: readonly Numbered[], where: Msg): Finding[] {
  const out: Finding[] = [];
  let prev: { item: Numbered; o: Ordinal } | null = null;
  const series = readSeries(items.map((i) => i.marker));
  items.forEach((item, k) => {
    const o = series[k];
    if (!o) return;
    if (prev && prev.o.kind === o.kind && prev.o.prefix === o.prefix) {
      const expected = nextOrdinal(prev.o);
      if (!follows(prev.o, o)) {
        const how = o.value === prev.o.value ? 'numbering.repeats' : o.value < prev.o.value ? 'numbering.goesBack' : 'numbering.skips';
        out.push({
          message: msg('numbering.outOfOrder', { item: item.label, marker: item.marker, how: msg(how), previous: prev.item.marker, where, expected: renderOrdinal(expected) }),
          place: placeOf(item.source),
          expected: renderOrdinal(expected),
          actual: item.marker,
          ...(item.taskId ? { taskId: item.taskId } : {}),
        });
      }
    }
    prev = { item, o };
  });
  return out;
}

function checkOutline(sections: readonly Section[], parent: string | null): Finding[] {
  const where = parent ? msg('numbering.underSection', { id: parent }) : msg('numbering.topLevel');
  const out = checkRun(
    sections.map((s) => ({ marker: s.number, label: msg('numbering.section', { id: s.id }), source: s.source })),
    where,
  );
  for (const s of sections) for (const d of checkOutline(s.children, s.id)) out.push(d);
  return out;
}

function checkTasks(tasks: readonly Task[]): Finding[] {
  const byAppendix = new Map<string, Task[]>();
  for (const t of tasks) {
    // A sub-row repeats its numbered row's STT (Task.parent): it is not a number of its own.
    if (t.origin !== 'appendix' || t.parent !== null) continue;
    const key = t.appendix ?? '';
    const list = byAppendix.get(key) ?? [];
    list.push(t);
    byAppendix.set(key, list);
  }
  const out: Finding[] = [];
  for (const [, list] of byAppendix) {
    const item = (t: Task): Numbered => ({ marker: t.number, label: msg('numbering.task', { id: t.id }), source: t.source, taskId: t.id });
    // Plans either restart STT in each group (Hà Tĩnh 446) or number continuously across the
    // groups (Đồng Tháp 617): take whichever reading the table follows better.
    const groups = new Map<string, Task[]>();
    for (const t of list) {
      const id = t.group?.id ?? '';
      const members = groups.get(id);
      if (members) members.push(t);
      else groups.set(id, [t]);
    }
    const perGroup = [...groups.entries()].flatMap(([g, ts]) => checkRun(ts.map(item), g ? msg('numbering.inGroup', { id: g }) : msg('numbering.inTable')));
    const continuous = checkRun(list.map(item), msg('numbering.inTable'));
    for (const d of continuous.length < perGroup.length ? continuous : perGroup) out.push(d);
  }
  return out;
}

export const numbering: Rule = {
  id: 'numbering',
  severity: 'warning',
  description: 'Section numbers or appendix STT have a gap, a repeat or go out of order (I, II, III; 1, 2, 3; a, b, c, d, đ, e).',
  check(ctx: RuleContext): Finding[] {
    return [...checkOutline(ctx.plan.outline, null), ...checkTasks(ctx.plan.tasks)];
  },
  examples: {
    notOk: examplePlan({
      body: ['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- Nâng cao nhận thức về ASEAN.', '3. Yêu cầu', '- Bám sát chủ đề của năm ASEAN.'],
    }),
    ok: examplePlan({
      body: ['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- Nâng cao nhận thức về ASEAN.', '2. Yêu cầu', '- Bám sát chủ đề của năm ASEAN.'],
    }),
  },
};
