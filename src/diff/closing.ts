import type { Appendix, Plan } from '../model/types.js';
import { diffTextList, pairWorded, substantiveList, worded, type Worded } from './lists.js';
import { changedText, partRef, substantiveText } from './refs.js';
import { wordingKey } from './text.js';
import type { AppendixChange, FundingChange, ReportingChange } from './types.js';

/** KINH PHÍ: one text. */
export function diffFunding(oldPlan: Plan, newPlan: Plan): FundingChange[] {
  const a = oldPlan.funding;
  const b = newPlan.funding;
  if (a === null && b === null) return [];
  const base = { part: 'funding' as const, old: a && partRef(null, a.source, a.text), new: b && partRef(null, b.source, b.text) };
  if (a === null || b === null) return [{ ...base, kind: a === null ? 'added' : 'removed', substantive: true, text: null }];
  const text = changedText(a.text, b.text);
  return text === null ? [] : [{ ...base, kind: 'changed', substantive: substantiveText(text), text }];
}

/** CHẾ ĐỘ BÁO CÁO: the deadline, and the sentence that sets it. */
export function diffReporting(oldPlan: Plan, newPlan: Plan): ReportingChange[] {
  const a = oldPlan.reporting;
  const b = newPlan.reporting;
  if (a === null && b === null) return [];
  const base = { part: 'reporting' as const, old: a && partRef(null, a.source, a.text), new: b && partRef(null, b.source, b.text) };
  if (a === null || b === null) return [{ ...base, kind: a === null ? 'added' : 'removed', substantive: true, deadline: null, text: null }];
  const deadline = a.deadline === b.deadline ? null : { old: a.deadline, new: b.deadline };
  const text = changedText(a.text, b.text);
  if (deadline === null && text === null) return [];
  return [{ ...base, kind: 'changed', substantive: deadline !== null || substantiveText(text), deadline, text }];
}

const appendix = (a: Appendix): Worded<Appendix> => worded(a, a.id, wordingKey(a.title), a.title);

/** Each appendix: its title, its "(Kèm theo …)" line, its group rows. Its tasks are the task diff's. */
export function diffAppendices(oldPlan: Plan, newPlan: Plan): AppendixChange[] {
  const out: AppendixChange[] = [];
  for (const pair of pairWorded(oldPlan.appendices.map(appendix), newPlan.appendices.map(appendix))) {
    const o = pair.old?.part ?? null;
    const n = pair.new?.part ?? null;
    const base = { part: 'appendix' as const, old: o && partRef(o.id, o.source, o.title), new: n && partRef(n.id, n.source, n.title) };
    if (o === null || n === null) {
      out.push({ ...base, kind: o === null ? 'added' : 'removed', substantive: true, title: null, reference: null, groups: null });
      continue;
    }
    const title = changedText(o.title, n.title);
    const reference = changedText(o.reference?.text ?? '', n.reference?.text ?? '');
    const groups = diffTextList(
      o.groups.map((g) => g.title),
      n.groups.map((g) => g.title),
    );
    if (title === null && reference === null && groups === null) continue;
    const substantive = substantiveText(title) || substantiveText(reference) || substantiveList(groups);
    out.push({ ...base, kind: 'changed', substantive, title, reference, groups });
  }
  return out;
}
