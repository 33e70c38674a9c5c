import type { Plan, Source } from '../model/types.js';
import { compareSources } from '../model/source-order.js';
import { LETTER, LOWER } from '../model/letters.js';

/** The last text the reader placed in the plan, and where it starts. */
export interface PlanEnding {
  readonly text: string;
  readonly source: Source;
}

/**
 * The last part of the plan in document order, among the parts that carry their text and place:
 * sections, objectives, content areas, funding, the units' duties and the tasks. A plan cut off
 * in the middle stops in it.
 */
export function planEnding(plan: Plan): PlanEnding | null {
  let last: PlanEnding | null = null;
  const see = (text: string, source: Source): void => {
    if (!last || compareSources(source, last.source) > 0) last = { text, source };
  };
  const stack = [...plan.outline];
  for (let s = stack.pop(); s !== undefined; s = stack.pop()) {
    see(s.title, s.source);
    for (const c of s.children) stack.push(c);
  }
  for (const o of plan.objectives) see(o.text, o.source);
  for (const a of plan.contentAreas) see(a.items[a.items.length - 1] ?? a.title, a.source);
  if (plan.funding) see(plan.funding.text, plan.funding.source);
  for (const r of plan.responsibilities) {
    r.duties.forEach((d, i) => see(d, r.dutySources[i] ?? r.source));
    if (!r.duties.length) see(r.heading, r.source);
  }
  for (const t of plan.tasks) see(t.description, t.source);
  return last;
}

const HAS_LOWER = new RegExp(`[${LOWER}]`, 'u');
// A sentence, list item or heading label of a plan ends in punctuation (".", "./.", ";", ":",
// "!", "?", "…") or a closing bracket or quote; one that ends in a letter, a figure or a comma
// was cut.
const LAST_CHAR_IS_WORD = new RegExp(`[${LETTER}\\d,]\\s*$`, 'u');

/**
 * Whether a text stops in the middle of a sentence: running text (not a heading in capitals)
 * whose last character is a word's or a comma.
 */
export function stopsMidSentence(text: string): boolean {
  const t = text.trim();
  return HAS_LOWER.test(t) && LAST_CHAR_IS_WORD.test(t);
}

// "phụ lục" as a word, in any case ("tại Phụ lục kèm theo", "PHỤ LỤC I").
const APPENDIX_WORD = new RegExp(`(?<![${LETTER}])phụ lục(?![${LETTER}])`, 'iu');

/** Whether the body's text refers to an appendix ("Nhiệm vụ cụ thể tại Phụ lục kèm theo"). */
export function mentionsAppendix(plan: Plan): boolean {
  const texts = [
    ...plan.objectives.map((o) => o.text),
    ...plan.contentAreas.flatMap((a) => [a.title, ...a.items]),
    ...plan.responsibilities.flatMap((r) => r.duties),
    ...(plan.funding ? [plan.funding.text] : []),
  ];
  return texts.some((t) => APPENDIX_WORD.test(t));
}
