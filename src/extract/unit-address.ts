import data from '../../data/assignments.json' with { type: 'json' };
import { foldKey, toneKey } from '../input/keys.js';
import { labelKind } from '../outline/labels.js';
import { GAZETTEER } from '../units/data.js';
import { canonicalUnit } from '../units/canonical.js';
import { isBareNoun, isCollectiveText, isNounListOnly, levelOf, words, type Word } from '../units/collective.js';
import { headAt, markerAt, memberNounAt, nounAt, titleAt } from '../units/name-key.js';
import { personOf } from '../units/person.js';
import { readAssignment, subjectOf, verbCount, type AssignmentClause, type Subject } from './assignment-clause.js';
import { splitUnits } from '../units/split.js';
import { LETTER, LOWER, MARK, UPPER } from '../model/letters.js';

const NOT_LETTER_OR_SPACE = new RegExp(String.raw`[^${LETTER}\s]`, 'gu');
const WORD_THEN_CAPITAL = new RegExp(String.raw`^([${LETTER}${MARK}]+)(\s+)([${UPPER}][${LOWER}])`, 'u');
const UNITS_START = new RegExp(String.raw`^(?:[${UPPER}]|các\s)`, 'u');

/**
 * Who a part's heading addresses (issue 3 §6, issue 12 §1–2): "Sở Tư pháp:", "Sở Tư pháp" alone,
 * "Sở Tài chính chủ trì, phối hợp …", "Đề nghị Ban Tuyên giáo Tỉnh ủy", "Giao Công an tỉnh …",
 * "Trên cơ sở …, UBND các xã …", "Các sở, ngành: Sở Y tế, Sở Nội vụ căn cứ …", "Ông Nguyễn Văn
 * An - Phó Giám đốc:". Vocabulary: data/assignments.json `parts`.
 */

const P = data.parts;
const byLength = (xs: readonly string[]): string[] => [...xs].sort((a, b) => b.length - a.length);
const alt = (xs: readonly string[]): string => byLength(xs).map((x) => x.replace(/\s+/g, '\\s+')).join('|');
// "Đề nghị" addresses a body the issuer cannot command (a Party committee, the Front).
const REQUEST = new RegExp(`^(?:${alt(P.requestPrefixes)})\\s*:?\\s+`, 'iu');
const LEAD_IN = new RegExp(`^(?:${alt(P.leadIns)})\\s*:?\\s+`, 'u');
const ADVERBIAL = new RegExp(`^(?:${alt(P.adverbials)})\\s`, 'u');
const SECTION_WORDS = P.sectionWords;
const ABBREVIATIONS = new Set(Object.keys(GAZETTEER.abbreviations).map((a) => a.replace(/[&.-]/g, '')));
const SINGLE_HEADS = new Map(GAZETTEER.heads.filter((h) => !/\s/.test(h.head)).map((h) => [foldKey(h.head), h.head]));

// A label is short; a colon further into a heading ends a sentence's clause, not the units.
export const MAX_UNITS_BEFORE_COLON = 160;

/** Whether a section's title says it assigns work ("… VÀ PHÂN CÔNG NHIỆM VỤ"). */
export function mentionsAssignment(title: string): boolean {
  const f = foldKey(title);
  return SECTION_WORDS.some((w) => f.includes(w));
}

/** How strict to be: in TỔ CHỨC THỰC HIỆN every form; elsewhere a heading must address units plainly. */
export type AddressMode = 'organization' | 'elsewhere';

export interface Address {
  /** The units' text, and where it starts in the title. */
  readonly units: string;
  readonly at: number;
  /** The heading as the model shows it: the title without the first duty. */
  readonly heading: string;
  readonly mode: 'assigned' | 'requested';
  /** A duty written on the heading line ("Sở Tư pháp: Phối hợp …"), and where it starts. */
  readonly duty: { readonly text: string; readonly at: number } | null;
  /** A slip corrected in the head word ("Vu Kế hoạch" → "Vụ Kế hoạch"). */
  readonly repaired: { readonly from: string; readonly to: string } | null;
  /** The end of the units was read from a name's shape (no listed verb). */
  readonly guessed: boolean;
  /** More units the heading addresses after its verb: "X chỉ đạo … và đề nghị Y: …" → Y. */
  readonly also?: { readonly text: string; readonly at: number };
}

