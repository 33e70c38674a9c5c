import type { Responsibility, Source, UnitRef } from '../model/types.js';
import { walk, type Item, type OutlineNode } from '../outline/build.js';
import { isReportingTitle, roleOfTitle } from '../outline/roles.js';
import { labelKind } from '../outline/labels.js';
import type { ExtractContext } from './context.js';
import { addressOf, mentionsAssignment, type Address, type AddressMode } from './unit-address.js';
import { placeInPara, readUnitRefs, type Place } from './unit-refs.js';
import { readAssignment } from './assignment-clause.js';
import { statementsOf } from './items.js';
import { tableResponsibilities } from './responsibility-table.js';
import { splitUnits } from '../units/split.js';
import { bodyKey, personKey } from '../units/identity.js';
import { compareSources } from '../model/source-order.js';
import { msg } from '../i18n/index.js';

/**
 * The responsibilities: every part that says what a unit must do (issue 3 §6, issue 12 §1–2).
 * In TỔ CHỨC THỰC HIỆN (and a section whose title says it assigns work, "PHÂN CÔNG NHIỆM VỤ")
 * every numbered part whose heading names units, at any depth: "1. Sở Xây dựng …" with "1.1.
 * Phòng …" beneath gives IV.1 and IV.1.1; a category part ("2. Các Sở, ban, ngành Thành phố:")
 * is a responsibility of its collective when it gives duties itself; a category that names no
 * unit ("1. Công tác triển khai") passes to its parts. In other sections, the parts inside a
 * numbered task that address units plainly ("a) Công an tỉnh: …"). When a part has no numbered
 * unit parts, its bullets that open with units ("- Sở Y tế: …") are its parts. A part that names
 * no unit (a closing note) is not a responsibility.
 */
export function extractResponsibilities(sections: readonly OutlineNode[], ctx: ExtractContext): Responsibility[] {
  const out: Responsibility[] = [];
  for (const s of sections) {
    const role = roleOfTitle(s.title);
    if (role === 'objectives' || role === 'funding') continue;
    const mode: AddressMode = role === 'organization' || mentionsAssignment(s.title) ? 'organization' : 'elsewhere';
    partsUnder(s, mode, ctx, out);
    // A table of duties per unit ("STT | Cơ quan, đơn vị | Nhiệm vụ"): a responsibility per row.
    for (const n of [s, ...walk(s)]) out.push(...tableResponsibilities(n, ctx));
  }
  return out.sort((a, b) => compareSources(a.source, b.source));
}

/**
 * The responsibilities under a section, in document order. A part's sub-parts that address units
 * are parts of their own; its other sub-parts are its duties. A node that addresses no unit is
 * looked into. An explicit stack, not recursion over the input.
 */
function partsUnder(section: OutlineNode, mode: AddressMode, ctx: ExtractContext, out: Responsibility[]): void {
  const found: Responsibility[] = [];
  // `units`: the bodies the node addresses, when it is a part; null for a section or category.
  type Entry = { readonly node: OutlineNode; readonly units: ReadonlySet<string> | null };
  const stack: Entry[] = [{ node: section, units: null }];
  while (stack.length) {
    const { node: n, units } = stack.pop() as Entry;
    const next: Entry[] = [];
    let addressed = false;
    const unread: OutlineNode[] = [];
    for (const c of n.children) {
      if (roleOfTitle(c.title) === 'funding' || labelKind(c.title.split(':')[0] ?? '')) continue;
      const a = subPart(c, mode, units);
      if (a) {
        addressed = true;
        const r = responsibilityOf(c, a, mode, ctx);
        if (r) found.push(r);
        next.push({ node: c, units: keysOf(a) });
      } else {
        if (!units) next.push({ node: c, units: null });
        if (mode === 'organization' && roleOfTitle(c.title) === 'other' && !isReportingTitle(c.title) && looksLikePart(c.title)) unread.push(c);
      }
    }
    // Never lose a part in silence: beside parts that were read, a heading of the same shape
    // ("4. Các bệnh viện tuyến tỉnh, …: Hỗ trợ …") whose units were not is reported.
    if (addressed) for (const c of unread) reportUnread(c, ctx);
    // Bullets are the parts only of TỔ CHỨC THỰC HIỆN or a category, never a unit's duties.
    if (!units && !addressed && mode === 'organization') found.push(...bulletParts(n, mode, ctx));
    for (let i = next.length - 1; i >= 0; i -= 1) stack.push(next[i] as Entry);
  }
  found.sort((a, b) => compareSources(a.source, b.source));
  out.push(...found);
}

// A part's heading names its units in a few words before the colon ("Sở Giáo dục và Đào tạo:",
// "Các bệnh viện tuyến tỉnh, Trung tâm Y tế khu vực:" has ten); a longer text before a colon
// is a sentence that introduces a list.
const MAX_PART_HEADING_WORDS = 14;

/** "Xxx …: duty": a capitalised heading of a few words, a colon and a duty after it. */
function looksLikePart(title: string): boolean {
  const colon = title.indexOf(':');
  if (colon <= 0 || !title.slice(colon + 1).trim()) return false;
  const head = title.slice(0, colon).trim();
  const first = head.charAt(0);
  return first !== first.toLowerCase() && head.split(/\s+/u).length <= MAX_PART_HEADING_WORDS;
}

