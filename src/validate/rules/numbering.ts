import { placeOf } from '../../model/diagnostic.js';
import type { Section, Source, Task } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { examplePlan } from './example-plan.js';

// NĐ 30/2020, Phụ lục I (domain.md §1.9): points use the Vietnamese alphabet, which has đ after
// d and no f, j, w, z, so "g)" follows "e)" without a gap.
const LETTERS = 'abcdđeghiklmnopqrstuvxy';
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

type Kind = 'roman' | 'arabic' | 'letter' | 'upper';
interface Ordinal {
  readonly kind: Kind;
  /** For decimal numbers "2.3", the "2." part: siblings share it. */
  readonly prefix: string;
  readonly value: number;
}

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] as string] ?? 0;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Reads a marker as written ("IV", "3", "2.3", "đ", "B") as a position in its series. */
export function ordinalOf(marker: string): Ordinal | null {
  const m = marker.trim().replace(/[.)]+$/, '');
  if (/^[IVXLC]+$/.test(m)) return { kind: 'roman', prefix: '', value: romanValue(m) };
  const dec = /^((?:\d+\.)*)(\d+)$/.exec(m);
  if (dec) return { kind: 'arabic', prefix: dec[1] ?? '', value: Number(dec[2]) };
  const i = LETTERS.indexOf(m);
  if (m.length === 1 && i >= 0) return { kind: 'letter', prefix: '', value: i + 1 };
  if (/^[A-Z]$/.test(m)) return { kind: 'upper', prefix: '', value: m.charCodeAt(0) - 64 };
  return null;
}

function render(o: Ordinal): string {
  if (o.kind === 'letter') return LETTERS[o.value - 1] ?? '?';
  if (o.kind === 'upper') return String.fromCharCode(64 + o.value);
  if (o.kind === 'roman') {
    const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
    let n = o.value;
    let s = '';
    for (const [v, r] of table) while (n >= v) { s += r; n -= v; }
    return s;
  }
  return `${o.prefix}${o.value}`;
}

interface Numbered {
  readonly marker: string;
  readonly label: string;
  readonly source: Source;
  readonly taskId?: string;
}

/** Problems in one run of siblings: each item should be the one after the previous. */
function checkRun(items: readonly Numbered[], where: string): Finding[] {
  const out: Finding[] = [];
  let prev: { item: Numbered; o: Ordinal } | null = null;
  for (const item of items) {
    const o = ordinalOf(item.marker);
    if (!o) continue;
    if (prev && prev.o.kind === o.kind && prev.o.prefix === o.prefix) {
      const expected = { ...o, value: prev.o.value + 1 };
      if (o.value !== expected.value) {
        const what = o.value === prev.o.value ? 'repeats' : o.value < prev.o.value ? 'goes back after' : 'skips ahead after';
        out.push({
          message:
            `${item.label} is numbered "${item.marker}", which ${what} "${prev.item.marker}" ${where}; ` +
            `the next number is "${render(expected)}". Renumber it, or restore the missing item.`,
          place: placeOf(item.source),
          expected: render(expected),
          actual: item.marker,
          ...(item.taskId ? { taskId: item.taskId } : {}),
        });
      }
    }
    prev = { item, o };
  }
  return out;
}

function checkOutline(sections: readonly Section[], parent: string | null): Finding[] {
  const where = parent ? `under section ${parent}` : 'at the top level';
  const out = checkRun(
    sections.map((s) => ({ marker: s.number, label: `Section ${s.id}`, source: s.source })),
    where,
  );
  for (const s of sections) for (const d of checkOutline(s.children, s.id)) out.push(d);
  return out;
}

function checkTasks(tasks: readonly Task[]): Finding[] {
  const byAppendix = new Map<string, Task[]>();
  for (const t of tasks) {
    if (t.origin !== 'appendix') continue;
    const key = t.appendix ?? '';
    const list = byAppendix.get(key) ?? [];
    list.push(t);
    byAppendix.set(key, list);
  }
  const out: Finding[] = [];
  for (const [, list] of byAppendix) {
    const item = (t: Task): Numbered => ({ marker: t.number, label: `Task ${t.id}`, source: t.source, taskId: t.id });
    // Plans either restart STT in each group (Hà Tĩnh 446) or number continuously across the
    // groups (Đồng Tháp 617): take whichever reading the table follows better.
    const groups = new Map<string, Task[]>();
    for (const t of list) {
      const id = t.group?.id ?? '';
      const members = groups.get(id);
      if (members) members.push(t);
      else groups.set(id, [t]);
    }
    const perGroup = [...groups.entries()].flatMap(([g, ts]) => checkRun(ts.map(item), g ? `in group ${g}` : 'in the table'));
    const continuous = checkRun(list.map(item), 'in the table');
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
