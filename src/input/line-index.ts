import type { Source } from '../model/types.js';
import { MARK } from '../model/letters.js';
import { lastStartAtOrBefore } from '../model/last-start.js';

/**
 * Maps offsets in the normalised text (NFC, LF line ends) back to the line and column of the
 * original file (CRLF, NFD and a BOM included). Built once per document.
 */
export interface LineIndex {
  /** 1-based line and column in the original file for an offset into the normalised text. */
  locate(offset: number): Source;
  readonly lineCount: number;
}

interface LineMap {
  start: number;
  /** For lines that NFC changed: original column (0-based) of each normalised column. */
  columns: Int32Array | null;
}

export function createLineIndex(lines: readonly LineMap[], kind: Source['kind'] = 'line'): LineIndex {
  const starts = lines.map((l) => l.start);
  return {
    lineCount: lines.length,
    locate(offset) {
      const lo = lastStartAtOrBefore(starts.length, (i) => starts[i] ?? 0, offset);
      const map = lines[lo];
      const col = offset - (map?.start ?? 0);
      const original = map?.columns ? (map.columns[Math.min(col, map.columns.length - 1)] ?? col) : col;
      return { kind, line: lo + 1, column: Math.max(0, original) + 1 };
    },
  };
}

const CLUSTER = new RegExp(String.raw`[^${MARK}][${MARK}]*|[${MARK}]+`, 'gu');
// Zero-width characters a web page or an editor leaves inside words ("xây dựng\u200b tỉnh"):
// zero-width space, non-joiner and joiner, word joiner, and a byte-order mark inside the text.
// Vietnamese writes none of them; they are dropped, as NFC drops the difference of a decomposed
// letter, so that a name is the same name with or without them.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;

/**
 * Normalises decoded text to NFC with LF line ends and no zero-width characters, line by line,
 * remembering for each line whose length changed where each character came from.
 */
export function normaliseText(decoded: string): { text: string; index: LineIndex } {
  const rawLines = decoded.split(/\r\n|\n|\r/);
  const out: string[] = [];
  const maps: LineMap[] = [];
  let offset = 0;
  for (const raw of rawLines) {
    const nfc = raw.normalize('NFC').replace(ZERO_WIDTH, '');
    let line = nfc;
    let columns: Int32Array | null = null;
    if (nfc !== raw) {
      // Compose cluster by cluster so every normalised column knows its original column.
      const parts: string[] = [];
      const cols: number[] = [];
      for (const m of raw.matchAll(CLUSTER)) {
        const composed = m[0].normalize('NFC').replace(ZERO_WIDTH, '');
        for (let i = 0; i < composed.length; i++) cols.push(m.index + Math.min(i, m[0].length - 1));
        parts.push(composed);
      }
      line = parts.join('');
      cols.push(raw.length);
      columns = Int32Array.from(cols);
    }
    maps.push({ start: offset, columns });
    out.push(line);
    offset += line.length + 1;
  }
  return { text: out.join('\n'), index: createLineIndex(maps) };
}
