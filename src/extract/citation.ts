import data from '../../data/doc-types.json' with { type: 'json' };
import issuerNameEnds from '../../data/issuer-name-ends.json' with { type: 'json' };
import type { Citation } from '../model/types.js';
import { toneKey } from '../input/keys.js';
import { dateAt } from './dates.js';
import { LETTER, NUMBER, UPPER, hasLetter } from '../model/letters.js';

const NUMBER_AFTER_SO = new RegExp(String.raw`^\s*(?:số\s+)*[${NUMBER}.…_]`, 'u');
const A_NUMBER = new RegExp(String.raw`[${NUMBER}]`, 'u');

/**
 * The documents a clause cites: "Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo
 * thông tin tuyên truyền ASEAN về việc …" (domain.md §1.4: administrative, legal normative and
 * Party numbers). A citation is a type word, then a number, a date or both, then optionally
 * "của" and the issuer. Laws are cited by name ("Luật Điện lực số 61/2024/QH15 ngày
 * 30/11/2024", "Luật Tổ chức chính quyền địa phương ngày 16/6/2025").
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so "Kế hoạch hành động" wins over "Kế hoạch".
const CITED = [...data.cited].sort((a, b) => b.length - a.length);
const TYPE_RE = new RegExp(
  String.raw`(?<![${LETTER}${NUMBER}])(${CITED.map((w) => escape(w).replace(/ /g, String.raw`\s+`)).join('|')})(?![${LETTER}${NUMBER}])`,
  'giu',
);
const BY_NAME = new Set(data.byName.map((w) => toneKey(w)));
const CITED_KEYS = new Set(CITED.map((w) => toneKey(w)));

// "số", repeated when a name ends in the word ("Luật Công nghiệp công nghệ số số 71/2025/QH15").
const SO_RE = new RegExp(String.raw`\s*số(?![${LETTER}])(?:\s*:)?(?:\s+số(?![${LETTER}])(?:\s*:)?)*\s*`, 'iuy');
const SEGMENT = String.raw`(?:[${UPPER}][${LETTER}${NUMBER}&]*|[${NUMBER}]+)`;
// A number, or the blank a draft leaves for it, then the symbol; spaces are tolerated around a
// separator ("223/KH- UBND"), and lower-case words never start a segment.
const NUMBER_RE = new RegExp(
  String.raw`(?:([${NUMBER}]+)|[.…_]*)(?:\s*([/-])\s*(${SEGMENT}(?:\s*[/-]\s*${SEGMENT})*))?`,
  'uy',
);
const DATE_LEAD_RE = new RegExp(String.raw`\s*,?\s*(?:ban\s+hành\s+)?(?=ngày(?![${LETTER}]))`, 'iuy');
const BLANK_DATE_RE = /ngày[\s.…/_]*(?:\d{4})?/iuy;
const OF_RE = /\s*,?\s*của\s+/iuy;
const WORD_RE = /\S+/uy;
const SPACE_RE = /\s*/uy;

// Words that end an issuer's name (data/issuer-name-ends.json): what follows "của <issuer>" is
// the subject of the cited document ("về việc …", "phê duyệt …", "ban hành …") or another date.
const ISSUER_STOPS = issuerNameEnds.words.map((s) => s.split(' '));

/** Finds the documents a clause cites, in order. Never throws; unreadable parts are null. */
export function findCitations(input: string): Citation[] {
  const text = input.normalize('NFC');
  const out: Citation[] = [];
  TYPE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TYPE_RE.exec(text)) !== null) {
    const found = readCitation(text, m.index, m[0]);
    if (found) {
      out.push(found.citation);
      TYPE_RE.lastIndex = Math.max(found.end, m.index + m[0].length);
    }
  }
  return out;
}

