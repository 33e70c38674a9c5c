import { expandAbbreviations } from './abbreviations.js';
import { headAt, isQualifierWord, markerAt, nounAt, titleAt, type KeyLevel } from './name-key.js';
import { wordKey } from './word-keys.js';
import { LIST_CONJUNCTIONS } from './joiners.js';
import { LETTER, MARK, NUMBER } from '../model/letters.js';
import vague from '../../data/vague-qualifiers.json' with { type: 'json' };

const WORDS = new RegExp(String.raw`[${LETTER}${MARK}${NUMBER}]+`, 'gu');

/** A word of a unit text, with what separates it from the previous word. */
export interface Word {
  readonly text: string;
  readonly tone: string;
  readonly fold: string;
  /** 0-based offset of the word in the text it was read from. */
  readonly start: number;
  readonly end: number;
  /** A comma, semicolon or slash stands between this word and the previous one. */
  readonly listBreak: boolean;
}

function hasListBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 47) return true; // , ; /
  }
  return false;
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(WORDS)) {
    const start = m.index;
    out.push({
      text: m[0],
      tone: wordKey(m[0], 'tone'),
      fold: wordKey(m[0], 'fold'),
      start,
      end: start + m[0].length,
      listBreak: hasListBreak(text, last, start),
    });
    last = start + m[0].length;
  }
  return out;
}

export function levelOf(list: readonly Word[], level: KeyLevel): string[] {
  return list.map((w) => (level === 'tone' ? w.tone : w.fold));
}

