import type { Reporting } from '../model/types.js';
import type { OutlineNode } from '../outline/build.js';
import { walk } from '../outline/build.js';
import { roleOfTitle, isReportingTitle } from '../outline/roles.js';
import { foldKey } from '../input/keys.js';
import { findDeadline } from './deadline.js';
import type { ExtractContext } from './context.js';

/**
 * The report the plan asks for and its deadline: a sentence about reporting ("báo cáo kết quả
 * … trước ngày 10/12/2020") in TỔ CHỨC THỰC HIỆN or a "CHẾ ĐỘ BÁO CÁO" section.
 */
export function extractReporting(root: OutlineNode, ctx: ExtractContext): Reporting | null {
  const candidates: { text: string; offset: number }[] = [];
  for (const top of root.children) {
    if (roleOfTitle(top.title) !== 'organization' && !isReportingTitle(top.title)) continue;
    for (const n of [top, ...walk(top)]) {
      for (const i of n.items) candidates.push({ text: i.text, offset: i.para.offset });
      if (isReportingTitle(n.title) && n.title.includes(' ')) candidates.push({ text: n.title, offset: n.para?.offset ?? 0 });
    }
  }
  let fallback: Reporting | null = null;
  for (const c of candidates) {
    if (!foldKey(c.text).includes('bao cao')) continue;
    const d = findDeadline(c.text);
    const rep: Reporting = {
      deadline: d?.date ?? null,
      recurring: d?.recurring ?? false,
      ...(d?.month != null ? { month: d.month } : {}),
      ...(d?.day != null ? { day: d.day } : {}),
      text: c.text,
      source: ctx.locate(c.offset),
    };
    if (d) return rep;
    fallback ??= rep;
  }
  return fallback;
}
