import type { UnitRef } from '../model/types.js';
import { toneKey } from '../input/keys.js';
import { expandAbbreviations } from './abbreviations.js';
import { canonicalUnit, trimUnitText } from './canonical.js';
import { isBareNoun, levelOf, words, type Word } from './collective.js';
import { GAZETTEER } from './data.js';
import { headAt, levelWords, markerAt, markerTailWords, nounAt, titleAt } from './name-key.js';
import { wordKey } from './word-keys.js';
import { isCollectiveText } from './collective.js';
import { knownPrefixFilter } from './known-prefix.js';
import { lazy, memoByText } from './lazy.js';
import { personOf, personRanges } from './person.js';
import { roleNoteOf } from './role-note.js';
import { endsWithItsPlace, fieldGoesOn, isCapitalised, JOINERS, namesAField, sharesOffice } from './name-goes-on.js';
import { afterList } from './run-together.js';
import { lookupUnit } from './gazetteer.js';
import { LIST_CUTS } from './joiners.js';
import { LETTER, MARK, NUMBER, STARTS_UPPER, UPPER } from '../model/letters.js';

const HAS_UPPER = new RegExp(String.raw`[${UPPER}]`, 'u');

/** A unit named in a cell or heading, with where it starts inside the text it came from. */
export interface UnitSpan extends UnitRef {
  /** 0-based index of the unit's first character in the text given to splitUnits. */
  readonly start: number;
  /** Present when a slip was corrected to reach the canonical name (see CanonicalUnit.repaired). */
  readonly repaired?: { readonly from: string; readonly to: string };
}

interface Cut { readonly cut: number; readonly resume: number }

/** Words between spaces where a list may be cut (data/joiners.json). */
const LIST_JOINERS = LIST_CUTS;
const LEAD_INS = lazy(() => GAZETTEER.leadIns.map((l) => levelWords(l, 'tone')));

/** Pieces between semicolons outside brackets: a semicolon always ends a unit. */
function semicolonPieces(text: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push([from, i]);
      from = i + 1;
    }
  }
  out.push([from, text.length]);
  return out;
}

/** Places where a list could be cut: commas, and "và" / "&" / "cùng" between spaces, outside brackets. */
function cutCandidates(text: string, from: number, to: number): Cut[] {
  const out: Cut[] = [];
  let depth = 0;
  for (let i = from; i < to; i += 1) {
    const c = text[i] ?? '';
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (c === ',') {
      // "VH,TT&DL": a comma between capitals with no space is part of a short form (domain.md §2.4).
      const before = text[i - 1] ?? '';
      const after = text[i + 1] ?? '';
      const inShortForm = HAS_UPPER.test(before) && HAS_UPPER.test(after);
      const inNumber = /\d/.test(before) && /\d/.test(after);
      if (!inShortForm && !inNumber) out.push({ cut: i, resume: i + 1 });
      continue;
    }
    if (/\s/.test(c) && (i === from || !/\s/.test(text[i - 1] ?? ''))) {
      // The word is compared through its tone key, so that NFD "và" counts too.
      const m = /^\s+(\S+)\s+/u.exec(text.slice(i, to));
      if (m && LIST_JOINERS.has(toneKey(m[1] ?? ''))) out.push({ cut: i, resume: i + m[0].length });
    }
  }
  return out;
}

/**
 * Where the longest known body's name that starts at `from` ends (-1 if none): a cut may not fall
 * inside it, and a unit head right after it starts the next unit even without punctuation
 * ("Sở Khoa học và Công nghệ Sở Công Thương").
 */
function findKnownEnd(text: string, from: number, to: number): number {
  const list = words(text.slice(from, to));
  const tones = levelOf(list, 'tone');
  // The words are read once; the full lookup runs only on prefixes that could be a name (issue 8).
  const could = knownPrefixFilter(list);
  for (let k = list.length; k >= 2; k -= 1) {
    // A name does not end on "và" or "các": "ban QLKKT tỉnh và" is not a longer name.
    const last = tones[k - 1] ?? '';
    if (JOINERS.has(last) || markerAt(tones, k - 1, 'tone')) continue;
    if (!could(k)) continue;
    const end = from + (list[k - 1]?.end ?? 0);
    const c = canonicalUnit(text.slice(from, end));
    if (c.known && !c.collective && !overComma(text.slice(from, end), c.name)) return end;
  }
  return -1;
}

