import type { Change, ListChange, PartRef, PlanDiff, TextChange, UnitsChange } from '../diff/types.js';
import { formatDate, t, type Lang, type MessageId } from '../i18n/index.js';

/**
 * The change list laid out for reading, whatever the format: blocks by part, an entry per
 * change, lines of spans. The terminal and Markdown renderers only style the spans. The
 * report's own words (headings, labels, the summary) are in the language of the run; the
 * documents' words are never translated.
 */

export interface Span {
  readonly text: string;
  /**
   * 'added' and 'removed' are words of a word diff (marked {+ +} and [- -] without colour);
   * 'added-item' and 'removed-item' are whole texts after a + or - sign (coloured only);
   * 'label' and 'note' are the report's own words.
   */
  readonly style: 'plain' | 'added' | 'removed' | 'added-item' | 'removed-item' | 'label' | 'note';
}
export type Line = readonly Span[];

export interface Entry {
  readonly sign: '+' | '-' | '~';
  readonly head: Line;
  readonly details: readonly Line[];
  readonly substantive: boolean;
}

export interface Block {
  readonly heading: string;
  readonly entries: readonly Entry[];
}

/** A part's heading in `lang` (the id is typed from the part: a part without a heading does not compile). */
const heading = (lang: Lang, part: Change['part']): string => t(lang, `diff.heading.${part}` as const);

const plain = (text: string): Span => ({ text, style: 'plain' });
const label = (text: string): Span => ({ text, style: 'label' });
const note = (text: string): Span => ({ text, style: 'note' });

/** The word diff of a text as spans. */
export function wordSpans(change: TextChange): Span[] {
  return change.words.map((w) => ({ text: w.text, style: w.op === 'same' ? 'plain' : w.op }));
}

export function diffBlocks(diff: PlanDiff, lang: Lang): Block[] {
  const blocks: { heading: string; entries: Entry[] }[] = [];
  for (const change of diff.changes) {
    const title = heading(lang, change.part);
    let block = blocks[blocks.length - 1];
    if (block?.heading !== title) blocks.push((block = { heading: title, entries: [] }));
    block.entries.push(entryOf(change, lang));
  }
  return blocks;
}

function entryOf(c: Change, lang: Lang): Entry {
  const word = (id: MessageId): string => t(lang, id);
  const labelOf = (name: 'units' | 'mode' | 'heading' | 'deadline' | 'reference' | 'description' | 'lead' | 'support' | 'time'): Span => label(`${word(`diff.label.${name}` as const)}: `);
  const fromTo = (change: { readonly old: string | null; readonly new: string | null }, date = false): Span => {
    const side = (v: string | null): string => (v === null ? word('diff.none') : date ? formatDate(v, lang) : v);
    return plain(`${side(change.old)} → ${side(change.new)}`);
  };
  const sign = c.kind === 'added' ? '+' : c.kind === 'removed' ? '-' : '~';
  const details: Line[] = [];
  const head: Span[] = [];
  const ref = c.new ?? c.old;
  switch (c.part) {
    case 'header':
      head.push(label(`${word(`diff.field.${c.field}` as const)}: `));
      // A date is shown as the language writes dates; a word diff of ISO digits would say less.
      if (c.field === 'date' && c.text) head.push(fromTo(c.text, true));
      else head.push(...(c.text ? wordSpans(c.text) : [plain(c.field === 'date' && ref ? formatDate(ref.text, lang) : (ref?.text ?? ''))]));
      if (c.note) head.push(note(` (${c.noteId ? t(lang, c.noteId as MessageId, c.noteParams) : c.note})`));
      break;
    case 'task':
    case 'section':
    case 'responsibility':
      head.push(...idSpans(c.old, c.new, c.moved, word('diff.moved')));
      if (c.part === 'section' && c.title) head.push(...wordSpans(c.title));
      else head.push(plain(ref?.text ?? ''));
      if (c.part === 'task') {
        if (c.description) details.push([labelOf('description'), ...wordSpans(c.description)]);
        if (c.lead) details.push(unitsLine(labelOf('lead'), c.lead));
        if (c.support) details.push(unitsLine(labelOf('support'), c.support));
        if (c.timeframe) details.push([labelOf('time'), fromTo(c.timeframe)]);
      }
      if (c.part === 'responsibility') {
        if (c.units) details.push(unitsLine(labelOf('units'), c.units));
        if (c.mode) details.push([labelOf('mode'), fromTo({ old: word(`diff.mode.${c.mode.old as 'assigned' | 'requested'}` as const), new: word(`diff.mode.${c.mode.new as 'assigned' | 'requested'}` as const) })]);
        if (c.heading) details.push([labelOf('heading'), ...wordSpans(c.heading)]);
        if (c.duties) details.push(...listLines(word('diff.label.duty'), c.duties));
      }
      break;
    case 'basis':
    case 'recipient':
    case 'objective':
    case 'content':
    case 'funding':
      if (ref?.id) head.push(label(`${ref.id} `));
      head.push(...(c.text ? wordSpans(c.text) : [plain(ref?.text ?? '')]));
      break;
    case 'reporting':
      if (c.deadline) details.push([labelOf('deadline'), fromTo(c.deadline, true)]);
      head.push(...(c.text ? wordSpans(c.text) : [plain(ref?.text ?? '')]));
      break;
    case 'appendix':
      head.push(label(`${ref?.id ?? ''} `), ...(c.title ? wordSpans(c.title) : [plain(ref?.text ?? '')]));
      if (c.reference) details.push([labelOf('reference'), ...wordSpans(c.reference)]);
      if (c.groups) details.push(...listLines(word('diff.label.group'), c.groups));
      break;
  }
  head.push(note(lineNote(c.old, c.new, lang)));
  if (!c.substantive && c.part !== 'header') details.push([note(word('diff.wordingOnly'))]);
  return { sign, head, details, substantive: c.substantive };
}

