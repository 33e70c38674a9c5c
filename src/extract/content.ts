import type { ContentArea } from '../model/types.js';
import type { OutlineNode } from '../outline/build.js';
import { roleOfTitle } from '../outline/roles.js';
import { statementsOf } from './items.js';
import type { ExtractContext } from './context.js';

/** The content areas of "NỘI DUNG" / "NHIỆM VỤ (VÀ GIẢI PHÁP)": one per sub-section. */
export function extractContent(sections: readonly OutlineNode[], ctx: ExtractContext): ContentArea[] {
  const out: ContentArea[] = [];
  for (const s of sections) {
    if (roleOfTitle(s.title) !== 'content') continue;
    const areas = s.children.length ? s.children : [s];
    for (const a of areas) {
      out.push({ id: a.id, title: a.title, items: statementsOf(a).map((st) => st.text), source: ctx.locate(a.para?.offset ?? 0) });
    }
  }
  return out;
}
