import data from '../../data/admin-levels.json' with { type: 'json' };
import { foldKey } from '../input/keys.js';
import { LETTER, NUMBER } from '../model/letters.js';
import { bodyKey } from './identity.js';
import { roleNoteOf } from './role-note.js';
import { nameWords, trailingProvince } from './name-key.js';
import { provinceOf } from './province.js';
import type { DocumentInfo } from '../model/types.js';

/**
 * The place a plan is the plan of: the administrative level and the place's name its issuer
 * ends in ("Ủy ban nhân dân phường Thủ Dầu Một" → phường, Thủ Dầu Một). Inside that plan the
 * issuer's own bodies are named with or without the place ("Công an phường" in the appendix,
 * "Công an phường Thủ Dầu Một" in TỔ CHỨC THỰC HIỆN): a reader knows both are the ward's police,
 * because a ward's plan commands no other ward's bodies. The place is a property of the plan,
 * not of the gazetteer, so it is read from the plan and passed to whatever keys its units.
 */
export interface OwnPlace {
  /** The level's words, folded: ["phuong"], ["thi", "xa"]; empty when the issuer names no place. */
  readonly level: readonly string[];
  /** The place's name, folded words: ["thu", "dau", "mot"]; empty when the issuer names no place. */
  readonly place: readonly string[];
  /**
   * The plan's province, folded words (["nam", "dinh"]), from its place, issuer or title; null
   * when none names one. Only this province's name is dropped from a unit's name: "Công an tỉnh
   * Hà Nam" in a Nam Định plan is another province's police, not "Công an tỉnh".
   */
  readonly province: readonly string[] | null;
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
 * Anh" → thị xã, Kỳ Anh), and the plan's province (`province`, by default the one the issuer
 * names); null when neither is known ("Bộ Tài chính").
 */
export function ownPlaceOf(issuer: string | null, province: string | null = provinceOf([issuer])): OwnPlace | null {
  const words = issuer === null ? [] : wordsOf(issuer).map((w) => w.word);
  let level: readonly string[] = [];
  let place: readonly string[] = [];
  for (let i = 0; i < words.length; ) {
    const found = levelAt(words, i);
    if (found === null) {
      i += 1;
      continue;
    }
    i += found.length;
    if (i < words.length) [level, place] = [found, words.slice(i)];
  }
  const own = province === null ? null : wordsOf(province).map((w) => w.word);
  return place.length === 0 && own === null ? null : { level, place, province: own };
}

/** The own place of a plan: its issuer's place, and the province its place, issuer or title names. */
export function planPlaceOf(doc: Pick<DocumentInfo, 'place' | 'issuer' | 'title'>): OwnPlace | null {
  return ownPlaceOf(doc.issuer, provinceOf([doc.place, doc.issuer, doc.title]));
}

/**
 * The name without the plan's own place after its level word ("Công an phường Thủ Dầu Một" →
 * "Công an phường"); any other name as it is: another place keeps its place ("UBND xã Tân Phú" in
 * a plan of xã Tân Uyên), and so does a level other than the issuer's ("Công an huyện" in a
 * province's plan). A role note in parentheses stays where it was.
 */
export function withoutOwnPlace(name: string, own: OwnPlace | null): string {
  if (own === null || own.place.length === 0) return name;
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

/**
 * The province a name ends with ("Công an tỉnh Hà Nam" → "ha nam") when it is not the plan's
 * own (any province, in a plan of none): the name denotes that province's body, which no name
 * without it does. Null when the name ends with no province, or with the plan's own.
 */
export function foreignProvince(name: string, own: OwnPlace | null): string | null {
  const province = trailingProvince(nameWords(withoutOwnPlace(name, own), 'fold'), 'fold');
  return otherThanOwn(province, own);
}

/** A province's folded words joined, unless it is the plan's own (then null). */
function otherThanOwn(province: readonly string[] | null, own: OwnPlace | null): string | null {
  if (province === null) return null;
  const key = province.join(' ');
  return key === own?.province?.join(' ') ? null : key;
}

/**
 * The province a unit as written is of, when not the plan's own: the text's, which the canonical
 * name may have lost ("Công an tỉnh Hà Nam" is named "Công an tỉnh" after the gazetteer), else the name's.
 */
export function writtenProvince(name: string, text: string, own: OwnPlace | null): string | null {
  return foreignProvince(text, own) ?? foreignProvince(name, own);
}

/**
 * Which body a name denotes within a plan of this place (units/identity.ts bodyKey, own place
 * dropped first); a body of another province, in the name or as `written`, is that province's.
 */
export function ownBodyKey(name: string, own: OwnPlace | null, written = name): string {
  const key = bodyKey(withoutOwnPlace(name, own));
  const away = writtenProvince(name, written, own);
  return away === null ? key : `${key}@${away}`;
}
