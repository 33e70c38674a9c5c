import { expandAbbreviations } from './abbreviations.js';
import { isBareNoun, isCollectiveExpanded, levelOf, nounsFrom, words } from './collective.js';
import { foldedExpanded, lookupExpanded } from './gazetteer.js';
import { dropPlace, expandedNameWords, headAt, isQualifierWord, markerAt, nounAt, stripQualifier, titleAt } from './name-key.js';
import { roleNoteOf } from './role-note.js';
import { memoByText } from './lazy.js';
import { LIST_CONJUNCTIONS } from './joiners.js';
import { foldKey } from '../input/keys.js';

/**
 * Which body a unit's name denotes, as a key: two names denote the same body when their keys are
 * equal (issue 12 §8, issue 13 §4). The one comparison behind `plan tasks --unit`, the unit index
 * and every validate rule.
 *
 * - A known body: its gazetteer name ("Sở GD&ĐT" = "Sở Giáo dục và Đào tạo"), forgiving a slip in
 *   the marks ("Công TTĐT" = "Cổng TTĐT").
 * - A collective: the body named before its nouns, the set of its nouns in any order, and what
 *   follows them, without "các" and a trailing place: "UBND xã, phường, đặc khu" = "Ủy ban nhân
 *   dân phường, xã, đặc khu" = "UBND các phường, xã, đặc khu"; "Các sở, ban, ngành tỉnh" =
 *   "các sở, ban, ngành".
 * - Any other body: its words folded, short forms expanded, "và" and a trailing place dropped.
 *
 * A role note in parentheses is never part of the body ("Sở Tài chính (cơ quan chủ trì)").
 * A plan names the same few dozen bodies in row after row: each name is keyed once (4096 names).
 */
// A plan names a few hundred distinct bodies at most; the keys of this many names are kept.
const KEYS_KEPT = 4096;
export const bodyKey: (name: string) => string = memoByText((name) => keyOf(name), KEYS_KEPT);

function keyOf(name: string): string {
  const note = roleNoteOf(name);
  const expanded = expandAbbreviations(note ? name.slice(0, note.unitEnd) : name);
  if (isCollectiveExpanded(expanded)) return `group:${collectiveKey(expanded)}`;
  const entry = lookupExpanded(expanded) ?? foldedExpanded(expanded);
  if (entry && !entry.collective) return `body:${foldKey(entry.name)}`;
  return `name:${stripQualifier(expandedNameWords(expanded, 'fold'), 'fold').join(' ')}`;
}

/** A person's key: the name's words, folded. */
export function personKey(name: string): string {
  return `person:${foldKey(name).split(/\s+/u).filter(Boolean).join(' ')}`;
}

/** head | nouns, sorted | rest, from the expanded words of a collective. */
function collectiveKey(expanded: string): string {
  const list = words(expanded);
  const tones = levelOf(list, 'tone');
  const folds = levelOf(list, 'fold');
  const title = titleAt(tones, 0, 'tone');
  let i = title?.length ?? 0;
  // "Sở, ban, ngành" opens with a plural noun, not with the head "Sở".
  const bare = nounAt(tones, i, 'tone');
  const head = bare && isBareNoun(list, i, bare.length, false) ? null : headAt(tones, i, 'tone');
  let headEnd = head ? nounsFrom(tones, i + head.length) : i;
  // "UBND các huyện": the head ends where "các" starts.
  for (let k = i; k < headEnd; k += 1) if (markerAt(tones, k, 'tone')) headEnd = k;
  const headWords = folds.slice(0, headEnd);
  i = headEnd;
  const nouns = new Set<string>();
  const rest: string[] = [];
  while (i < list.length) {
    const marker = markerAt(tones, i, 'tone');
    if (marker) {
      i += marker.length;
      continue;
    }
    const noun = rest.length === 0 ? nounAt(tones, i, 'tone') : null;
    // A place right after the nouns qualifies them ("các sở, ban, ngành tỉnh"); "cấp" only says
    // which level ("UBND cấp xã" = "UBND các xã").
    const qualifies = noun !== null && nouns.size > 0 && !list[i]?.listBreak && !LIST_CONJUNCTIONS.has(tones[i - 1] ?? '') && isQualifierWord(tones[i] ?? '', 'tone');
    if (noun && !qualifies) {
      if (noun.value.kinds.length > 0) nouns.add(folds.slice(i, i + noun.length).join(' '));
      i += noun.length;
      continue;
    }
    const w = folds[i] ?? '';
    if (!(rest.length === 0 && (w === 'va' || w === 'hoac'))) rest.push(w);
    i += 1;
  }
  return [headWords.join(' '), [...nouns].sort().join(','), dropPlace(rest, 'fold').join(' ')].join('|');
}