/**
 * Whether a known name was reached across a comma that the body's own names do not have:
 * "Hội Cựu chiến binh, Tỉnh đoàn" is two bodies, though "Hội Cựu chiến binh tỉnh" is one.
 */
function overComma(written: string, name: string): boolean {
  if (!/[,;]/u.test(written)) return false;
  const entry = lookupUnit(name);
  return !(entry ? [entry.name, ...entry.variants] : [name]).some((n) => n.includes(','));
}

/**
 * knownEnd results of one splitUnits call by start. The longest known name from a start ending
 * at or before `to` is also the longest one ending at or before any earlier point it fits in, so
 * splitRun's question about the run up to a cut is answered by splitPiece's about the whole
 * piece. Kept for one text only (never across cells).
 */
type KnownEnds = Map<number, { readonly to: number; readonly end: number }>;

/**
 * Whether the word after `to` continues a collective marker ("tất | cả"): then the marker test at
 * the last word before `to` saw more words in the longer run than it would in the shorter one.
 */
function markerGoesOn(text: string, to: number, limit: number): boolean {
  NEXT_WORD.lastIndex = to;
  const next = NEXT_WORD.exec(text);
  return next !== null && next.index < limit && markerTailWords().has(wordKey(next[0], 'tone'));
}
const NEXT_WORD = new RegExp(String.raw`[${LETTER}${MARK}${NUMBER}]+`, 'gu');

function knownEnd(ends: KnownEnds, text: string, from: number, to: number): number {
  const hit = ends.get(from);
  if (hit && to <= hit.to && hit.end <= to && !markerGoesOn(text, to, hit.to)) return hit.end;
  const end = findKnownEnd(text, from, to);
  if (!hit || to > hit.to) ends.set(from, { to, end });
  return end;
}

/** The text up to the next list separator: the candidate unit name after a cut. */
function firstChunk(text: string): string {
  return text.normalize('NFC').split(/[,;]|\s(?:và|&)\s/u)[0] ?? text;
}

// A body whose head the gazetteer does not list often opens with a word or two before a head
// it does list ("Trung ương Hội …", "Thường trực Ban Chỉ đạo …"): a capitalised head among the
// first words after a comma starts a new unit. Three words cover the longest such openings seen
// ("Ủy ban Trung ương Mặt trận", "Thường trực Hội đồng") without reaching into a name's fields.
const HEAD_LOOKAHEAD = 3;

/**
 * Whether the text after a comma or "và" starts a new unit (spec: "Splitting a unit cell"): a unit
 * head ("Sở", "ban QLKKT", "UBND"), "các" + a plural noun, or a known body; but while a collective
 * is open ("Các sở, ban, ngành"), a bare plural noun continues it. A head in lower case starts a
 * unit only before a name ("ban QLKKT"), not as a common word ("và phòng cháy, chữa cháy"). When
 * a known body ends right before the comma (`afterKnown`), any capitalised word starts the next
 * unit, so that a head the gazetteer does not list never glues two units ("Sở Y tế, Bảo tàng tỉnh").
 */