/** The heading's units, or null when the heading is not addressed to any unit. */
export function addressOf(title: string, mode: AddressMode): Address | null {
  const written = title.trim();
  if (labelKind(written.replace(/[.:]\s*$/u, '').split(':')[0] ?? '')) return null;
  const requested = REQUEST.exec(written);
  let skip = requested?.[0].length ?? 0;
  skip += LEAD_IN.exec(written.slice(skip))?.[0].length ?? 0;
  // After "Đề nghị" or "Giao" a unit follows, even typed in lower case ("Đề nghị ngân hàng …").
  const addressed = skip > 0;
  skip = afterAdverbial(written, skip);
  const fixed = repairHead(written.slice(skip));
  const body = fixed.text;
  if (!opensWithUnit(body, mode, addressed)) return null;
  const base = { mode: requested ? 'requested' : 'assigned', repaired: fixed.repaired } as const;
  const colon = body.indexOf(':');
  const sub = subjectOf(body);
  if (colon > 0 && colon < MAX_UNITS_BEFORE_COLON && (!sub || sub.end >= colon || beforeColon(body, sub, colon))) {
    if (mode === 'elsewhere' && namesActivity(body.slice(0, colon))) return null;
    const after = body.slice(colon + 1);
    const duty = after.trim() ? { text: after.trim(), at: skip + colon + 1 + (after.length - after.trimStart().length) } : null;
    const heading = written.slice(0, skip + colon).trim();
    const members = duty ? membersOf(body.slice(0, colon), duty.text) : null;
    if (duty && members) return { ...base, units: members, at: duty.at, heading, duty, guessed: false };
    return { ...base, units: body.slice(0, colon), at: skip, heading, duty, guessed: false };
  }
  if (sub) {
    // In other sections, a sentence addresses units only through a verb of assignment.
    if (mode === 'elsewhere' && !sub.assigned) return null;
    const units = body.slice(0, sub.end);
    const also = colon > 0 ? requestedAfter(body.slice(0, colon), sub.predicate) : null;
    const address = { ...base, units, at: skip, heading: (written.slice(0, skip) + units).trim(), duty: { text: written, at: 0 }, guessed: sub.guessed };
    return also ? { ...address, also: { text: also.text, at: skip + also.at } } : address;
  }
  const units = body.replace(/[.:;]\s*$/u, '');
  // Elsewhere, a heading that is only a collective is a topic ("Các ngành, lĩnh vực khác").
  if (mode === 'elsewhere' && isCollectiveText(units)) return null;
  return { ...base, units, at: skip, heading: written.replace(/[.:;]\s*$/u, '').trim(), duty: null, guessed: false };
}

/**
 * Whether a colon, not the verb before it, ends the units: the units before a common verb are
 * not a known body ("Ban Quản lý dự án … thuộc Thành phố và các Chủ đầu tư:"). A verb of
 * assignment, or a known body before the verb, makes the heading a sentence ("Bộ Chỉ huy Quân
 * sự tỉnh chỉ đạo lực lượng …: …").
 */
function beforeColon(body: string, sub: Subject, colon: number): boolean {
  if (sub.assigned) return false;
  const units = splitUnits(body.slice(0, sub.end));
  const last = units[units.length - 1];
  if (last && canonicalUnit(last.text).known) return false;
  // A second verb before the colon makes a predicate ("Các sở, ban, ngành nghiên cứu, ban hành
  // …:"); one verb and its object describe a collective ("Các tổ chức cung cấp dịch vụ chi trả:").
  return verbCount(body.slice(sub.predicate, colon)) < 2;
}

