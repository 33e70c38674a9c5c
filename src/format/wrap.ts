/**
 * Word wrapping for terminal output, in one linear pass. (cli-table3's own wrapping measures
 * the whole cell again for every word: a 1 MB description from a hostile file would take
 * minutes, against issue 7's bounded time.)
 */

/** Code points, the width of NFC Vietnamese text on a terminal. */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Wraps text to `columns` characters a line: at spaces where it can, inside a word longer
 * than a line otherwise (a URL). Line breaks in the text are kept.
 */
export function wrapText(text: string, columns: number): string[] {
  const room = Math.max(1, columns);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      let rest = word;
      let w = width(rest);
      // a word that fits after the previous one on the same line
      if (used > 0 && used + 1 + w <= room) {
        line += ` ${rest}`;
        used += 1 + w;
        continue;
      }
      if (used > 0) out.push(line);
      if (w > room) {
        const chars = Array.from(rest);
        let at = 0;
        for (; chars.length - at > room; at += room) out.push(chars.slice(at, at + room).join(''));
        rest = chars.slice(at).join('');
        w = chars.length - at;
      }
      line = rest;
      used = w;
    }
    out.push(line);
  }
  return out;
}

/**
 * Word-wraps a paragraph for a terminal report, every line indented; the first line may carry
 * a marker ("- ") with the following lines aligned under its text.
 */
export function wrapParagraph(text: string, columns: number, indent = '', marker = ''): string[] {
  const room = Math.max(20, columns - indent.length - marker.length);
  const hang = ' '.repeat(marker.length);
  return wrapText(text.replace(/\s+/g, ' ').trim(), room).map((l, i) => `${indent}${i === 0 ? marker : hang}${l}`);
}