function readCitation(text: string, start: number, typeWord: string): { citation: Citation; end: number } | null {
  const type = typeWord.replace(/\s+/g, ' ');
  let pos = start + typeWord.length;
  let end = pos;
  if (BY_NAME.has(toneKey(type))) {
    // Laws are cited by name, which must start with a capital ("Luật Điện lực"), so a
    // common noun ("pháp luật") is not taken for one.
    if (type.charAt(0) !== type.charAt(0).toUpperCase()) return null;
    pos = end = skipName(text, pos);
  }

  let number: string | null = null;
  let numbered = false;
  SO_RE.lastIndex = pos;
  const so = SO_RE.exec(text);
  NUMBER_RE.lastIndex = so ? SO_RE.lastIndex : skipSpaces(text, pos);
  const num = NUMBER_RE.exec(text);
  if (num && num[0].length > 0) {
    const digits = num[1];
    const symbol = num[3]?.replace(/\s+/g, '') ?? null;
    // Without "số", only a symbol makes a number ("Kế hoạch 223/KH- UBND"), not "Kế hoạch 2020".
    const ok = digits !== undefined ? so !== null || (symbol !== null && hasLetter(symbol)) : symbol !== null;
    if (ok) {
      number = digits === undefined ? null : symbol === null ? digits : `${digits}${num[2] ?? '/'}${symbol}`;
      numbered = true;
      pos = end = NUMBER_RE.lastIndex;
    }
  }

  let date: string | null = null;
  let dated = false;
  let issuer: string | null = null;
  // Date and issuer come in either order ("… của Thủ tướng Chính phủ ngày 31/3/2022").
  for (let round = 0; round < 2; round++) {
    if (!dated) {
      DATE_LEAD_RE.lastIndex = pos;
      if (DATE_LEAD_RE.exec(text)) {
        const d = dateAt(text, DATE_LEAD_RE.lastIndex);
        if (d) {
          date = d.iso;
          dated = true;
          pos = end = d.end;
        } else {
          BLANK_DATE_RE.lastIndex = DATE_LEAD_RE.lastIndex;
          if (BLANK_DATE_RE.exec(text)) {
            dated = true;
            pos = end = trimEnd(text, BLANK_DATE_RE.lastIndex);
          }
        }
      }
    }
    if (issuer === null && (numbered || dated)) {
      OF_RE.lastIndex = pos;
      if (OF_RE.exec(text)) {
        const who = readIssuer(text, OF_RE.lastIndex);
        if (who) {
          issuer = who.name;
          pos = end = who.end;
        }
      }
    }
  }
  if (!numbered && !dated) return null;
  return {
    citation: { text: text.slice(start, end).replace(/\s+/g, ' ').trim(), type, number, date, issuer },
    end,
  };
}

// Scan bounds, in words, that keep a citation's reading linear on a run-on clause: a law's name
// is under forty words ("Luật Sửa đổi, bổ sung một số điều của …" names run to twenty or so);
// an issuer is read from at most 24 words of which its name takes at most 16 ("Ban Chỉ đạo
// thông tin tuyên truyền ASEAN" is seven); an enumeration closed by "và" inside a name
// ("Bộ Văn hóa, Thể thao và Du lịch") reaches "và" within six words of its comma.
const LAW_NAME_WORDS = 40;
const ISSUER_WORDS_READ = 24;
const ISSUER_NAME_WORDS = 16;
const ENUMERATION_WORDS = 6;
// "số" then the number's digits, in the characters after it ("số  số 71/…").
const NUMBER_AFTER_SO_WINDOW = 20;

