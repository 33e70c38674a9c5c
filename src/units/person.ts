import people from '../../data/people.json' with { type: 'json' };
import { foldKey, toneKey } from '../input/keys.js';
import { GAZETTEER } from './data.js';
import { headAt, levelWords } from './name-key.js';
import { lazy } from './lazy.js';
import { LETTER, MARK } from '../model/letters.js';

/**
 * People named as holders of a part or a task (issue 12 §7): "Ông Nguyễn Văn An - Phó Giám
 * đốc Sở:", a cell of a "Người thực hiện" column listing "Đỗ Mạnh Cường" and "Vũ Việt Linh"
 * on lines of their own. A personal name is two to five capitalised syllables that open with a
 * family name (data/people.json); the post written after it is not part of the name.
 */

// Vietnamese personal names have two to five syllables (family, middle and given names). A
// bare name of two syllables ("Hà Tĩnh", "Lâm Đồng") is as often a place, so without a form
// of address a name must have three.
const MAX_NAME_SYLLABLES = 5;
const MIN_BARE_NAME_SYLLABLES = 3;
const MIN_ADDRESSED_NAME_SYLLABLES = 2;
// A cell that lists people is short: thirty names of some thirty characters. A longer text is
// prose, and is not read name by name.
const MAX_PEOPLE_TEXT = 1000;
// A post after a comma ("Nguyễn Văn A, Phó Giám đốc Sở") is read from the next few words: a
// post's title is under forty characters ("Phó Chủ tịch Ủy ban nhân dân" is 28).
const POST_WINDOW = 40;

const SURNAMES = lazy(() => new Set(people.surnames.map((s) => toneKey(s))));
const POSTS = lazy(() => people.posts.map((p) => levelWords(p, 'tone')));
const PROVINCES = lazy(() => new Set(GAZETTEER.provinces.map((p) => foldKey(p))));
const HONORIFIC = new RegExp(
  `^(?:${[...people.honorifics].sort((a, b) => b.length - a.length).map((h) => h.replace(/[./]/g, (c) => `\\${c}`)).join('|')})\\s+`,
  'u',
);
const WORD = new RegExp(String.raw`[${LETTER}${MARK}]+`, 'uy');
// What may follow a name: the end, or a separator before the post ("- Phó Giám đốc", ", Chuyên viên", "(Tổ trưởng)", ":").
const AFTER_NAME = /^\s*(?:$|[-–—,:;(])/u;
const POST_SEPARATOR = /^\s*[-–—,(]?\s*/u;

function capitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** Whether the words at `at` open a post ("Phó Giám đốc"). */
function postAt(tones: readonly string[], at: number): boolean {
  return POSTS().some((p) => p.length > 0 && p.every((w, k) => tones[at + k] === w));
}

interface NameWord { readonly text: string; readonly start: number; readonly end: number }

/** Capitalised words separated by single runs of spaces from `from`, up to the first other thing or `limit` words. */
function capitalisedRun(text: string, from: number, limit = Infinity): NameWord[] {
  const out: NameWord[] = [];
  let i = from;
  while (i < text.length && out.length < limit) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || !capitalised(m[0])) break;
    out.push({ text: m[0], start: i, end: i + m[0].length });
    i += m[0].length;
    const space = /^[ \t]+/.exec(text.slice(i))?.[0] ?? '';
    if (!space) break;
    i += space.length;
  }
  return out;
}

/** Where the name read from `run` ends: at a post word or a head word, or after the longest name. */
function nameLength(run: readonly NameWord[]): number {
  const tones = run.map((w) => toneKey(w.text));
  let n = 0;
  while (n < run.length && n < MAX_NAME_SYLLABLES && !postAt(tones, n) && (n === 0 || !headAt(tones, n, 'tone'))) n += 1;
  return n;
}

export interface PersonName {
  /** The person's name, without the form of address or the post. */
  readonly name: string;
  /** Offsets of the name in the text given. */
  readonly start: number;
  readonly end: number;
}

/**
 * The person a unit text names ("Ông Nguyễn Văn An - Phó Giám đốc Sở", "Nguyễn Thị Loan"), or
 * null when the text names a body. The text must be the person and the post only.
 */
