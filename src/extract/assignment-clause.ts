import data from '../../data/assignments.json' with { type: 'json' };
import { toneKey } from '../input/keys.js';
import { levelOf, words, type Word } from '../units/collective.js';
import { headAt, markerAt, nounAt } from '../units/name-key.js';
import { canonicalUnit } from '../units/canonical.js';
import { splitUnits } from '../units/split.js';
import { LIST_CONJUNCTIONS } from '../units/joiners.js';

/**
 * Assignments written as a clause (issue 12 §1–3): the units that open a sentence ("Sở Tài
 * chính chủ trì, phối hợp với Sở Nội vụ …"), and the lead and support units of a label's value or
 * a delegation ("X chủ trì, phối hợp với Y; Z", "(Giao X chủ trì, phối hợp với Y tham mưu)").
 * Vocabulary: data/assignments.json `clause`.
 */

const C = data.clause;
// Words are compared without the punctuation between them ('lãnh đạo, chỉ đạo'), as words() reads a text.
// How many commas a listed phrase is written with: only those may break it in a text.
const COMMAS = new WeakMap<readonly string[], number>();
const phrases = (xs: readonly string[]): string[][] =>
  xs
    .map((x) => {
      const p = toneKey(x).split(/[\s,]+/u);
      COMMAS.set(p, (x.match(/,/gu) ?? []).length);
      return p;
    })
    .sort((a, b) => b.length - a.length);
const ASSIGN = phrases(C.assignVerbs);
const ACTION = phrases(C.actionVerbs);
const ADJECTIVES = phrases(C.adjectiveVerbs);
const SUPPORT = phrases(C.supportLinks);
const OPENERS = phrases(C.openers);
const ROLE_LINKS = phrases(C.roleLinks);
const COMPOUNDS = phrases(C.compounds);

// When no verb from the lists ends the units of a sentence, an unknown body's name is taken to
// run up to three lower-case words past its last capitalised word ("Cục Biến đổi khí hậu",
// "Cục Viễn thám quốc gia"); longer tails are rarer than a verb right after the name.
export const MAX_NAME_TAIL = 3;

function lowerAsWritten(w: Word | undefined): boolean {
  const c = w?.text.charAt(0) ?? '';
  return c === c.toLowerCase();
}

/** The phrase of `list` that starts at word i, as its length, or 0. */
function phraseAt(tones: readonly string[], i: number, list: readonly string[][]): number {
  for (const p of list) if (p.every((w, k) => tones[i + k] === w)) return p.length;
  return 0;
}

/**
 * The verb phrase of `list` written at word i, as its length, or 0: a verb in running text is
 * written in lower case, every word of it, and a comma inside it only where the phrase has one
 * ("lãnh đạo, chỉ đạo"). "Sở Thông tin và Truyền thông, Báo Hà Tĩnh" holds the words of
 * "thông báo", but its "Báo" opens the next unit's name.
 */
function writtenPhraseAt(list: readonly Word[], tones: readonly string[], i: number, set: readonly string[][]): number {
  for (const p of set) {
    if (!p.every((w, k) => tones[i + k] === w && lowerAsWritten(list[i + k]))) continue;
    const breaks = list.slice(i + 1, i + p.length).filter((w) => w.listBreak).length;
    if (breaks <= (COMMAS.get(p) ?? 0)) return p.length;
  }
  return 0;
}

