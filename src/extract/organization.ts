import type { Responsibility, UnitRef } from '../model/types.js';
import type { OutlineNode } from '../outline/build.js';
import { roleOfTitle } from '../outline/roles.js';
import { foldKey } from '../input/keys.js';
import { splitUnits } from '../units/split.js';
import { statementsOf } from './items.js';
import type { ExtractContext } from './context.js';

// "Đề nghị" addresses a body the issuer cannot command (a Party committee, the Front).
const REQUEST = /^(?:Đề nghị|Kính đề nghị|Đề xuất)\s+/iu;

/**
 * One responsibility per numbered part of "TỔ CHỨC THỰC HIỆN" (or "PHÂN CÔNG NHIỆM VỤ"): the
 * units its heading names and the duties under it. A heading "Sở X: text" carries its first
 * duty on the same line.
 */
export function extractResponsibilities(sections: readonly OutlineNode[], ctx: ExtractContext): Responsibility[] {
  const out: Responsibility[] = [];
  for (const s of sections) {
    if (roleOfTitle(s.title) !== 'organization') continue;
    for (const c of s.children) {
      if (roleOfTitle(c.title) === 'funding') continue;
      const r = responsibilityOf(c, ctx);
      if (r) out.push(r);
    }
  }
  return out;
}

function responsibilityOf(c: OutlineNode, ctx: ExtractContext): Responsibility | null {
  let heading = c.title.replace(/[.:]\s*$/, '').trim();
  const duties: string[] = [];
  const dutySources = [];
  const colon = heading.indexOf(':');
  if (colon > 0 && colon < 160) {
    const after = heading.slice(colon + 1).trim();
    heading = heading.slice(0, colon).trim();
    if (after) {
      duties.push(after);
      dutySources.push(ctx.locate(c.para?.offset ?? 0));
    }
  }
  const mode = REQUEST.test(heading) ? 'requested' : 'assigned';
  const named = heading.replace(REQUEST, '');
  const units: UnitRef[] = splitUnits(named).map(({ text, name, collective }) => ({ text, name, collective }));
  if (!units.length) return null;
  for (const st of statementsOf(c)) {
    duties.push(st.text);
    dutySources.push(ctx.locate(st.offset));
  }
  return { id: c.id, heading, units, mode, duties, dutySources, source: ctx.locate(c.para?.offset ?? 0) };
}

/** Whether a section title reads like a unit heading rather than a theme. */
export function isOrganizationSection(n: OutlineNode): boolean {
  return roleOfTitle(n.title) === 'organization' || foldKey(n.title).startsWith('trach nhiem');
}