function idSpans(old: PartRef | null, nu: PartRef | null, moved: boolean, movedWord: string): Span[] {
  if (moved && old && nu) return [label(`${old.id ?? ''} → ${nu.id ?? ''} `), note(`${movedWord} `)];
  return [label(`${(nu ?? old)?.id ?? ''} `)];
}

function lineNote(old: PartRef | null, nu: PartRef | null, lang: Lang): string {
  if (old?.line != null && nu?.line != null) return `  ${old.line === nu.line ? t(lang, 'diff.line', { line: nu.line }) : t(lang, 'diff.lineMoved', { old: old.line, new: nu.line })}`;
  if (nu?.line != null) return `  ${t(lang, 'diff.line', { line: nu.line })}`;
  if (old?.line != null) return `  ${t(lang, 'diff.oldLine', { line: old.line })}`;
  return '';
}

function unitsLine(name: Span, u: UnitsChange): Line {
  const spans: Span[] = [name];
  for (const a of u.added) spans.push({ text: `+ ${a}`, style: 'added-item' }, plain('  '));
  for (const r of u.removed) spans.push({ text: `- ${r}`, style: 'removed-item' }, plain('  '));
  spans.pop();
  return spans;
}

function listLines(name: string, list: ListChange): Line[] {
  return [
    ...list.added.map((t): Line => [label(`${name} + `), { text: t, style: 'added-item' }]),
    ...list.removed.map((t): Line => [label(`${name} - `), { text: t, style: 'removed-item' }]),
    ...list.reworded.map((t): Line => [label(`${name} ~ `), ...wordSpans(t)]),
  ];
}

/**
 * "3 changes (2 substantive): 1 header, 1 responsibility, 1 appendix" / "3 thay đổi, trong đó 2
 * thay đổi về nội dung: …", or that the plans are the same.
 */
export function diffSummary(diff: PlanDiff, lang: Lang): string {
  if (diff.changes.length === 0) return t(lang, 'diff.samePlans');
  const counts = new Map<Change['part'], number>();
  for (const c of diff.changes) counts.set(c.part, (counts.get(c.part) ?? 0) + 1);
  const parts = [...counts].map(([part, n]) => t(lang, `diff.count.${part}` as const, { n })).join(', ');
  const substantive = diff.changes.filter((c) => c.substantive).length;
  return t(lang, 'diff.summary', { total: diff.changes.length, substantive, parts, same: diff.same ? t(lang, 'diff.sameInSubstance') : '' });
}

/** "plan.txt (446/KH-UBND, 16/12/2019)": the file, its number and its date as the language writes dates. */
export function documentLine(doc: PlanDiff['old'], lang: Lang): string {
  const what = [doc.number ?? t(lang, 'diff.noNumber'), doc.date === null ? null : formatDate(doc.date, lang)].filter((x) => x !== null).join(', ');
  return `${doc.path ?? '-'} (${what})`;
}