// "… và đề nghị", ", đề nghị": a request joined to the sentence addresses more units.
const JOINED_REQUEST = new RegExp(`(?:\\s+và|,)\\s+(?:${alt(P.requestPrefixes.map((r) => r.toLowerCase()))})\\s+`, 'u');

/** The units of a request joined to a sentence before its colon ("… và đề nghị Bộ Tư lệnh Vùng Cảnh sát biển 3"). */
function requestedAfter(head: string, from: number): { text: string; at: number } | null {
  const m = JOINED_REQUEST.exec(head.slice(from));
  if (!m) return null;
  const at = from + m.index + m[0].length;
  return opensWithUnit(head.slice(at), 'organization', true) ? { text: head.slice(at), at } : null;
}

/** "Trên cơ sở chức năng, nhiệm vụ được giao, UBND các xã …": the units start after the comma that a unit follows. */
function afterAdverbial(text: string, from: number): number {
  const rest = text.slice(from);
  if (!ADVERBIAL.test(rest)) return from;
  for (const m of rest.matchAll(/,\s*/gu)) {
    const at = m.index + m[0].length;
    if (opensWithUnit(rest.slice(at), 'elsewhere')) return from + at;
  }
  return from;
}

/**
 * "Các sở, ngành: Sở Y tế, Sở Nội vụ … căn cứ chức năng, nhiệm vụ …": a collective whose
 * members the first sentence names; the members are the part's units.
 */
function membersOf(before: string, after: string): string | null {
  if (!isCollectiveText(before) || !opensWithUnit(after, 'elsewhere') || isCollectiveText(after.split(/[,;]/u)[0] ?? '')) return null;
  const sub = subjectOf(after);
  return sub ? after.slice(0, sub.end) : null;
}

function capitalised(word: string | undefined): boolean {
  const c = word?.charAt(0) ?? '';
  return c !== c.toLowerCase();
}

/**
 * Whether a text opens with a unit: a person, a collective ("Các sở", "Các Công ty Điện lực",
 * "Các thành viên Ban Chỉ đạo"), an office-holder ("Giám đốc các sở"), a short form ("UBND"),
 * or a head before a name ("Sở Tư pháp", "Công an tỉnh").
 * Outside TỔ CHỨC THỰC HIỆN a one-word head must be followed by a capitalised word or be a known
 * body, so that "Hội nghị, hội thảo" is not read as an association.
 */
export function opensWithUnit(text: string, mode: AddressMode, addressed = false): boolean {
  const t = text.trim();
  // A heading in capitals is a section's topic ("BAN HÀNH CÁC VĂN BẢN …"), not a unit.
  if (mode === 'elsewhere' && isShouted(t)) return false;
  if (personOf(t.split(/[:;]/u)[0] ?? '')) return true;
  const list = words(t);
  const tones = levelOf(list, 'tone');
  const first = list[0];
  if (!first) return false;
  const marker = markersAt(tones);
  // The noun follows the markers ("Các sở", "Tất cả các xã"): a noun further on is a word of
  // something else ("Các nhiệm vụ": "vụ" ends "nhiệm vụ", it is not the ministry's "Vụ").
  if (marker > 0) return nounAt(tones, marker, 'tone') !== null || headsBodiesAt(list, tones, marker) || memberNounAt(tones, marker, 'tone') !== null;
  const title = titleAt(tones, 0, 'tone');
  if (title && capitalised(first.text)) return mode === 'organization' || namesBodyAt(list, title.length);
  if (ABBREVIATIONS.has(first.text) && first.text === first.text.toUpperCase()) return true;
  const noun = nounAt(tones, 0, 'tone');
  if (noun && capitalised(first.text) && isCollectiveText(t.split(/[:;]/u)[0] ?? '')) return true;
  const head = headAt(tones, 0, 'tone');
  // After "Đề nghị" or "Giao" in TỔ CHỨC THỰC HIỆN a body is addressed, whatever its head: a
  // capitalised name there is one ("Đề nghị Bưu điện tỉnh …"), though no list knows its head.
  if (!head && addressed && mode === 'organization') return capitalised(first.text);
  if (!head || !(capitalised(first.text) || addressed)) return false;
  const next = list[head.length];
  if (head.length > 1 || !next || capitalised(next.text) || ABBREVIATIONS.has(next.text)) return true;
  // "Báo và Phát thanh, Truyền hình …": a name may join two fields with "và" after its head.
  if (next.tone === 'và' && capitalised(list[head.length + 1]?.text)) return true;
  // "Báo cáo …", "Hội nghị …": a one-word head before a common word is a body only when known.
  return canonicalUnit(t.split(/[:,;]/u)[0] ?? '').known;
}

