import type { Objective } from '../model/types.js';
import type { OutlineNode } from '../outline/build.js';
import { objectiveKindOf, roleOfTitle } from '../outline/roles.js';
import { statementsOf } from './items.js';
import type { ExtractContext } from './context.js';

/** Purposes, requirements and targets from the "MỤC ĐÍCH, YÊU CẦU" / "MỤC TIÊU" sections. */
export function extractObjectives(sections: readonly OutlineNode[], ctx: ExtractContext): Objective[] {
  const out: Objective[] = [];
  for (const s of sections) {
    if (roleOfTitle(s.title) !== 'objectives') continue;
    const own = objectiveKindOf(s.title) ?? 'purpose';
    const kinds = s.children.map((c) => objectiveKindOf(c.title));
    if (kinds.some((k) => k !== null)) {
      s.children.forEach((c, i) => {
        const kind = kinds[i];
        if (!kind) return;
        for (const st of statementsOf(c)) out.push({ id: st.id, kind, text: st.text, source: ctx.locate(st.offset) });
      });
    } else {
      for (const st of statementsOf(s)) out.push({ id: st.id, kind: own, text: st.text, source: ctx.locate(st.offset) });
    }
  }
  return out;
}