function isCapitalised(word: Word | undefined): boolean {
  if (!word) return false;
  const c = word.text.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * Whether the collective noun of `length` words at `at` stands bare ("sở, ban, ngành"), rather
 * than starting a body's name ("Sở Công Thương", "ban QLKKT"). Inside a list (`loose`), a bare
 * noun is followed by the end, a list separator, or a lower-case word ("ngành có liên quan"); a
 * capital after it starts a proper name, except a qualifier ("các sở, ban, ngành Tỉnh"). At the
 * start of a text (strict) a lower-case word is not enough ("sở giáo dục" is one body typed in
 * lower case): another plural noun in lower case must follow ("sở ngành liên quan").
 */
export function isBareNoun(list: readonly Word[], at: number, length: number, loose = true): boolean {
  const next = list[at + length];
  if (!next || next.listBreak) return true;
  // "Vụ Tổ chức cán bộ": a capital after the noun starts a name even when it is a noun too.
  if (!loose) return !isCapitalised(next) && nounAt(levelOf(list, 'tone'), at + length, 'tone') !== null;
  return !isCapitalised(next) || isQualifierWord(next.tone, 'tone');
}

/** The scope of a collective unit: which bodies it could include. */
export interface CollectiveScope {
  /** Folded words of the body named before "các" ("Ủy ban nhân dân" in "UBND các huyện"), if any. */
  readonly head: readonly string[] | null;
  /** Folded collective nouns listed ("huyen", "thi xa", "thanh pho"). */
  readonly nouns: readonly string[];
  /** Kinds of body the nouns cover ('*': any). */
  readonly kinds: ReadonlySet<string>;
}

/**
 * Reads the list of plural nouns of a collective: after "các" (or at the start, when the text
 * starts with a bare noun), nouns follow one another, separated by commas, "và" or nothing
 * ("ban ngành", "phường xã"); the list ends at the first other word ("có liên quan", "của tỉnh").
 */
export function collectiveScope(text: string): CollectiveScope {
  const list = words(expandAbbreviations(text));
  const tones = levelOf(list, 'tone');
  const nouns: string[] = [];
  const kinds = new Set<string>();
  let head: string[] | null = null;
  const first = nounAt(tones, 0, 'tone');
  let open = first !== null && isBareNoun(list, 0, first.length, false);
  let seenMarker = false;
  for (let i = 0; i < list.length; ) {
    const marker = markerAt(tones, i, 'tone');
    if (marker) {
      if (!seenMarker && i > 0) head = bodyBefore(list, i);
      seenMarker = true;
      open = true;
      i += marker.length;
      continue;
    }
    const word = list[i];
    if (open && word && LIST_CONJUNCTIONS.has(word.tone)) {
      i += 1;
      continue;
    }
    const noun = open ? nounAt(tones, i, 'tone') : null;
    if (noun) {
      nouns.push(levelOf(list.slice(i, i + noun.length), 'fold').join(' '));
      for (const k of noun.value.kinds) kinds.add(k);
      i += noun.length;
      continue;
    }
    open = false;
    i += 1;
  }
  return { head, nouns, kinds };
}

/** The body named before the first "các", without an office-holder's title ("Chủ tịch UBND các …"). */
function bodyBefore(list: readonly Word[], end: number): string[] | null {
  const tones = levelOf(list, 'tone');
  let at = 0;
  const title = titleAt(tones, 0, 'tone');
  if (title) at = title.length;
  if (at >= end || !headAt(tones, at, 'tone')) return null;
  return levelOf(list.slice(at, end), 'fold');
}

/**
 * Whether a unit text names a group of bodies rather than one: it has "các"/"những" followed by
 * a collective noun ("Các sở, ban, ngành", "UBND các huyện", "Hội CCB các cấp"), or starts with a
 * bare collective noun ("sở, ngành liên quan"). domain.md §2.3.
 */
export function isCollectiveText(text: string): boolean {
  return isCollectiveExpanded(expandAbbreviations(text));
}

/** isCollectiveText of a text whose short forms are already expanded. */
export function isCollectiveExpanded(expanded: string): boolean {
  const list = words(expanded);
  const tones = levelOf(list, 'tone');
  const first = nounAt(tones, 0, 'tone');
  if (first && isBareNoun(list, 0, first.length, false)) return true;
  // "Liên hiệp các Hội" is one body: a marker inside the head does not make a collective.
  const head = headAt(tones, 0, 'tone');
  for (let i = head ? head.length : 0; i < tones.length; i += 1) {
    const marker = markerAt(tones, i, 'tone');
    if (marker && (i === 0 || nounAt(tones, i + marker.length, 'tone'))) return true;
  }
  return head !== null && nounList(list, tones, nounsFrom(tones, head.length));
}

/** Where the nouns after a head start: a head may end with the first of them ("Ủy ban nhân dân xã", "… cấp xã"). */
export function nounsFrom(tones: readonly string[], headLength: number): number {
  let from = headLength;
  for (let step = 0; step < 2; step += 1) {
    let moved = false;
    for (let l = 1; l <= 2 && !moved; l += 1) {
      if (from - l >= 1 && nounAt(tones, from - l, 'tone')?.length === l) {
        from -= l;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return from;
}

// "liên quan", "có liên quan": what may close a list of plural nouns (data/vague-qualifiers.json).
const VAGUE_TAILS = new Set(vague.words.map((w) => levelOf(words(w), 'tone').join(' ')));

/**
 * Whether a text is nothing but plural nouns joined by commas or "và", perhaps closed by a
 * vague qualifier: "Sở, ngành, địa phương liên quan" names bodies; "Phòng, chống tham nhũng"
 * and "Tổ chức hội nghị sơ kết" open with a noun that is also a verb ("phòng", "tổ chức") and
 * go on with its object, an activity.
 */
export function isNounListOnly(text: string): boolean {
  const list = words(expandAbbreviations(text));
  const tones = levelOf(list, 'tone');
  let i = 0;
  let nouns = 0;
  while (i < tones.length) {
    const noun = nounAt(tones, i, 'tone');
    if (noun) {
      nouns += 1;
      i += noun.length;
    } else if (nouns > 0 && LIST_CONJUNCTIONS.has(tones[i] ?? '')) i += 1;
    else break;
  }
  return nouns > 0 && (i === tones.length || VAGUE_TAILS.has(tones.slice(i).join(' ')));
}

/**
 * "UBND xã, phường, đặc khu", "UBND cấp xã": after a body's head, a list of two or more plural
 * nouns, or "cấp" and a noun, names every such body without "các" (issue 12 §8).
 */
function nounList(list: readonly Word[], tones: readonly string[], i: number): boolean {
  const noun = nounAt(tones, i, 'tone');
  if (!noun) return false;
  if (noun.value.kinds.length === 0) return nounAt(tones, i + noun.length, 'tone') !== null;
  let count = 1;
  let k = i + noun.length;
  for (;;) {
    const w = list[k];
    if (w && !w.listBreak && LIST_CONJUNCTIONS.has(w.tone)) k += 1;
    else if (!w?.listBreak) break;
    const next = nounAt(tones, k, 'tone');
    const after = list[k + (next?.length ?? 0)];
    // "UBND xã, phường Hà Nội" is not a list of a noun and a name: a proper name ends it.
    if (!next || (isCapitalised(after) && !isQualifierWord(after?.tone ?? '', 'tone'))) break;
    count += 1;
    k += next.length;
  }
  return count >= 2;
}