/** Words that a predicate cannot start in: inside parentheses, a head ("Ban Quản lý dự án …") or a collective noun ("cơ sở đào tạo"). */
function protectedWords(text: string, list: readonly Word[], tones: readonly string[]): boolean[] {
  const out = list.map(() => false);
  let depth = 0;
  let at = 0;
  list.forEach((w, i) => {
    for (; at < w.start; at += 1) {
      if (text[at] === '(') depth += 1;
      else if (text[at] === ')') depth = Math.max(0, depth - 1);
    }
    if (depth > 0) out[i] = true;
  });
  for (let i = 0; i < list.length; i += 1) {
    // "công lập": a word of the units' description that ends with a verb's syllable.
    const compound = phraseAt(tones, i, COMPOUNDS);
    for (let k = 0; k < compound; k += 1) out[i + k] = true;
    const head = !lowerAsWritten(list[i]) ? headAt(tones, i, 'tone') : null;
    for (let k = 1; k < (head?.length ?? 0); k += 1) out[i + k] = true;
    if (head && syllableOfField(list, tones, i + head.length)) out[i + head.length + 1] = true;
    // A plural noun after "các", "và" or a list separator is part of a collective ("các cơ quan,
    // tổ chức"), never a verb; elsewhere "tổ chức" may well be one ("Sở Y tế tổ chức …").
    const found = nounAt(tones, i, 'tone');
    // "ban hành" is a verb, though "ban" is a plural noun: the longer phrase wins.
    const noun = found && found.length >= Math.max(phraseAt(tones, i, ASSIGN), phraseAt(tones, i, ACTION)) ? found : null;
    const joined = LIST_CONJUNCTIONS.has(tones[i - 1] ?? '');
    if (noun && (i === 0 || list[i]?.listBreak || joined || markerAt(tones, i - 1, 'tone'))) for (let k = 0; k < noun.length; k += 1) out[i + k] = true;
  }
  return out;
}

/**
 * "Trung tâm Trợ giúp pháp lý": a name's field is written with a capital on its first syllable
 * only, and a one-word verb right after that capital is its second syllable ("Trợ giúp"), not
 * the sentence's verb. A verb of two words ("Cục Thuế chủ trì") is a verb after any capital.
 */
function syllableOfField(list: readonly Word[], tones: readonly string[], field: number): boolean {
  if (lowerAsWritten(list[field]) || !lowerAsWritten(list[field + 1]) || list[field + 1]?.listBreak) return false;
  return [ASSIGN, ACTION].some((set) => phraseAt(tones, field + 1, set) === 1);
}

export interface Subject {
  /** Where the units end in the text (the predicate starts at the next word). */
  readonly end: number;
  /** Where the predicate starts, or the text's length when there is none. */
  readonly predicate: number;
  /** The verb that ended the units was not in the lists: the end was read from the name's shape. */
  readonly guessed: boolean;
  /** A verb of assignment ended the units ("chủ trì", "có trách nhiệm"), not a common verb. */
  readonly assigned: boolean;
}

/**
 * Where the units that open a sentence end: at the first verb of assignment ("chủ trì", "có
 * trách nhiệm", "căn cứ"), less the adverbs and verbs right before it ("tích cực phối hợp"); or at
 * the first common verb ("tổ chức", "xây dựng"); or, when the sentence has neither, where the
 * last unit's name plausibly ends (a known body, or MAX_NAME_TAIL words past its last capital).
 * Null when the text is only units.
 */
export function subjectOf(text: string, actions = true): Subject | null {
  const list = words(text);
  const tones = levelOf(list, 'tone');
  const locked = protectedWords(text, list, tones);
  const at = (i: number, set: readonly string[][]): number => (i > 0 && !locked[i] ? writtenPhraseAt(list, tones, i, set) : 0);
  const first = (set: readonly string[][]): number => {
    for (let i = 1; i < list.length; i += 1) if (at(i, set)) return i;
    return -1;
  };
  // "tổng hợp" after a known body is its verb; after a collective's nouns it is an adjective.
  const afterKnown = (i: number): number => (at(i, ADJECTIVES) && endsKnown(text.slice(0, (list[i - 1] as Word).end)) ? i : -1);
  const adjective = actions ? list.findIndex((_, i) => i > 0 && afterKnown(i) === i) : -1;
  const common = actions ? first(ACTION) : -1;
  const action = common < 0 ? adjective : adjective < 0 ? common : Math.min(common, adjective);
  let verb = first(ASSIGN);
  // A common verb first, then a comma or semicolon before the verb of assignment: the common
  // verb ends the units ("Sở Tư pháp theo dõi, đôn đốc …; tham mưu …"). Without punctuation
  // between, the common verb is part of a collective's description ("Các tổ chức cung cấp dịch
  // vụ chi trả có trách nhiệm …").
  if (verb > 0 && action > 0 && action < verb && list.slice(action + 1, verb + 1).some((w) => w.listBreak)) verb = -1;
  const assigned = verb > 0;
  if (verb > 0) {
    while (verb > 1 && !list[verb]?.listBreak) {
      const before = ACTION.find((p) => p.length < verb && at(verb - p.length, [p]) === p.length);
      if (!before) break;
      verb -= before.length;
    }
  } else verb = action;
  if (verb > 0) return cutAt(text, list, verb, false, assigned);
  return actions ? nameShapeEnd(text) : null;
}

