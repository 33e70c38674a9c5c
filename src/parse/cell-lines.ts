/**
 * The lines of a table cell as one text. A narrow cell's wrap breaks a figure that does not fit
 * where the width ends (pdftotext -layout, a PDF's own lines): "15/10/202" | "1", "2021–" |
 * "2025", "30/" | "9/2024". A line that ends inside a date (a year of fewer than four digits) or
 * with a digit and a date separator goes on with the next line's figures without a space.
 */
const FIGURE_CUT = /(?:\d{1,2}\/\d{1,2}\/\d{1,3}|\d[/\-–])$/u;

/** Whether the next line of a cell goes on with a figure the wrap cut at the end of `before`. */
export function continuesFigure(before: string, next: string): boolean {
  return FIGURE_CUT.test(before) && /^\d/u.test(next);
}

/** The lines of a cell joined with a space, or with none where a figure was cut (continuesFigure). */
export function joinCellLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    out += out && !continuesFigure(out, line) ? ` ${line}` : line;
  }
  return out;
}
