import data from '../../data/assignments.json' with { type: 'json' };
import { UPPER } from '../model/letters.js';
import type { Timeframe } from '../model/types.js';
import { fieldsOf } from '../outline/labels.js';
import { readAssignment, subjectOf, type AssignmentClause } from './assignment-clause.js';
import { parseTimeframe } from './timeframe.js';
import { leadSentenceOf, opensWithUnit } from './unit-address.js';

/**
 * A sentence of a task's paragraph that assigns it (issue 12 §3): "Hỗ trợ đăng ký nhãn hiệu
 * …; quảng bá trên sàn thương mại điện tử. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với
 * Sở Công Thương thực hiện." — the task is the text before the sentence, or the section's
 * title when the sentence is the whole paragraph ("Giao Sở Nội vụ chủ trì thực hiện; thời
 * gian: năm 2026."). A time after the clause ("; hoàn thành trong Quý IV/2026") is the task's
 * timeframe. Vocabulary: data/assignments.json `clause.openers`, `sentence.timeLeads`.
 */

export interface AssignedSentence {
  /** The task written before the sentence in the same paragraph, or null when the sentence opens it. */
  readonly description: string | null;
  /** The units, with indices from `at`. */
  readonly clause: AssignmentClause;
  /** Where the units' text starts in the paragraph. */
  readonly at: number;
  readonly timeframe: Timeframe | null;
}

const OPENER = new RegExp(`^(?:${data.clause.openers.map((o) => o.replace(/\s+/g, '\\s+')).join('|')})\\s+`, 'iu');
const UNITS_START = new RegExp(String.raw`^(?:[${UPPER}]|các\s)`, 'u');
// A sentence ends at ".", "!" or "?" before a capital, outside parentheses. An abbreviation of
// one or two letters before the dot ("TP. Hồ Chí Minh") does not end one.
const SENTENCE_BREAK = new RegExp(String.raw`(?<![\s(][${UPPER}][${UPPER}a-zđ]?)[.!?]\s+(?=[${UPPER}])`, 'gu');
// The predicate of a supporting clause opens with a support link as whole words ("phối hợp thực hiện").
const SUPPORT_VERB = new RegExp(`^(?:${data.clause.supportLinks.map((l) => l.replace(/\s+/g, '\\s+')).join('|')})(?:$|[\\s,.:])`, 'iu');
const CLAUSE_TIME = new RegExp(
  `\\s(?:${data.sentence.timeLeads.filter((w) => /\s/u.test(w)).map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\s+(.+)$`,
  'giu',
);
const TIME_LEADS = new RegExp(`^(?:${[...data.sentence.timeLeads].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\s+`, 'iu');

/** Where the sentences of a paragraph start, outside parentheses. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  let depth = 0;
  let at = 0;
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    // The parentheses opened and closed since the last break, counted once.
    for (; at < m.index; at += 1) {
      if (text[at] === '(') depth += 1;
      else if (text[at] === ')') depth = Math.max(0, depth - 1);
    }
    if (depth === 0) starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The first sentence of the paragraph that assigns it, or null. */
export function assignedSentenceOf(text: string, year: number | null): AssignedSentence | null {
  const starts = sentenceStarts(text);
  for (let k = 0; k < starts.length; k += 1) {
    const from = starts[k] as number;
    const to = starts[k + 1] ?? text.length;
    const sentence = text.slice(from, to);
    const opener = OPENER.exec(sentence);
    const skip = opener?.[0].length ?? 0;
    const body = sentence.slice(skip);
    if (opener && !UNITS_START.test(body)) continue;
    const lead = leadSentenceOf(body);
    if (!lead) continue;
    const clause = { ...lead, support: [...lead.support, ...supportClauses(body)] };
    const description = text.slice(0, from).replace(/[\s.;,]+$/u, '');
    return { description: description || null, clause, at: from + skip, timeframe: timeAfter(body, year) ?? timeInClause(body, year) };
  }
  return null;
}

/** The sentence's pieces between semicolons, with where each starts. */
function semicolonPieces(sentence: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let index = 0;
  for (const text of sentence.split(';')) {
    out.push({ text, index });
    index += text.length + 1;
  }
  return out;
}

/**
 * "X chủ trì; Y phối hợp thực hiện; thời gian: …": a clause after the lead's semicolon that opens
 * with units and a support link ("phối hợp") names the supporting units, with indices in the
 * sentence.
 */
function supportClauses(sentence: string): AssignmentClause['support'] {
  const out: AssignmentClause['support'][number][] = [];
  for (const p of semicolonPieces(sentence).slice(1)) {
    const sub = opensWithUnit(p.text, 'elsewhere') ? subjectOf(p.text) : null;
    if (!sub?.assigned || !SUPPORT_VERB.test(p.text.slice(sub.predicate))) continue;
    for (const u of readAssignment(p.text).lead) out.push({ ...u, index: u.index + p.index });
  }
  return out;
}

/**
 * "X chủ trì, phối hợp với Y thực hiện trong quý II/2023.": a time after a time lead inside the
 * clause itself, with no semicolon before it. Bare "trong" is not a lead here: inside a clause it
 * opens a scope ("trong phạm vi …") far more often than a time.
 */
function timeInClause(sentence: string, year: number | null): Timeframe | null {
  const clause = (sentence.split(';')[0] ?? '').replace(/[\s.]+$/u, '');
  for (const m of clause.matchAll(CLAUSE_TIME)) {
    const tf = m[1] ? parseTimeframe(m[1], year) : null;
    if (tf && tf.kind !== 'unknown') return tf;
  }
  return null;
}

/** "…; thời gian: năm 2026", "…; hoàn thành trong Quý IV/2026": the time after the clause's semicolon. */
function timeAfter(sentence: string, year: number | null): Timeframe | null {
  for (const piece of sentence.split(';').slice(1)) {
    const t = piece.replace(/[\s.;]+$/u, '').trim();
    const labelled = fieldsOf(t).find((f) => f.kind === 'timeframe');
    const phrase = labelled ? labelled.value : t.replace(TIME_LEADS, '');
    const tf = phrase ? parseTimeframe(phrase, year) : null;
    if (tf && tf.kind !== 'unknown') return tf;
  }
  return null;
}