/** Whether the last unit of a list is a known body ("Sở Y tế, Sở Tài chính"). */
function endsKnown(text: string): boolean {
  const spans = splitUnits(text);
  const last = spans[spans.length - 1];
  return last !== undefined && !last.collective && canonicalUnit(last.text).known;
}

/** How many listed verbs a predicate holds ("nghiên cứu, ban hành …" has two). */
export function verbCount(text: string): number {
  const list = words(text);
  const tones = levelOf(list, 'tone');
  const locked = protectedWords(text, list, tones);
  let n = 0;
  for (let i = 0; i < list.length; ) {
    const len = !locked[i] ? Math.max(writtenPhraseAt(list, tones, i, ASSIGN), writtenPhraseAt(list, tones, i, ACTION)) : 0;
    n += len ? 1 : 0;
    i += Math.max(1, len);
  }
  return n;
}

function cutAt(text: string, list: readonly Word[], verb: number, guessed: boolean, assigned = false): Subject {
  const start = (list[verb] as Word).start;
  const end = text.slice(0, start).replace(/[\s,;:–-]+$/u, '').length;
  return { end, predicate: start, guessed, assigned };
}

// A unit name's tail of lower-case words after its last capital is short ("Ban Quản lý các khu
// công nghệ cao và khu công nghiệp" has ten): only a longer run is read as a name and a sentence.
export const LONG_TAIL = 12;

/**
 * Fallback of subjectOf, for a sentence whose verb is in no list: the last unit ends at the
 * longest known body it starts with, or MAX_NAME_TAIL words past its last capital. Only a unit
 * followed by more than LONG_TAIL lower-case words is cut, and never a collective, whose
 * description may say anything ("các doanh nghiệp đầu tư hạ tầng").
 */
function nameShapeEnd(text: string): Subject | null {
  const spans = splitUnits(text);
  const last = spans[spans.length - 1];
  if (!last || last.collective || last.person) return null;
  const all = words(text);
  const before = words(text.slice(0, last.start)).length;
  const list = all.slice(before);
  let capital = 0;
  list.forEach((w, i) => {
    if (!lowerAsWritten(w)) capital = i;
  });
  if (list.length - capital - 1 <= LONG_TAIL) return null;
  for (let k = list.length - 1; k > capital; k -= 1) {
    const c = canonicalUnit(text.slice(last.start, (list[k - 1] as Word).end));
    if (c.known && !c.collective) return cutAt(text, all, before + k, true);
  }
  return cutAt(text, all, before + capital + 1 + MAX_NAME_TAIL, true);
}

/** A piece of a text, with where it starts. */
export interface Piece {
  readonly text: string;
  readonly index: number;
}

export interface AssignmentClause {
  readonly lead: readonly Piece[];
  readonly support: readonly Piece[];
  /** "X là cơ quan thường trực" → "cơ quan thường trực". */
  readonly role: string | null;
  /** Some end of units was read from a name's shape, not a listed verb. */
  readonly guessed: boolean;
}

/** Pieces between semicolons outside parentheses. */
function semicolonPieces(text: string, base: number): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (i < text.length && (c !== ';' || depth > 0)) continue;
    out.push({ text: text.slice(from, i), index: base + from });
    from = i + 1;
  }
  return out;
}

