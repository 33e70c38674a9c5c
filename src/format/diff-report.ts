import type { Change, ListChange, PartRef, PlanDiff, TextChange, UnitsChange } from '../diff/types.js';

/**
 * The change list laid out for reading, whatever the format: blocks by part, an entry per
 * change, lines of spans. The terminal and Markdown renderers only style the spans.
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

const HEADINGS: Readonly<Record<Change['part'], string>> = {
  header: 'Header',
  basis: 'Legal bases (Căn cứ)',
  section: 'Sections',
  objective: 'Objectives',
  content: 'Content (Nội dung)',
  funding: 'Funding (Kinh phí)',
  responsibility: 'Responsibilities (Tổ chức thực hiện)',
  reporting: 'Reporting (Chế độ báo cáo)',
  recipient: 'Recipients (Nơi nhận)',
  appendix: 'Appendices',
  task: 'Tasks',
};

const plain = (text: string): Span => ({ text, style: 'plain' });
const label = (text: string): Span => ({ text, style: 'label' });
const note = (text: string): Span => ({ text, style: 'note' });

/** The word diff of a text as spans. */
export function wordSpans(change: TextChange): Span[] {
  return change.words.map((w) => ({ text: w.text, style: w.op === 'same' ? 'plain' : w.op }));
}

export function diffBlocks(diff: PlanDiff): Block[] {
  const blocks: { heading: string; entries: Entry[] }[] = [];
  for (const change of diff.changes) {
    const heading = HEADINGS[change.part];
    let block = blocks[blocks.length - 1];
    if (block?.heading !== heading) blocks.push((block = { heading, entries: [] }));
    block.entries.push(entryOf(change));
  }
  return blocks;
}

function entryOf(c: Change): Entry {
  const sign = c.kind === 'added' ? '+' : c.kind === 'removed' ? '-' : '~';
  const details: Line[] = [];
  const head: Span[] = [];
  const ref = c.new ?? c.old;
  switch (c.part) {
    case 'header':
      head.push(label(`${c.field}: `), ...(c.text ? wordSpans(c.text) : [plain(ref?.text ?? '')]));
      if (c.note) head.push(note(` (${c.note})`));
      break;
    case 'task':
    case 'section':
    case 'responsibility':
      head.push(...idSpans(c.old, c.new, c.moved));
      if (c.part === 'section' && c.title) head.push(...wordSpans(c.title));
      else head.push(plain(ref?.text ?? ''));
      if (c.part === 'task') details.push(...taskDetails(c));
      if (c.part === 'responsibility') {
        if (c.units) details.push(unitsLine('units', c.units));
        if (c.mode) details.push([label('mode: '), plain(`${c.mode.old} → ${c.mode.new}`)]);
        if (c.heading) details.push([label('heading: '), ...wordSpans(c.heading)]);
        if (c.duties) details.push(...listLines('duty', c.duties));
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
      if (c.deadline) details.push([label('deadline: '), plain(`${c.deadline.old ?? '(none)'} → ${c.deadline.new ?? '(none)'}`)]);
      head.push(...(c.text ? wordSpans(c.text) : [plain(ref?.text ?? '')]));
      break;
    case 'appendix':
      head.push(label(`${ref?.id ?? ''} `), ...(c.title ? wordSpans(c.title) : [plain(ref?.text ?? '')]));
      if (c.reference) details.push([label('reference: '), ...wordSpans(c.reference)]);
      if (c.groups) details.push(...listLines('group', c.groups));
      break;
  }
  head.push(note(lineNote(c.old, c.new)));
  if (!c.substantive && c.part !== 'header') details.push([note('(wording only: the same in substance)')]);
  return { sign, head, details, substantive: c.substantive };
}

function idSpans(old: PartRef | null, nu: PartRef | null, moved: boolean): Span[] {
  if (moved && old && nu) return [label(`${old.id ?? ''} → ${nu.id ?? ''} `), note('(moved) ')];
  return [label(`${(nu ?? old)?.id ?? ''} `)];
}

function lineNote(old: PartRef | null, nu: PartRef | null): string {
  if (old?.line != null && nu?.line != null) return old.line === nu.line ? `  line ${nu.line}` : `  line ${old.line} → ${nu.line}`;
  if (nu?.line != null) return `  line ${nu.line}`;
  if (old?.line != null) return `  old line ${old.line}`;
  return '';
}

function taskDetails(c: Extract<Change, { part: 'task' }>): Line[] {
  const out: Line[] = [];
  if (c.description) out.push([label('description: '), ...wordSpans(c.description)]);
  if (c.lead) out.push(unitsLine('lead', c.lead));
  if (c.support) out.push(unitsLine('support', c.support));
  if (c.timeframe) out.push([label('time: '), plain(`${c.timeframe.old ?? '(none)'} → ${c.timeframe.new ?? '(none)'}`)]);
  return out;
}

function unitsLine(name: string, u: UnitsChange): Line {
  const spans: Span[] = [label(`${name}: `)];
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

/** "3 changes (2 substantive): 1 header, 1 responsibility, 1 appendix", or that the plans are the same. */
export function diffSummary(diff: PlanDiff): string {
  if (diff.changes.length === 0) return 'The plans are the same.';
  const counts = new Map<string, number>();
  for (const c of diff.changes) counts.set(c.part, (counts.get(c.part) ?? 0) + 1);
  const parts = [...counts].map(([part, n]) => `${n} ${part}`).join(', ');
  const substantive = diff.changes.filter((c) => c.substantive).length;
  const total = `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}`;
  return `${total} (${substantive} substantive): ${parts}${diff.same ? '. The same in substance.' : ''}`;
}

export function documentLine(doc: PlanDiff['old']): string {
  const what = [doc.number ?? '(no number)', doc.date].filter((x) => x !== null).join(', ');
  return `${doc.path ?? '-'} (${what})`;
}