function reportUnread(n: OutlineNode, ctx: ExtractContext): void {
  const head = n.title.slice(0, n.title.indexOf(':')).trim();
  ctx.report({
    ruleId: 'part-unread',
    severity: 'warning',
    message: msg('parse.partUnread', { id: n.id, text: head }),
    offset: n.para?.offset ?? 0,
  });
}

/** The bodies an address names, as identity keys (units/identity.ts); nothing is reported. */
function keysOf(a: Address): Set<string> {
  return new Set([a.units, a.also?.text ?? ''].flatMap((t) => splitUnits(t)).map((u) => (u.person ? personKey(u.name) : bodyKey(u.name))));
}

/**
 * A sub-part that addresses units other than its parent's is a part of its own ("1.1. Phòng …"
 * under "1. Sở Xây dựng …"); one that names only its parent's units is one of its duties ("2.
 * Sở Tài chính" → "a) Trên cơ sở …, Sở Tài chính tổng hợp …").
 */
function subPart(c: OutlineNode, mode: AddressMode, parent: ReadonlySet<string> | null): Address | null {
  const a = addressOf(c.title, mode);
  if (!a || !parent) return a;
  return [...keysOf(a)].every((k) => parent.has(k)) ? null : a;
}

/** Where the units of a node's title are, in the file. */
function titlePlace(n: OutlineNode): Place | null {
  return n.para ? placeInPara(n.para, n.title) : null;
}

function responsibilityOf(n: OutlineNode, a: Address, mode: AddressMode, ctx: ExtractContext): Responsibility | null {
  const place = titlePlace(n);
  const units = unitsOf(a, place, n.para?.offset ?? 0, ctx);
  if (!units.length) return null;
  const duties: string[] = [];
  const dutySources: Source[] = [];
  const at = (i: number): Source => ctx.locate(place ? place(i) : (n.para?.offset ?? 0));
  // "Cục Biến đổi khí hậu có trách nhiệm:" over its lettered duties only introduces them.
  const introduces = a.duty?.at === 0 && /:\s*$/u.test(n.title) && (n.items.length > 0 || n.children.length > 0);
  if (a.duty && !introduces) {
    duties.push(a.duty.text);
    dutySources.push(at(a.duty.at));
  }
  const keys = keysOf(a);
  const subs = new Set(n.children.filter((c) => subPart(c, mode, keys)));
  for (const st of statementsOf(n, (c) => !subs.has(c))) {
    duties.push(st.text);
    dutySources.push(ctx.locate(st.offset));
  }
  // A category part with unit parts beneath and no duty of its own is only a heading.
  if (!duties.length && subs.size) return null;
  return { id: n.id, heading: a.heading, units, mode: a.mode, duties, dutySources, source: ctx.locate(n.para?.offset ?? 0) };
}

/** The units of an address, read by the one unit reader; a role written as a predicate goes to the units. */
function unitsOf(a: Address, place: Place | null, offset: number, ctx: ExtractContext): UnitRef[] {
  const where = (i: number): number => (place ? place(a.at + i) : offset);
  if (a.repaired) {
    ctx.report({ ruleId: 'repair-unit-name', message: msg('parse.unitMarks', { written: a.repaired.from, read: a.repaired.to }), offset: where(0), expected: a.repaired.to, actual: a.repaired.from });
  }
  if (a.guessed) {
    ctx.report({ ruleId: 'unit-heading', message: msg('parse.unitHeading', { heading: a.heading, last: a.units.trim().split(/\s+/u).slice(-1)[0] ?? '' }), offset: where(0) });
  }
  const also = a.also;
  const units = [...readUnitRefs(a.units, where, ctx), ...(also ? readUnitRefs(also.text, (i) => where(also.at - a.at + i), ctx) : [])];
  const role = a.duty && a.duty.at === 0 ? readAssignment(a.duty.text).role : null;
  return role && units.length === 1 ? units.map((u) => ({ ...u, role: u.role ?? role })) : units;
}

/**
 * Bullets that are parts ("- Sở Y tế: …", "- Công an tỉnh chủ trì …") when a section has no
 * numbered unit parts: each is a responsibility, with the bullets of a lower kind under it as
 * duties; its id is the section's and the part's place among them ("IV.2").
 */
function bulletParts(n: OutlineNode, mode: AddressMode, ctx: ExtractContext): Responsibility[] {
  const out: Responsibility[] = [];
  let current: { r: Responsibility; kind: Item['kind'] } | null = null;
  let k = 0;
  for (const item of n.items) {
    const a = item.kind === 'text' ? null : addressOf(item.text, mode);
    if (a?.duty && (!current || current.kind === item.kind)) {
      const place = placeInPara(item.para, item.text);
      const units = unitsOf(a, place, item.para.offset, ctx);
      if (!units.length) continue;
      k += 1;
      const duties = a.duty ? [a.duty.text] : [];
      const r: Responsibility = { id: `${n.id}.${k}`, heading: a.heading, units, mode: a.mode, duties, dutySources: duties.map(() => ctx.locate(place(a.duty?.at ?? 0))), source: ctx.locate(item.para.offset) };
      out.push(r);
      current = { r, kind: item.kind };
    } else if (current && item.kind !== current.kind && item.kind !== 'text') {
      (current.r.duties as string[]).push(item.text);
      (current.r.dutySources as Source[]).push(ctx.locate(item.para.offset));
    } else current = null;
  }
  return out;
}
