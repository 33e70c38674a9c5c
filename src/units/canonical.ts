import { exactKey, foldKey, toneKey } from '../input/keys.js';
import { expandAbbreviations } from './abbreviations.js';
import { isCollectiveExpanded, words } from './collective.js';
import { GAZETTEER } from './data.js';
import { capitalise, foldedExpanded, lookupExpanded } from './gazetteer.js';
import { headAt, levelWords } from './name-key.js';
import { lazy } from './lazy.js';
import { wordKey } from './word-keys.js';
import { LETTER, MARK, NUMBER } from '../model/letters.js';

const TWO_WORDS = new RegExp(String.raw`^([${LETTER}${MARK}]+)(\s+)([${LETTER}${MARK}]+)(?=\s)`, 'u');

/** A unit name made canonical. */
export interface CanonicalUnit {
  /** The gazetteer's name when the body is known; else the text with its short forms expanded. */
  readonly name: string;
  readonly collective: boolean;
  /** The body is in the gazetteer (or follows a named-head rule such as "Báo <tỉnh>"). */
  readonly known: boolean;
  /**
   * A slip the reading corrected, as the words written and the words meant: the OCR "Công"
   * for "Cổng" gives { from: "Công", to: "Cổng" }; a doubled head "Sở Sở" gives { from: "Sở Sở", to: "Sở" }.
   */
  readonly repaired: { readonly from: string; readonly to: string } | null;
}

const LEAD_INS = lazy(() => GAZETTEER.leadIns.map((l) => levelWords(l, 'tone')));
const LEAD_IN_FIRSTS = lazy(() => new Set(LEAD_INS().flatMap((l) => l.slice(0, 1))));
const FIRST_WORD = new RegExp(String.raw`[${LETTER}${MARK}${NUMBER}]+`, 'u');

/** Trims list punctuation and bullets, and a lead-in such as "Đề nghị:" before the unit. */
export function trimUnitText(text: string): string {
  const t = exactKey(text).replace(/^[\s\-+*•–—.,;:]+/u, '').replace(/[\s.,;:]+$/u, '');
  // Cheap pre-check: only a text whose first word starts a lead-in needs its words read.
  const first = FIRST_WORD.exec(t)?.[0];
  if (first === undefined || !LEAD_IN_FIRSTS().has(wordKey(first, 'tone'))) return t;
  const list = words(t);
  for (const lead of LEAD_INS()) {
    const next = list[lead.length];
    if (next && lead.every((w, i) => list[i]?.tone === w)) return t.slice(next.start);
  }
  return t;
}

const WORD = new RegExp(String.raw`[${LETTER}${MARK}${NUMBER}]+`, 'gu');

/** The words that differ only by their marks between what was written and the known name. */
function markSlip(written: string, known: string): { from: string; to: string } {
  const a = written.match(WORD) ?? [];
  const b = known.match(WORD) ?? [];
  const from: string[] = [];
  const to: string[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (foldKey(x) === foldKey(y) && toneKey(x) !== toneKey(y)) {
      from.push(x);
      to.push(y);
    }
  }
  return from.length > 0 ? { from: from.join(' '), to: to.join(' ') } : { from: written, to: known };
}

/** "Sở Sở Công thương": a head word printed twice (a copy slip), read once. */
function dropDoubledHead(text: string): { text: string; repaired: { from: string; to: string } | null } {
  const m = TWO_WORDS.exec(text);
  if (!m || toneKey(m[1] ?? '') !== toneKey(m[3] ?? '')) return { text, repaired: null };
  if (!headAt(levelWords(m[1] ?? '', 'tone'), 0, 'tone')) return { text, repaired: null };
  return { text: text.slice((m[1] ?? '').length + (m[2] ?? '').length), repaired: { from: m[0], to: m[3] ?? '' } };
}

/**
 * The canonical name of one unit as a document writes it: the gazetteer's name for a known body
 * ("Đài PT&TH tỉnh" → "Đài Phát thanh và Truyền hình tỉnh"), repairing a slip in the marks when
 * only that stands between the text and a known name ("Công TTĐT tỉnh"); otherwise the text with
 * white space folded, short forms expanded and the first letter capitalised.
 */
export function canonicalUnit(text: string): CanonicalUnit {
  const trimmed = trimUnitText(text);
  const doubled = dropDoubledHead(trimmed);
  // Expanded once: the lookups and the collective test all read the expanded words (issue 8).
  const expanded = expandAbbreviations(doubled.text);
  const collectiveText = isCollectiveExpanded(expanded);
  const entry = lookupExpanded(expanded);
  if (entry) {
    return { name: entry.name, collective: entry.collective ?? collectiveText, known: true, repaired: doubled.repaired };
  }
  const folded = collectiveText ? null : foldedExpanded(expanded);
  if (folded) {
    const repaired = doubled.repaired ?? markSlip(expanded, folded.name);
    return { name: folded.name, collective: folded.collective ?? false, known: true, repaired };
  }
  return { name: capitalise(exactKey(expanded)), collective: collectiveText, known: false, repaired: doubled.repaired };
}
