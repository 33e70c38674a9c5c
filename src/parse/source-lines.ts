import type { SourceLine } from '../model/source-line.js';
import type { ReadDocument } from './document.js';

/**
 * The lines of a read document, each numbered as the model's Source places number it: the
 * reader's own line index says which line (or .docx paragraph or row) an offset belongs to, so
 * a quote looked up by a diagnostic's place shows the text that place points into.
 */
export function sourceLines(doc: ReadDocument): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  // One pass over the text: each line is cut once, from the end of the previous one.
  while (start <= doc.text.length) {
    const end = doc.text.indexOf('\n', start);
    const stop = end < 0 ? doc.text.length : end;
    const place = doc.index.locate(start);
    out.push({ kind: place.kind, line: place.line, text: doc.text.slice(start, stop) });
    if (end < 0) break;
    start = end + 1;
  }
  return out;
}