export function personOf(text: string): PersonName | null {
  const t = text.normalize('NFC');
  const lead = /^\s*/.exec(t)?.[0].length ?? 0;
  const addressed = HONORIFIC.exec(t.slice(lead));
  const from = lead + (addressed?.[0].length ?? 0);
  // One word past the longest name tells whether the name ends there.
  const run = capitalisedRun(t, from, MAX_NAME_SYLLABLES + 1);
  const n = nameLength(run);
  const min = addressed ? MIN_ADDRESSED_NAME_SYLLABLES : MIN_BARE_NAME_SYLLABLES;
  if (n < min) return null;
  const last = run[n - 1] as NameWord;
  const rest = t.slice(last.end);
  // The list holds the most frequent family names, not those of every people ("Vàng", "Giàng",
  // "Sùng"): after a form of address, a post after the name says it is a person's all the same.
  const posted = addressed !== null && postAt(levelWords(rest.replace(POST_SEPARATOR, ''), 'tone'), 0);
  if (!SURNAMES().has(toneKey(run[0]?.text ?? '')) && !posted) return null;
  // A post may follow the name with or without a separator ("Nguyễn Văn An Phó Giám đốc").
  if (!AFTER_NAME.test(rest) && !(n < run.length && postAt(run.map((w) => toneKey(w.text)), n))) return null;
  const name = t.slice(run[0]?.start ?? from, last.end);
  if (PROVINCES().has(foldKey(name))) return null;
  return { name, start: run[0]?.start ?? from, end: last.end };
}

/**
 * The ranges of a text that lists only people (a "Người thực hiện" cell): one per line, per
 * comma, semicolon or "và", or run together when the line breaks were lost ("Đỗ Mạnh Cường Vũ
 * Việt Linh": a family name after a whole name starts the next). Null when any part is not a
 * person.
 */
export function personRanges(text: string): [number, number][] | null {
  if (text.length > MAX_PEOPLE_TEXT) return null;
  const t = text.normalize('NFC');
  if (t.length !== text.length) return null;
  const out: [number, number][] = [];
  for (const m of pieces(t)) {
    let at = m.index;
    // The capture keeps the "và" between two names in the list, so that offsets add up.
    for (const part of m[0].split(/(?<=\S)(\s+và\s+)(?=\S)/u)) {
      const from = at;
      at += part.length;
      if (/^\s+và\s+$/u.test(part) || part.trim() === '') continue;
      const ranges = runTogether(t, from, at);
      if (!ranges) return null;
      out.push(...ranges);
    }
  }
  return out.length > 0 ? out : null;
}

/** The pieces of a list of people: between line breaks, semicolons and commas, but a comma before a post ("Trần Thị Hoa, Phó Chánh Văn phòng") stays in the piece. */
function pieces(text: string): { index: number; 0: string }[] {
  const out: { index: number; 0: string }[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const c = text[i];
    if (i < text.length && c !== '\n' && c !== ';' && c !== ',') continue;
    if (c === ',' && postAt(levelWords(text.slice(i + 1, i + POST_WINDOW), 'tone'), 0)) continue;
    if (i > from) out.push({ index: from, 0: text.slice(from, i) });
    from = i + 1;
  }
  return out;
}

/** Names in one piece: a single person, or several written one after another with no separator. */
function runTogether(text: string, from: number, to: number): [number, number][] | null {
  const piece = text.slice(from, to);
  const single = personOf(piece);
  if (single) return [[from + (/^\s*/.exec(piece)?.[0].length ?? 0), from + piece.trimEnd().length]];
  const run = capitalisedRun(piece, /^\s*/.exec(piece)?.[0].length ?? 0);
  if (run.length === 0 || (run[run.length - 1] as NameWord).end !== piece.trimEnd().length) return null;
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= run.length; i += 1) {
    const atSurname = i < run.length && SURNAMES().has(toneKey(run[i]?.text ?? '')) && i - start >= MIN_BARE_NAME_SYLLABLES;
    if (i < run.length && !atSurname) continue;
    const a = run[start] as NameWord;
    const b = run[i - 1] as NameWord;
    if (!personOf(piece.slice(a.start, b.end))) return null;
    out.push([from + a.start, from + b.end]);
    start = i;
  }
  return out;
}
