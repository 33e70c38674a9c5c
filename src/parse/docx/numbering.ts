import type { Document, Element } from '@xmldom/xmldom';
import { wAttr, wChild, wChildren, wInt, wOn, wVal } from './xml.js';

/** One level of a Word list definition (w:lvl). */
export interface Level {
  readonly ilvl: number;
  /** Value of the first item; ECMA-376 §17.9.26 makes 0 the default when w:start is absent. */
  readonly start: number;
  readonly numFmt: string;
  /** "%1.", "%1.%2.", "%1)" …; null when the level shows no text. */
  readonly lvlText: string | null;
  /** w:lvlRestart: 0 never restarts; N restarts after level N (1-based) or a higher one. */
  readonly lvlRestart: number | null;
  /** w:isLgl: every number in the text is shown as decimal (legal numbering). */
  readonly isLgl: boolean;
  /** What follows the number: a tab (default), a space or nothing. */
  readonly suff: 'tab' | 'space' | 'nothing';
  /** A paragraph style tied to this level (a heading style linked to a multilevel list). */
  readonly pStyle: string | null;
}

export interface Numbering {
  readonly abstracts: ReadonlyMap<number, ReadonlyMap<number, Level>>;
  readonly nums: ReadonlyMap<number, Num>;
}

interface Num {
  readonly abstractNumId: number;
  /** Levels redefined by w:lvlOverride/w:lvl. */
  readonly levels: ReadonlyMap<number, Level>;
  /** w:lvlOverride/w:startOverride: this list instance restarts these levels at these values. */
  readonly startOverrides: ReadonlyMap<number, number>;
}

export const NO_NUMBERING: Numbering = { abstracts: new Map(), nums: new Map() };

/**
 * The largest start value Word accepts ("Start at" goes from 0 to 32767); a file may declare
 * any number (2^53 in a hostile one, whose Roman numeral would fill memory), so a start is
 * clamped to this, and a counter beyond it is shown in decimal (issue 14).
 */
export const MAX_COUNTER = 32_767;

export function clampStart(value: number): number {
  return Math.max(0, Math.min(MAX_COUNTER, value));
}

/**
 * Reads numbering.xml. An abstract definition that only links to a numbering style
 * (w:numStyleLink) takes the levels of the list that style names.
 */
export function readNumbering(doc: Document | null, numberingStyles: ReadonlyMap<string, number> = new Map()): Numbering {
  const root = doc?.documentElement as Element | undefined;
  if (!root) return NO_NUMBERING;
  const abstracts = new Map<number, Map<number, Level>>();
  const links = new Map<number, string>();
  for (const el of wChildren(root, 'abstractNum')) {
    const id = intAttr(el, 'abstractNumId');
    if (id === null) continue;
    abstracts.set(id, readLevels(el));
    const link = wVal(el, 'numStyleLink');
    if (link) links.set(id, link);
  }
  const nums = new Map<number, Num>();
  for (const el of wChildren(root, 'num')) {
    const numId = intAttr(el, 'numId');
    const abstractNumId = wInt(el, 'abstractNumId');
    if (numId === null || abstractNumId === null) continue;
    const levels = new Map<number, Level>();
    const startOverrides = new Map<number, number>();
    for (const o of wChildren(el, 'lvlOverride')) {
      const ilvl = intAttr(o, 'ilvl');
      if (ilvl === null) continue;
      const start = wInt(o, 'startOverride');
      if (start !== null) startOverrides.set(ilvl, clampStart(start));
      const lvl = wChild(o, 'lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl, ilvl));
    }
    nums.set(numId, { abstractNumId, levels, startOverrides });
  }
  // Resolve style links once the nums are known: link → style → numId → that num's abstract.
  for (const [id, style] of links) {
    const target = nums.get(numberingStyles.get(style) ?? -1);
    const levels = target ? abstracts.get(target.abstractNumId) : undefined;
    if (levels && (abstracts.get(id)?.size ?? 0) === 0) abstracts.set(id, levels);
  }
  return { abstracts, nums };
}

function readLevels(abstractNum: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of wChildren(abstractNum, 'lvl')) {
    const ilvl = intAttr(lvl, 'ilvl');
    if (ilvl !== null) levels.set(ilvl, readLevel(lvl, ilvl));
  }
  return levels;
}