/** Past a law's name: up to "số <digit>", "ngày", or the end of the clause. */
function skipName(text: string, from: number): number {
  let pos = from;
  for (let i = 0; i < LAW_NAME_WORDS; i++) {
    const wordStart = skipSpaces(text, pos);
    WORD_RE.lastIndex = wordStart;
    const w = WORD_RE.exec(text);
    if (!w) return pos;
    const word = w[0].toLowerCase();
    if (word === 'ngày') return pos;
    if (word === 'số' && NUMBER_AFTER_SO.test(text.slice(WORD_RE.lastIndex, WORD_RE.lastIndex + NUMBER_AFTER_SO_WINDOW))) {
      // "số số 71/…": the number's own "số" is the last one before the digits.
      return pos;
    }
    if (/^[;:(“"]/u.test(w[0])) return pos;
    // Commas stay inside a name ("Luật Sửa đổi, bổ sung …"); other punctuation ends the clause.
    const core = w[0].replace(/[;:.)”"]+$/u, '');
    if (core !== w[0]) return w.index + core.length;
    pos = WORD_RE.lastIndex;
  }
  return pos;
}

function readIssuer(text: string, from: number): { name: string; end: number } | null {
  const words: { word: string; start: number; end: number }[] = [];
  let pos = from;
  for (let i = 0; i < ISSUER_WORDS_READ; i++) {
    WORD_RE.lastIndex = skipSpaces(text, pos);
    const w = WORD_RE.exec(text);
    if (!w) break;
    words.push({ word: w[0], start: w.index, end: WORD_RE.lastIndex });
    pos = WORD_RE.lastIndex;
  }
  let endWord = 0;
  for (let i = 0; i < words.length && i < ISSUER_NAME_WORDS; i++) {
    const cur = words[i];
    if (!cur) break;
    const core = cur.word.replace(/[,;:.)”"]+$/u, '');
    if (core === '' || /^[(“"«]/u.test(cur.word)) break;
    if (startsStop(words, i) || (i > 0 && startsCitedType(words, i))) break;
    if (i > 0 && toneKey(core) === 'và' && !startsName(words, i + 1)) break;
    endWord = i + 1;
    cur.end = cur.start + core.length;
    if (core !== cur.word) {
      // "…, Thể thao và Du lịch" continues a name; ", cụ thể …" or "; Thông tư …" ends it.
      if (!cur.word.slice(core.length).startsWith(',') || !enumerationFollows(words, i + 1)) break;
    }
  }
  const last = words[endWord - 1];
  const first = words[0];
  if (!last || !first) return null;
  return { name: text.slice(first.start, last.end).replace(/\s+/g, ' '), end: last.end };
}

function startsStop(words: readonly { word: string }[], i: number): boolean {
  return ISSUER_STOPS.some((stop) =>
    stop.every((s, k) => toneKey((words[i + k]?.word ?? '').replace(/[,;:.)”"]+$/u, '')) === s),
  );
}

function startsCitedType(words: readonly { word: string }[], i: number): boolean {
  const w0 = words[i]?.word ?? '';
  if (w0.charAt(0) !== w0.charAt(0).toUpperCase() || w0.charAt(0) === w0.charAt(0).toLowerCase()) return false;
  for (const n of [1, 2, 3]) {
    const phrase = words.slice(i, i + n).map((w) => w.word).join(' ');
    if (CITED_KEYS.has(toneKey(phrase))) return true;
  }
  return false;
}

/**
 * After a comma, whether the name goes on as an enumeration closed by "và": "Bộ Văn hóa, Thể thao
 * và Du lịch", "Sở Lao động, Thương binh và Xã hội". Anything else after a comma ("…, UBND tỉnh
 * ban hành") starts a new phrase.
 */
function enumerationFollows(words: readonly { word: string }[], from: number): boolean {
  for (let k = from; k < from + ENUMERATION_WORDS && k < words.length; k++) {
    const w = words[k]?.word ?? '';
    if (toneKey(w) === 'và') return k > from && startsName(words, k + 1);
    if (!startsName(words, k) && k === from) return false;
    if (/[,;:.)”"]$/u.test(w) || startsStop(words, k)) return false;
  }
  return false;
}

/** Whether the word at i starts with a capital or a digit, and is not the start of another citation. */
function startsName(words: readonly { word: string }[], i: number): boolean {
  const c = words[i]?.word.charAt(0) ?? '';
  if (c === '') return false;
  const capital = A_NUMBER.test(c) || (c === c.toUpperCase() && c !== c.toLowerCase());
  return capital && !startsCitedType(words, i);
}

function skipSpaces(text: string, pos: number): number {
  SPACE_RE.lastIndex = pos;
  SPACE_RE.exec(text);
  return SPACE_RE.lastIndex;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text.charAt(e - 1))) e--;
  return e;
}
