import type { Plan, Section } from '../model/types.js';
import { pairWorded, worded, type Worded } from './lists.js';
import { changedText, partRef, substantiveText } from './refs.js';
import { wordingKey } from './text.js';
import type { SectionChange } from './types.js';

/**
 * The sections of the outline, in reading order (an explicit stack: the outline comes from
 * input), leaving out those another part reports: a section of TỔ CHỨC THỰC HIỆN is a
 * responsibility, and a body task is a task.
 */
function sectionsOf(plan: Plan): Worded<Section>[] {
  const reported = new Set([...plan.responsibilities.map((r) => r.id), ...plan.tasks.filter((t) => t.origin === 'body').map((t) => t.id)]);
  const out: Worded<Section>[] = [];
  const stack: Section[] = [...plan.outline].reverse();
  while (stack.length > 0) {
    const s = stack.pop() as Section;
    if (!reported.has(s.id)) out.push(worded(s, s.id, wordingKey(s.title), s.title));
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i] as Section);
  }
  return out;
}

export function diffSections(oldPlan: Plan, newPlan: Plan): SectionChange[] {
  const out: SectionChange[] = [];
  for (const { old, new: nu } of pairWorded(sectionsOf(oldPlan), sectionsOf(newPlan))) {
    const o = old?.part ?? null;
    const n = nu?.part ?? null;
    const base = { part: 'section' as const, old: o && partRef(o.id, o.source, o.title), new: n && partRef(n.id, n.source, n.title) };
    if (o === null || n === null) {
      out.push({ ...base, kind: o === null ? 'added' : 'removed', substantive: true, moved: false, title: null });
      continue;
    }
    const moved = o.id !== n.id;
    const title = changedText(o.title, n.title);
    if (!moved && title === null) continue;
    out.push({ ...base, kind: 'changed', substantive: moved || substantiveText(title), moved, title });
  }
  return out;
}