function startsNewUnit(after: string, collectiveOpen: boolean, afterKnown: boolean, before = ''): boolean {
  const list = words(expandAbbreviations(after));
  const tones = levelOf(list, 'tone');
  let i = 0;
  while (i < tones.length && JOINERS.has(tones[i] ?? '')) i += 1;
  if (i >= tones.length) return false;
  // A leader's title ("…, Chủ tịch UBND các xã, phường") names the next body even inside an
  // open collective list ("Giám đốc các Sở, Chủ tịch UBND các xã" is two addressees).
  if (titleAt(tones, i, 'tone')) return true;
  const marker = markerAt(tones, i, 'tone');
  if (marker) {
    // "Ban Quản lý Khu công nghệ cao và các khu công nghiệp": "các" before the noun the name
    // before has just named in capitals coordinates what the body manages; the name goes on,
    // whether the noun is written in capitals again ("… Khu kinh tế Dung Quất và các Khu công
    // nghiệp Quảng Ngãi") or not, as long as it is no unit head ("và các Ban …" is a list).
    // After a known body, or before a kind of body ("Mặt trận Tổ quốc … và các tổ chức …"),
    // the list goes on instead.
    const at = i + marker.length;
    const next = list[at];
    const noun = nounAt(tones, at, 'tone');
    if (!afterKnown && !noun && next && !(isCapitalised(next) && headAt(tones, at, 'tone')) && namesAgain(before, next.tone)) return false;
    // "Công an các xã, phường, đặc khu, Các cơ sở giáo dục": "Các" written with a capital
    // inside a list opens a new item, as a capitalised head does; in lower case it goes on
    // the open collective ("các sở, ban, ngành, các địa phương"). In capitals it tells nothing.
    if (opensWithCapital(list[i])) return true;
    return !(collectiveOpen && noun);
  }
  const noun = nounAt(tones, i, 'tone');
  if (noun && collectiveOpen && isBareNoun(list, i, noun.length)) return false;
  const head = headAt(tones, i, 'tone');
  // "Các doanh nghiệp nhà nước, Tổng Công ty": a head that ends the list with no name after it
  // (and no level in it, unlike "UBND cấp xã"), in an open collective, is one more kind of body.
  if (head && collectiveOpen && i + head.length === list.length && !tones.slice(i, i + head.length).some((_, k) => nounAt(tones, i + k, 'tone'))) return false;
  if (head) {
    const next = list[i + head.length];
    if (namesAField(list, tones, i + head.length)) return false;
    if (head.value.field && !afterKnown && fieldGoesOn(before, list, tones, i + head.length)) return false;
    if (sharesOffice(before, head.value.kind)) return false;
    if (isCapitalised(list[i]) || !next || isCapitalised(next) || markerAt(tones, i + head.length, 'tone')) return true;
  }
  if (afterKnown && isCapitalised(list[i])) return true;
  // "Vườn quốc gia Cát Tiên, Vườn quốc gia Bù Gia Mập": the words that opened the unit before,
  // written again after the comma, open another unit of the same kind, whatever the head.
  if (isCapitalised(list[i]) && repeatsOpening(before, tones.slice(i))) return true;
  for (let k = i + 1; k < Math.min(tones.length, i + HEAD_LOOKAHEAD + 1); k += 1) {
    if (list[k]?.listBreak) break;
    if (isCapitalised(list[i]) && isCapitalised(list[k]) && headAt(tones, k, 'tone')) return true;
  }
  const chunk = firstChunk(after);
  const c = canonicalUnit(chunk);
  return c.known && !c.collective;
}

/** "Các", not "các" nor "CÁC": a capital that only the start of an item explains. */
function opensWithCapital(word: Word | undefined): boolean {
  return word !== undefined && isCapitalised(word) && word.text.slice(1) === word.text.slice(1).toLowerCase();
}

// A unit's opening words written again: at least two ("Vườn quốc gia"), as one word ("Sở")
// repeats in many names that are one body's ("Sở … và Sở …" is rare).
const REPEATED_OPENING = 2;

function repeatsOpening(before: string, after: readonly string[]): boolean {
  const opening = levelOf(words(before), 'tone').slice(0, REPEATED_OPENING);
  return opening.length === REPEATED_OPENING && opening.every((w, k) => after[k] === w);
}

/** Whether a word (as a tone key) is written capitalised after the first word of a name ("Khu"). */
function namesAgain(before: string, tone: string): boolean {
  return words(before).some((w, k) => k > 0 && isCapitalised(w) && w.tone === tone);
}

function splitPiece(ends: KnownEnds, text: string, from: number, to: number, out: [number, number][]): void {
  let start = from;
  let protectedUntil = knownEnd(ends, text, start, to);
  for (const c of cutCandidates(text, from, to)) {
    if (c.cut <= start || c.cut < protectedUntil) continue;
    const open = isCollectiveText(text.slice(start, c.cut));
    // A unit that ends with its place ("Bưu điện tỉnh Tây Ninh, Viettel Tây Ninh") is complete:
    // the next capitalised word starts another, as after a known body (issue 12 §5).
    const afterKnown = (protectedUntil > start && protectedUntil === start + text.slice(start, c.cut).trimEnd().length) || endsWithItsPlace(text.slice(start, c.cut));
    if (startsNewUnit(text.slice(c.resume, to), open, afterKnown, text.slice(start, c.cut))) {
      for (const part of splitRun(ends, text, start, c.cut)) out.push(part);
      start = c.resume;
      protectedUntil = knownEnd(ends, text, start, to);
    }
  }
  for (const part of splitRun(ends, text, start, to)) out.push(part);
}

