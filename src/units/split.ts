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
import { lazy } from './lazy.js';

/** A unit named in a cell or heading, with where it starts inside the text it came from. */
export interface UnitSpan extends UnitRef {
  /** 0-based index of the unit's first character in the text given to splitUnits. */
  readonly start: number;
  /** Present when a slip was corrected to reach the canonical name (see CanonicalUnit.repaired). */
  readonly repaired?: { readonly from: string; readonly to: string };
}

interface Cut { readonly cut: number; readonly resume: number }

/** Words that join two units in a list without naming one. */
const JOINERS = new Set(['và', 'cùng', 'với']);
/** Words between spaces where a list may be cut. */
const LIST_JOINERS = new Set(['và', '&', 'cùng']);
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
      const inShortForm = /\p{Lu}/u.test(before) && /\p{Lu}/u.test(after);
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
    if (c.known && !c.collective) return end;
  }
  return -1;
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
const NEXT_WORD = /[\p{L}\p{M}\p{N}]+/gu;

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

/**
 * Whether the text after a comma or "và" starts a new unit (spec: "Splitting a unit cell"): a unit
 * head ("Sở", "ban QLKKT", "UBND"), "các" + a plural noun, or a known body; but while a collective
 * is open ("Các sở, ban, ngành"), a bare plural noun continues it.
 */
function startsNewUnit(after: string, collectiveOpen: boolean): boolean {
  const list = words(expandAbbreviations(after));
  const tones = levelOf(list, 'tone');
  let i = 0;
  while (i < tones.length && JOINERS.has(tones[i] ?? '')) i += 1;
  if (i >= tones.length) return false;
  // A leader's title ("…, Chủ tịch UBND các xã, phường") names the next body even inside an
  // open collective list ("Giám đốc các Sở, Chủ tịch UBND các xã" is two addressees).
  if (titleAt(tones, i, 'tone')) return true;
  const marker = markerAt(tones, i, 'tone');
  if (marker) return !(collectiveOpen && nounAt(tones, i + marker.length, 'tone'));
  const noun = nounAt(tones, i, 'tone');
  if (noun && collectiveOpen && isBareNoun(list, i, noun.length)) return false;
  if (headAt(tones, i, 'tone')) return true;
  const chunk = firstChunk(after);
  const c = canonicalUnit(chunk);
  return c.known && !c.collective;
}

function splitPiece(ends: KnownEnds, text: string, from: number, to: number, out: [number, number][]): void {
  let start = from;
  let protectedUntil = knownEnd(ends, text, start, to);
  for (const c of cutCandidates(text, from, to)) {
    if (c.cut <= start || c.cut < protectedUntil) continue;
    const open = isCollectiveText(text.slice(start, c.cut));
    if (startsNewUnit(text.slice(c.resume, to), open)) {
      for (const part of splitRun(ends, text, start, c.cut)) out.push(part);
      start = c.resume;
      protectedUntil = knownEnd(ends, text, start, to);
    }
  }
  for (const part of splitRun(ends, text, start, to)) out.push(part);
}

/** Cuts after a known name when a capitalised unit head follows with no punctuation between. */
function splitRun(ends: KnownEnds, text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (;;) {
    const end = knownEnd(ends, text, start, to);
    if (end < 0) break;
    const rest = words(expandAbbreviations(text.slice(end, to)));
    const first = rest[0];
    if (!first || !/^\p{Lu}/u.test(first.text) || !headAt(levelOf(rest, 'tone'), 0, 'tone')) break;
    const next = end + (words(text.slice(end, to))[0]?.start ?? 0);
    out.push([start, end]);
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

/**
 * Splits a lead/support cell or a responsibility heading into the units it names (spec:
 * "Splitting a unit cell"). A semicolon always separates units; a comma or "và" only where what
 * follows starts a new unit and not inside a known name; a collective phrase stays whole.
 */
export function splitUnits(text: string): readonly UnitSpan[] {
  const cached = SPLIT_CACHE.get(text);
  if (cached) return cached;
  const spans = splitUncached(text);
  if (SPLIT_CACHE.size >= SPLIT_CACHE_SIZE) SPLIT_CACHE.clear();
  SPLIT_CACHE.set(text, spans);
  return spans;
}

// A plan names the same few dozen bodies in cell after cell ("Sở Tài chính", "Các sở, ban,
// ngành liên quan"): the split of a cell text is kept, and the spans, being read-only, are
// shared. Bounded, so a hostile file of distinct cells cannot grow it without limit.
const SPLIT_CACHE_SIZE = 4096;
const SPLIT_CACHE = new Map<string, readonly UnitSpan[]>();

function splitUncached(text: string): UnitSpan[] {
  const ranges: [number, number][] = [];
  const ends: KnownEnds = new Map();
  for (const [from, to] of semicolonPieces(text)) splitPiece(ends, text, from, to, ranges);
  const out: UnitSpan[] = [];
  for (const [from, to] of ranges) {
    const list = words(text.slice(from, to));
    const first = list[unitStart(list)];
    if (!first) continue;
    const start = from + first.start;
    const written = trimUnitText(text.slice(start, to));
    if (written === '') continue;
    const c = canonicalUnit(written);
    const span: UnitSpan = { text: written, name: c.name, collective: c.collective, person: false, role: null, start };
    out.push(c.repaired ? { ...span, repaired: c.repaired } : span);
  }
  return out;
}