/** The supporting units after "phối hợp với" in a predicate, up to the next verb. */
function supportAfter(text: string, from: number, actions: boolean): { piece: Piece; toEnd: boolean } | null {
  const list = words(text.slice(from));
  const tones = levelOf(list, 'tone');
  for (let i = 0; i < list.length; i += 1) {
    const n = lowerAsWritten(list[i]) ? phraseAt(tones, i, SUPPORT) : 0;
    if (!n) continue;
    const startWord = list[i + n];
    if (!startWord) return null;
    const rest = text.slice(from + startWord.start);
    const sub = subjectOf(rest, actions);
    const end = sub ? sub.end : rest.replace(/[\s.;,:)]+$/u, '').length;
    const tail = sub ? rest.slice(sub.predicate) : '';
    // A closing verb ("… tham mưu)") leaves the list open to the pieces after a semicolon.
    return { piece: { text: rest.slice(0, end), index: from + startWord.start }, toEnd: words(tail).length <= 2 };
  }
  return null;
}

/**
 * Reads a clause that assigns a task: the units before the verb lead, those after "phối hợp
 * với" support. Semicolons separate clauses ("X tiến hành …; các bộ, ngành rà soát …": both
 * lead); a piece with no verb after a support list continues it ("X chủ trì, phối hợp với Y; Z"
 * → support Y and Z); a piece with no verb at all is a list of leads. An opener ("Giao") is
 * skipped.
 */
export function readAssignment(text: string, form: 'sentence' | 'value' = 'sentence'): AssignmentClause {
  const lead: Piece[] = [];
  const support: Piece[] = [];
  let role: string | null = null;
  let guessed = false;
  let inSupport = false;
  const pieces = semicolonPieces(text, 0);
  // A label's value is a list of units, whose names and descriptions hold verb-like words
  // ("Cơ quan quản lý cấp trên …"): a common verb ends its units only when the value is a
  // clause — it has a verb of assignment, or runs several clauses ("X tiến hành …; các bộ,
  // ngành rà soát …").
  const clauses = pieces.filter((p) => verbCount(p.text) > 0).length;
  const actions = form === 'sentence' || clauses >= 2 || pieces.some((p) => subjectOf(p.text, false) !== null);
  for (const p of pieces) {
    const list = words(p.text);
    const open = phraseAt(levelOf(list, 'tone'), 0, OPENERS);
    const skip = open && list[open] ? (list[open]).start : 0;
    const body = p.text.slice(skip);
    const sub = subjectOf(body, actions);
    // In a label's value, the pieces after a support list go on with it unless a verb of
    // assignment opens a clause of their own: "…, phối hợp với Vụ A; Viện Khoa học tổ chức
    // nhà nước" names a body whose name holds a common verb.
    if (sub && inSupport && form === 'value' && !sub.assigned && words(body.slice(sub.predicate)).length <= LONG_TAIL) {
      push(support, body.replace(/[\s.;,:]+$/u, ''), p.index + skip);
      continue;
    }
    if (!sub || (inSupport && words(body.slice(sub.predicate)).length <= 2)) {
      push(inSupport ? support : lead, sub ? body.slice(0, sub.end) : body, p.index + skip);
      continue;
    }
    guessed ||= sub.guessed;
    push(lead, body.slice(0, sub.end), p.index + skip);
    role ??= roleOf(body.slice(sub.predicate));
    const s = supportAfter(body, sub.predicate, actions);
    if (s) push(support, s.piece.text, p.index + skip + s.piece.index);
    inSupport = s?.toEnd ?? false;
  }
  return { lead, support, role, guessed };
}

/** Adds a piece without the spaces around it, keeping where it starts. */
function push(out: Piece[], text: string, index: number): void {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed) out.push({ text: trimmed, index: index + lead });
}

/** "là cơ quan thường trực, có trách nhiệm …" → "cơ quan thường trực". */
function roleOf(predicate: string): string | null {
  const list = words(predicate);
  const n = phraseAt(levelOf(list, 'tone'), 0, ROLE_LINKS);
  const first = list[n];
  if (!n || !first) return null;
  const role = predicate.slice(first.start).split(/[,;.:]/u)[0]?.trim() ?? '';
  return role || null;
}