/**
 * "Các Công ty Điện lực trực thuộc", "các Chi cục Thuế khu vực": after a collective marker, the
 * head of a unit's name (data/unit-heads.json) names every body of that kind, as a plural noun
 * does. A one-word head before a common word is a word of something else ("Các Hội nghị").
 */
function headsBodiesAt(list: readonly Word[], tones: readonly string[], at: number): boolean {
  const head = headAt(tones, at, 'tone');
  if (!head) return false;
  return head.length > 1 || capitalised(list[at + head.length]?.text);
}

// "Tất cả các": a collective marker is followed by at most one more before its noun.
const MAX_MARKERS = 2;

/** How many words of collective markers open a text ("Các" 1, "Tất cả các" 3). */
function markersAt(tones: readonly string[]): number {
  let at = 0;
  for (let k = 0; k < MAX_MARKERS; k += 1) {
    const m = markerAt(tones, at, 'tone');
    if (!m) break;
    at += m.length;
  }
  return at;
}

/**
 * Whether a label opens with a bare plural noun and goes on with more than nouns: "Tổ chức hội
 * thi", "Phòng, chống tham nhũng" open with a noun that is also a verb ("tổ chức", "phòng") and
 * go on with its object, an activity; "Sở, ngành, địa phương liên quan" names bodies. Outside TỔ
 * CHỨC THỰC HIỆN such a label before a colon is a topic (a sentence with a verb of assignment,
 * "Doanh nghiệp, tổ chức … có trách nhiệm …", is still read as addressing units).
 */
function namesActivity(label: string): boolean {
  const list = words(label);
  const noun = nounAt(levelOf(list, 'tone'), 0, 'tone');
  return noun !== null && isBareNoun(list, 0, noun.length, false) && !isNounListOnly(label);
}

/**
 * Whether an office-holder's title is followed by the body it heads: a name ("Giám đốc Sở …",
 * "Chủ tịch UBND …") or a collective ("Thủ trưởng các cơ quan"). Outside TỔ CHỨC THỰC HIỆN a
 * title alone ("Trưởng đoàn:", "Phó Trưởng ban:") lists who makes up a team, not a unit's duty.
 */
function namesBodyAt(list: readonly Word[], at: number): boolean {
  const next = list[at];
  if (!next) return false;
  const tones = levelOf(list, 'tone');
  return capitalised(next.text) || markerAt(tones, at, 'tone') !== null || (nounAt(tones, at, 'tone') !== null && at + 1 < list.length);
}

/** Two words or more, all in capitals. */
function isShouted(text: string): boolean {
  const letters = text.replace(NOT_LETTER_OR_SPACE, '').trim();
  return /\s/u.test(letters) && letters === letters.toUpperCase();
}

/**
 * "Vu Kế hoạch - Tài chính": a one-word head written without its marks before a capitalised
 * name is read as the head ("Vụ"), and the repair reported. Only a word that is not itself
 * a head in any marks is repaired.
 */
