/**
 * TAB-separated tables in plain text (SOURCES.md: "one line per row with cells separated by a
 * TAB") are not Markdown: remark reads them as paragraphs and indented code, and on a large
 * plan they are most of the text (issue 8: the task table of an 8,000-row plan is 95% of the
 * file). So the runs of lines that hold such rows are set aside: remark reads only the text
 * between them, and the runs come back, as written, as blocks of their own in document order.
 */

export interface SetAsideLine {
  readonly text: string;
  readonly offset: number;
}

/** A stretch of text for remark: [start, end) offsets into the whole text. */
export interface Segment {
  readonly start: number;
  readonly end: number;
}

/** A line with two or more TABs holds three or more cells: a table row, not a layout pair. */
function isTableLine(text: string, from: number, to: number): boolean {
  // Within the line only: text.indexOf('\t', from) would run on to the next TAB of the file,
  // past every line of prose before the table, and make the whole scan quadratic (issue 14:
  // 12 MB of prose before a task table took a minute, 60% of it here).
  let tabs = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 9 && ++tabs === 2) return true;
  return false;
}

/**
 * Finds each run of table lines (from the first line with a table row to the last one, with no
 * blank line between: a group row copied out without TABs sits between two rows) and the
 * segments of text between the runs. Only the table lines are set aside: a plan written one
 * line per paragraph has no blank line around its table, and its prose stays remark's.
 */
export function setAsideTables(text: string): { segments: Segment[]; runs: SetAsideLine[][] } {
  const runs: SetAsideLine[][] = [];
  const segments: Segment[] = [];
  let segmentStart = 0;
  // The lines since the last table row of the current run (kept until another row follows).
  let run: SetAsideLine[] = [];
  let pending: SetAsideLine[] = [];
  let runStart = 0;
  let runEnd = 0;
  const close = (): void => {
    if (run.length) {
      if (runStart > segmentStart) segments.push({ start: segmentStart, end: runStart });
      segmentStart = runEnd;
      runs.push(run);
    }
    run = [];
    pending = [];
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (isBlank(text, start, end)) close();
    else if (isTableLine(text, start, end)) {
      if (!run.length) runStart = start;
      for (const p of pending) run.push(p);
      pending = [];
      run.push({ text: cleanInline(text.slice(start, end)), offset: start });
      runEnd = end;
    } else if (run.length) pending.push({ text: cleanInline(text.slice(start, end)), offset: start });
    start = end + 1;
  }
  close();
  if (segmentStart < text.length) segments.push({ start: segmentStart, end: text.length });
  return { segments, runs };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Strong emphasis and escapes that a text copy of a table may carry ("**I. NÂNG CAO …**"). */
function cleanInline(line: string): string {
  return line.replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}
