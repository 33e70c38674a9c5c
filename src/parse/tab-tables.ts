/**
 * TAB-separated tables in plain text (SOURCES.md: "one line per row with cells separated by a
 * TAB") are not Markdown: remark reads them as paragraphs and indented code, and on a large
 * plan they are most of the text it parses (issue 8: the task table of an 8,000-row plan is
 * 95% of the file). So the runs of lines that hold such rows are set aside before remark
 * reads the text: remark gets a copy where those lines are blank (same length, positions
 * unchanged) and the lines come back, as written, as blocks of their own in document order.
 */

export interface SetAsideLine {
  readonly text: string;
  readonly offset: number;
}

/** A line with two or more TABs holds three or more cells: a table row, not a layout pair. */
function isTableLine(text: string, from: number, to: number): boolean {
  const first = text.indexOf('\t', from);
  if (first < 0 || first >= to) return false;
  const second = text.indexOf('\t', first + 1);
  return second >= 0 && second < to;
}

/**
 * Finds each run of consecutive non-blank lines that holds a table row, blanks it in a copy
 * of the text, and returns the copy and the runs (each run one block, as remark would have
 * made one paragraph of it).
 */
export function setAsideTables(text: string): { copy: string; runs: SetAsideLine[][] } {
  const runs: SetAsideLine[][] = [];
  let parts: string[] | null = null;
  let copied = 0;
  let run: SetAsideLine[] = [];
  let hasRow = false;
  let runStart = 0;
  let runEnd = 0;
  const close = (): void => {
    if (run.length && hasRow) {
      parts ??= [];
      parts.push(text.slice(copied, runStart), run.map((l) => ' '.repeat(lineLength(text, l.offset))).join('\n'));
      copied = runEnd;
      runs.push(run);
    }
    run = [];
    hasRow = false;
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (isBlank(text, start, end)) close();
    else {
      if (!run.length) runStart = start;
      run.push({ text: cleanInline(text.slice(start, end)), offset: start });
      runEnd = end;
      if (isTableLine(text, start, end)) hasRow = true;
    }
    start = end + 1;
  }
  close();
  if (!parts) return { copy: text, runs };
  (parts as string[]).push(text.slice(copied));
  return { copy: (parts as string[]).join(''), runs };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function lineLength(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return (end < 0 ? text.length : end) - from;
}

/** Strong emphasis and escapes that a text copy of a table may carry ("**I. NÂNG CAO …**"). */
function cleanInline(line: string): string {
  return line.replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}