function repairHead(text: string): { text: string; repaired: { from: string; to: string } | null } {
  if (isShouted(text)) return { text, repaired: null };
  const m = WORD_THEN_CAPITAL.exec(text);
  if (!m?.[1] || headAt([toneKey(m[1])], 0, 'tone')) return { text, repaired: null };
  const head = SINGLE_HEADS.get(foldKey(m[1]));
  if (!head || !capitalised(m[1])) return { text, repaired: null };
  return { text: head + text.slice(m[1].length), repaired: { from: m[1], to: head } };
}

const LEAD_VERBS = data.clause.leadVerbs.map((v) => v.normalize('NFC'));
// "Sở Tư pháp là cơ quan chủ trì; …": a role written as a predicate after a role link ("là")
// that ends with a lead verb makes its units the lead, as "Sở Tư pháp chủ trì" does.
const ROLE_PREDICATE = new RegExp(`^(?:${data.clause.roleLinks.join('|')})\\s+([^,;.:]*)`, 'u');

/** "chủ trì", "chủ trì, …", "chủ trì; …": the text opens with the phrase as whole words. */
function startsWithWord(text: string, phrase: string): boolean {
  return text.startsWith(phrase) && /^(?:$|[\s,;.:])/u.test(text.slice(phrase.length));
}

function leadRole(predicate: string): boolean {
  const role = ROLE_PREDICATE.exec(predicate)?.[1]?.trim() ?? '';
  return LEAD_VERBS.some((v) => role.endsWith(v));
}

/**
 * A sentence of the body that assigns its section's work ("Sở Nội vụ chủ trì, phối hợp với các
 * cơ quan liên quan tổ chức Cuộc thi …"): it opens with units followed by a lead verb. Its
 * units lead, those after "phối hợp với" support; null for any other sentence.
 */
export function leadSentenceOf(text: string): AssignmentClause | null {
  // Most paragraphs have no lead verb at all: a plain search rules them out before any reading.
  const nfc = text.normalize('NFC');
  if (!LEAD_VERBS.some((v) => nfc.includes(v)) || !opensWithUnit(text, 'elsewhere')) return null;
  const sub = subjectOf(text);
  if (!sub?.assigned) return null;
  const verb = text.slice(sub.predicate).normalize('NFC');
  if (!LEAD_VERBS.some((v) => startsWithWord(verb, v)) && !leadRole(verb)) return null;
  const clause = readAssignment(text.slice(0, sub.predicate + (text.slice(sub.predicate).split(/[.;]/u)[0] ?? '').length));
  return clause.lead.length ? clause : null;
}

/** A delegation that closes a task: "Xây dựng quy chế … (Giao Công an tỉnh chủ trì, phối hợp với …)." */
export interface Delegation {
  /** The task before the parentheses. */
  readonly description: string;
  readonly clause: AssignmentClause;
  /** Where the text inside the parentheses starts. */
  readonly index: number;
}

const OPENER = new RegExp(`^\\s*(?:${data.clause.openers.map((o) => o.replace(/\s+/g, '\\s+')).join('|')})\\s+(?:cho\\s+)?`, 'iu');
const CLOSING_PARENTHESIS = /^(.*?)\s*\(([^()]*)\)\s*[.;]?\s*$/su;

/**
 * A delegation in parentheses at the end of a task: "(Giao Công an tỉnh chủ trì, phối hợp với
 * …)", or with no opener, "(Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ)". After "Giao" the
 * units follow (a name in capitals or "các …", not "giao nhiệm vụ"); without it, the text must
 * be a lead sentence (leadSentenceOf).
 */
export function delegationOf(text: string): Delegation | null {
  const m = CLOSING_PARENTHESIS.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const inner = m[2];
  const opener = OPENER.exec(inner);
  let clause: AssignmentClause | null;
  if (opener) {
    if (!UNITS_START.test(inner.slice(opener[0].length))) return null;
    clause = readAssignment(inner);
  } else clause = leadSentenceOf(inner) ? readAssignment(inner) : null;
  if (!clause || clause.lead.length === 0) return null;
  return { description: m[1].trim(), clause, index: text.indexOf(inner) };
}