/** Where a known name that starts at `from` is followed by a capitalised head with no punctuation between, or -1. */
function afterKnownName(ends: KnownEnds, text: string, from: number, to: number): number {
  const end = knownEnd(ends, text, from, to);
  if (end < 0) return -1;
  const rest = words(expandAbbreviations(text.slice(end, to)));
  const first = rest[0];
  const head = first && STARTS_UPPER.test(first.text) ? headAt(levelOf(rest, 'tone'), 0, 'tone') : null;
  if (!head) return -1;
  // "Thanh tra Bộ", "Văn phòng Sở": a one-word head with no name after it names the body the
  // unit belongs to, not a unit of its own.
  const after = rest[head.length];
  if (head.length === 1 && (!after || after.listBreak)) return -1;
  if (ownedBoard(text.slice(from, end), head.value.kind)) return -1;
  return end + (words(text.slice(end, to))[0]?.start ?? 0);
}

const BOARD_WORDS = lazy(() => GAZETTEER.ownedBoards.map((b) => levelWords(b, 'tone')));
const OWNER_KINDS = new Set(GAZETTEER.ownerKinds);

/**
 * "Ban Dân tộc Hội đồng nhân dân tỉnh": a board ("Ban …") followed by a council or a party
 * committee is that body's board, one unit (data/unit-heads.json ownedBoards), though "Ban Dân
 * tộc" alone is a known body.
 */
function ownedBoard(known: string, nextKind: string): boolean {
  if (!OWNER_KINDS.has(nextKind)) return false;
  const tones = levelOf(words(known), 'tone');
  return BOARD_WORDS().some((b) => tones.length > b.length && b.every((w, k) => tones[k] === w));
}

/** Cuts where two units follow each other with no punctuation between (afterKnownName, afterList). */
function splitRun(ends: KnownEnds, text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (;;) {
    let next = afterKnownName(ends, text, start, to);
    if (next < 0) next = afterList(text, start, to);
    if (next <= start) break;
    out.push([start, next]);
    start = next;
  }
  out.push([start, to]);
  return out;
}

/** Where the unit's own words start: after bullets, a lead-in ("Đề nghị:") and a joining "và". */
function unitStart(list: readonly Word[]): number {
  let i = 0;
  for (const lead of LEAD_INS()) {
    if (list.length > lead.length && lead.every((w, k) => list[k]?.tone === w)) {
      i = lead.length;
      break;
    }
  }
  while (i < list.length - 1 && JOINERS.has(list[i]?.tone ?? '')) i += 1;
  return i;
}

// Unit cells repeat row after row ("Sở Nội vụ", "Các sở, ban, ngành"): the splits of this many
// distinct texts are kept, as many as the timeframes of a table (timeframe.ts).
const SPLITS_KEPT = 4096;
/**
 * Splits a lead/support cell or a responsibility heading into the units it names (spec:
 * "Splitting a unit cell"). A semicolon always separates units; a comma or "và" only where what
 * follows starts a new unit and not inside a known name; a collective phrase stays whole.
 *
 * A plan names the same few dozen bodies in cell after cell ("Sở Tài chính", "Các sở, ban,
 * ngành liên quan"): the split of a cell text is kept (SPLITS_KEPT texts), and the spans, being
 * read-only, are shared.
 */
export const splitUnits: (text: string) => readonly UnitSpan[] = memoByText((text) => splitUncached(text), SPLITS_KEPT);

function splitUncached(text: string): UnitSpan[] {
  // A cell that lists only people ("Người thực hiện": one name a line) is split by person.
  const people = personRanges(text);
  if (people) return people.flatMap(([from, to]) => spanOf(text, from, to));
  const ranges: [number, number][] = [];
  const ends: KnownEnds = new Map();
  for (const [from, to] of semicolonPieces(text)) splitPiece(ends, text, from, to, ranges);
  return ranges.flatMap(([from, to]) => spanOf(text, from, to));
}

/** The unit written in text[from, to): its words after a lead-in, a role note apart, a person's name as its name. */
function spanOf(text: string, from: number, to: number): UnitSpan[] {
  const list = words(text.slice(from, to));
  const first = list[unitStart(list)];
  if (!first) return [];
  const start = from + first.start;
  const trimmed = trimUnitText(text.slice(start, to));
  const note = roleNoteOf(trimmed);
  const written = note ? trimUnitText(trimmed.slice(0, note.unitEnd)) : trimmed;
  if (written === '') return [];
  const role = note?.role ?? null;
  const person = personOf(written);
  if (person) return [{ text: written, name: person.name, collective: false, person: true, role, start }];
  const c = canonicalUnit(written);
  const span: UnitSpan = { text: written, name: c.name, collective: c.collective, person: false, role, start };
  return [c.repaired ? { ...span, repaired: c.repaired } : span];
}