function readLevel(lvl: Element, ilvl: number): Level {
  const suff = wVal(lvl, 'suff');
  return {
    ilvl,
    start: clampStart(wInt(lvl, 'start') ?? 0),
    numFmt: wVal(lvl, 'numFmt') ?? 'decimal',
    lvlText: wVal(lvl, 'lvlText'),
    lvlRestart: wInt(lvl, 'lvlRestart'),
    isLgl: wOn(lvl, 'isLgl'),
    suff: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    pStyle: wVal(lvl, 'pStyle'),
  };
}

function intAttr(el: Element, name: string): number | null {
  const v = wAttr(el, name);
  const n = v === null ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

/** The level of a list that a paragraph style is tied to (w:lvl/w:pStyle), or null. */
export function levelForStyle(numbering: Numbering, numId: number, styleId: string | null): number | null {
  if (!styleId) return null;
  const num = numbering.nums.get(numId);
  const levels = num ? numbering.abstracts.get(num.abstractNumId) : undefined;
  for (const level of levels?.values() ?? []) if (level.pStyle === styleId) return level.ilvl;
  return null;
}

/** Gives each numbered paragraph, in document order, the marker Word shows before it. */
export interface ListCounters {
  /** The visible marker ("IV.", "2.", "a)", "- "), with its separator, or null for none. */
  next(numId: number, ilvl: number): string | null;
}

/**
 * Counters as Word keeps them: list instances (w:num) of one abstract definition share their
 * counters and number on from each other, unless the instance overrides a start value, which
 * makes it a list of its own ("Restart numbering" in Word writes exactly such an instance).
 * Numbering a level resets the deeper levels that w:lvlRestart lets restart.
 */
export function createListCounters(numbering: Numbering): ListCounters {
  const counters = new Map<string, (number | undefined)[]>();
  return {
    next(numId, ilvl) {
      const num = numbering.nums.get(numId);
      if (!num || numId === 0) return null;
      const abstract = numbering.abstracts.get(num.abstractNumId);
      const levelOf = (i: number): Level | undefined => num.levels.get(i) ?? abstract?.get(i);
      const level = levelOf(ilvl);
      if (!level) return null;
      const startOf = (i: number): number => num.startOverrides.get(i) ?? levelOf(i)?.start ?? 0;
      const key = num.startOverrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractNumId}`;
      let values = counters.get(key);
      if (!values) counters.set(key, (values = []));
      const current = values[ilvl];
      values[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
      for (let deeper = ilvl + 1; deeper < 9; deeper++) {
        const restart = levelOf(deeper)?.lvlRestart ?? null;
        // No w:lvlRestart: restart after any higher level; 0: never; N: after level N-1 (0-based) or higher.
        if (restart === null || (restart !== 0 && ilvl <= restart - 1)) values[deeper] = undefined;
      }
      if (level.numFmt === 'bullet') return bulletMarker(level.lvlText);
      if (level.numFmt === 'none' || level.lvlText === null) return null;
      const counted = values;
      const text = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
        const i = Number(d) - 1;
        const value = counted[i] ?? startOf(i);
        const fmt = level.isLgl && i !== ilvl ? 'decimal' : (levelOf(i)?.numFmt ?? 'decimal');
        return formatNumber(value, fmt);
      });
      if (text.trim() === '') return null;
      return level.suff === 'nothing' ? text : `${text} `;
    },
  };
}

/**
 * Word bullets are a glyph, often from the Symbol or Wingdings fonts; the plan scheme knows only
 * "-" and "+" (domain.md §1.9), so a "+" glyph stays "+" and every other bullet reads as "-".
 */
function bulletMarker(lvlText: string | null): string {
  return lvlText?.trim() === '+' ? '+ ' : '- ';
}

/** A counter value in a Word number format (ECMA-376 §17.18.59, ST_NumberFormat). */
export function formatNumber(value: number, numFmt: string): string {
  if (value > MAX_COUNTER) return String(value);
  switch (numFmt) {
    case 'upperRoman':
      return value > 0 ? roman(value) : String(value);
    case 'lowerRoman':
      return value > 0 ? roman(value).toLowerCase() : String(value);
    case 'upperLetter':
      return value > 0 ? letter(value) : String(value);
    case 'lowerLetter':
      return value > 0 ? letter(value).toLowerCase() : String(value);
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}

/**
 * Word's letters: the Latin alphabet a … z, then aa, bb … It does not follow the Vietnamese
 * order of NĐ 30 (no "đ", "f" included): the reader renders what Word shows and leaves the
 * judgement to the numbering lexer.
 */
function letter(value: number): string {
  const index = (value - 1) % 26;
  const times = Math.floor((value - 1) / 26) + 1;
  return String.fromCharCode(65 + index).repeat(times);
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(value: number): string {
  let n = value;
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}
