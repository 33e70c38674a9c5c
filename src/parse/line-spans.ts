/** Where a line of a text starts and ends (the end at its newline or the text's end). */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** The lines of a text as spans, in one pass (each line is found from the end of the one before). */
export function lineSpans(text: string): LineSpan[] {
  const out: LineSpan[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end });
    start = end + 1;
  }
  return out;
}
