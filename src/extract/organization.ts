import type { Responsibility, Source, UnitRef } from '../model/types.js';
import sections from '../../data/sections.json' with { type: 'json' };
import { GAZETTEER } from '../units/data.js';
import type { OutlineNode } from '../outline/build.js';
import { roleOfTitle } from '../outline/roles.js';
import { foldKey } from '../input/keys.js';
import { splitUnits } from '../units/split.js';
import { statementsOf } from './items.js';
import type { ExtractContext } from './context.js';

const R = sections.responsibility;
const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/\s+/g, '\\s+')).join('|');
// "Đề nghị" addresses a body the issuer cannot command (a Party committee, the Front).
const REQUEST = new RegExp(`^(?:${alt(R.requestPrefixes)})\\s*:?\\s+`, 'iu');
const LEAD_IN = new RegExp(`^(?:${alt(R.leadIns)})\\s*:?\\s+`, 'u');
// A predicate ends the units of a heading written as a sentence ("… tỉnh chủ trì, phối hợp
// …"); it is a whole word, after at least one word of the unit's name.
const PREDICATE = new RegExp(`(?<=\\S\\s)(?:${alt(R.predicates)})(?=[\\s,])`, 'u');

/**
 * One responsibility per numbered part of "TỔ CHỨC THỰC HIỆN" (or "PHÂN CÔNG NHIỆM VỤ"): the
 * units its heading names and the duties under it. A heading "Sở X: text" carries its first
 * duty on the same line; a heading written as a sentence ("Sở Tài chính chủ trì, phối hợp …")
 * names its units before the verb and is its own first duty. A part that names no unit (a
 * closing note such as "Quá trình thực hiện nếu có khó khăn …") is not a responsibility.
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
  // The heading stays as written ("Đề nghị Ban Tuyên giáo Tỉnh ủy"); the units are read
  // after the request or lead-in words.
  const written = c.title.trim();
  let heading = written.replace(/[.:]\s*$/, '').trim();
  const mode = REQUEST.test(heading) ? 'requested' : 'assigned';
  const duties: string[] = [];
  const dutySources: Source[] = [];
  const skipped = heading.length - heading.replace(REQUEST, '').replace(LEAD_IN, '').length;
  const body = heading.slice(skipped);
  const colon = body.indexOf(':');
  const verb = PREDICATE.exec(body);
  let named = body;
  if (colon > 0 && colon < 160 && (!verb || verb.index > colon)) {
    const after = written.slice(skipped + colon + 1).trim();
    named = body.slice(0, colon).trim();
    heading = heading.slice(0, skipped + colon).replace(/\s*:\s*$/, '').trim();
    if (after) {
      duties.push(after);
      dutySources.push(ctx.locate(c.para?.offset ?? 0));
    }
  } else if (verb) {
    duties.push(written);
    dutySources.push(ctx.locate(c.para?.offset ?? 0));
    named = body.slice(0, verb.index).replace(/[\s,]+$/, '').trim();
    heading = heading.slice(0, skipped) + named;
  }
  if (!startsWithUnit(named)) return null;
  const units: UnitRef[] = splitUnits(named).map(({ text, name, collective, person, role }) => ({ text, name, collective, person, role }));
  if (!units.length) return null;
  for (const st of statementsOf(c)) {
    duties.push(st.text);
    dutySources.push(ctx.locate(st.offset));
  }
  return { id: c.id, heading: heading.trim(), units, mode, duties, dutySources, source: ctx.locate(c.para?.offset ?? 0) };
}

const HEADS = [...GAZETTEER.heads.map((h) => h.head), ...GAZETTEER.titles, ...GAZETTEER.collectiveMarkers]
  .map((h) => foldKey(h))
  .filter(Boolean);
const ABBREVIATIONS = new Set(Object.keys(GAZETTEER.abbreviations));

/** Whether a heading opens with a unit: a head word ("Sở", "Công an"), a title ("Thủ trưởng"), a collective ("Các …") or an abbreviation ("UBND"). */
function startsWithUnit(heading: string): boolean {
  const f = foldKey(heading);
  if (HEADS.some((h) => f === h || f.startsWith(`${h} `))) return true;
  const first = heading.split(/[\s,;]+/)[0] ?? '';
  return ABBREVIATIONS.has(first.replace(/[&.\-]/g, '').toUpperCase()) && first === first.toUpperCase();
}
