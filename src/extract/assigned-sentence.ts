import data from '../../data/assignments.json' with { type: 'json' };
import { UPPER } from '../model/letters.js';
import type { Timeframe } from '../model/types.js';
import { fieldsOf } from '../outline/labels.js';
import type { AssignmentClause } from './assignment-clause.js';
import { parseTimeframe } from './timeframe.js';
import { leadSentenceOf } from './unit-address.js';

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
    const clause = leadSentenceOf(body);
    if (!clause) continue;
    const description = text.slice(0, from).replace(/[\s.;,]+$/u, '');
    return { description: description || null, clause, at: from + skip, timeframe: timeAfter(body, year) };
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
