import type { Listing } from './listing.js';
import { safeText } from './safe-text.js';

/** A GFM pipe table, ready to paste into a report. */
export function toMarkdownTable(listing: Listing): string {
  const header = listing.columns.map((c) => mdCell(c.header));
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...listing.rows.map((row) => `| ${listing.columns.map((_, i) => mdCell(row[i] ?? '')).join(' | ')} |`),
  ];
  // A note starting "* " (the legend of a mark) would render as a list item and lose its star.
  const notes = (listing.notes ?? []).map((n) => `\n${mdText(n).replace(/^([*+-]) /, '\\$1 ')}`);
  return `${lines.join('\n')}\n${notes.join('')}${notes.length > 0 ? '\n' : ''}`;
}

/**
 * A cell is one line: "|" would end it and a line break would end the table (GFM spec,
 * "Tables"), so "|" is escaped and breaks become <br>. "<" is escaped so that text from the
 * document never turns into HTML or an autolink in the rendered report, and "[" and "]" so
 * that it never turns into a link, an image ("![x](http://…)" loads a tracking pixel when the
 * report is opened) or a reference definition (CommonMark: a backslash-escaped punctuation
 * character is shown as itself).
 */
export function mdCell(text: string): string {
  return mdText(text)
    .replace(/\|/g, '\\|')
    .replace(/\n/g, '<br>');
}

function mdText(text: string): string {
  return safeText(text, { newlines: true })
    .replace(/\\/g, '\\\\')
    .replace(/[<[\]]/g, '\\$&')
    .trim();
}
