import data from '../../data/admin-levels.json' with { type: 'json' };
import { foldKey } from '../input/keys.js';
import { LETTER, NUMBER } from '../model/letters.js';
import { bodyKey } from './identity.js';
import { roleNoteOf } from './role-note.js';

/**
 * The place a plan is the plan of: the administrative level and the place's name its issuer
 * ends in ("Ủy ban nhân dân phường Thủ Dầu Một" → phường, Thủ Dầu Một). Inside that plan the
 * issuer's own bodies are named with or without the place ("Công an phường" in the appendix,
 * "Công an phường Thủ Dầu Một" in TỔ CHỨC THỰC HIỆN): a reader knows both are the ward's police,
 * because a ward's plan commands no other ward's bodies. The place is a property of the plan,
 * not of the gazetteer, so it is read from the plan and passed to whatever keys its units.
 */
export interface OwnPlace {
  /** The level's words, folded: ["phuong"], ["thi", "xa"]. */
  readonly level: readonly string[];
  /** The place's name, folded words: ["thu", "dau", "mot"]. */
  readonly place: readonly string[];
}

// Folded level words, the longer first where one ends another ("thị xã" before "xã").
const LEVELS: readonly (readonly string[])[] = data.levels.map((l) => foldKey(l).split(' ')).sort((a, b) => b.length - a.length);

const NOT_WORD = new RegExp(`[^${LETTER}${NUMBER}]`, 'gu');

/** Folded words with their start in the text; punctuation alone ("-" of "Bà Rịa - Vũng Tàu") is no word. */
function wordsOf(text: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    const word = foldKey(m[0]).replace(NOT_WORD, '');
    if (word) out.push({ word, at: m.index });
  }
  return out;
}

function levelAt(words: readonly string[], at: number): readonly string[] | null {
  return LEVELS.find((l) => l.every((w, k) => words[at + k] === w)) ?? null;
}

/**
 * The issuer's own place: its last level word followed by a name ("Ủy ban nhân dân thị xã Kỳ
 * Anh" → thị xã, Kỳ Anh); null when the issuer names none ("Sở Y tế", "Bộ Tài chính": a province
 * is already dropped from every name by units/name-key.ts dropPlace).
 */
export function ownPlaceOf(issuer: string | null): OwnPlace | null {
  if (issuer === null) return null;
  const words = wordsOf(issuer).map((w) => w.word);
  let found: OwnPlace | null = null;
  for (let i = 0; i < words.length; ) {
    const level = levelAt(words, i);
    if (level === null) {
      i += 1;
      continue;
    }
    i += level.length;
    if (i < words.length) found = { level, place: words.slice(i) };
  }
  return found;
}

/**
 * The name without the plan's own place after its level word ("Công an phường Thủ Dầu Một" →
 * "Công an phường"); any other name as it is: another place keeps its place ("UBND xã Tân Phú" in
 * a plan of xã Tân Uyên), and so does a level other than the issuer's ("Công an huyện" in a
 * province's plan). A role note in parentheses stays where it was.
 */
export function withoutOwnPlace(name: string, own: OwnPlace | null): string {
  if (own === null) return name;
  const note = roleNoteOf(name);
  const end = note ? note.unitEnd : name.length;
  const words = wordsOf(name.slice(0, end));
  const placeAt = words.length - own.place.length;
  const levelAt = placeAt - own.level.length;
  // A word must come before the level: "phường Thủ Dầu Một" alone is the place, not a body of it.
  if (levelAt < 1) return name;
  const matches = (tail: readonly string[], from: number): boolean => tail.every((w, k) => words[from + k]?.word === w);
  if (!matches(own.level, levelAt) || !matches(own.place, placeAt)) return name;
  return `${name.slice(0, words[placeAt]?.at ?? end).trimEnd()}${name.slice(end)}`;
}

/** Which body a name denotes within a plan of this place (units/identity.ts bodyKey, own place dropped first). */
export function ownBodyKey(name: string, own: OwnPlace | null): string {
  return bodyKey(withoutOwnPlace(name, own));
}
