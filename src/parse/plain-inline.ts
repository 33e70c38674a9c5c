import type { Text, Emphasis, Strong, Link } from 'mdast';
import { LETTER, MARK, NUMBER } from '../model/letters.js';

// The inline content of a paragraph of plain text, as remark gives it (plain-blocks.ts reads the
// blocks): text, autolinks and at most one emphasis or strong span.

interface Run {
  readonly at: number;
  readonly length: number;
  readonly char: string;
  readonly open: boolean;
  readonly close: boolean;
}

/**
 * A paragraph's inline content: its text, with autolinks ("<https://…>", "<a@b.vn>") and at
 * most one emphasis or strong span (one pair of "*" or "_" runs of one or two characters,
 * which remark pairs as micromark's attention construct does: flanking by whitespace and
 * punctuation, the rule of three). A "<" that may open an HTML tag, or any other arrangement of
 * runs that may open or close, returns null.
 */
export function phrasing(text: string, lines: readonly { start: number; end: number }[]): (Text | Emphasis | Strong | Link)[] | null {
  const links: { start: number; end: number }[] = [];
  const runs: Run[] = [];
  for (const { start, end } of lines) {
    for (let i = start; i < end; i++) {
      const c = text[i] as string;
      if (c === '<') {
        AUTOLINK.lastIndex = i;
        const m = AUTOLINK.exec(text);
        if (m && m.index + m[0].length <= end) {
          links.push({ start: i, end: i + m[0].length });
          i += m[0].length - 1;
        } else if (TAG_START.test(text[i + 1] ?? '')) return null;
        continue;
      }
      if (c !== '*' && c !== '_') continue;
      let j = i;
      while (j < end && text[j] === c) j++;
      // At a line's start or end the neighbour is a line ending: whitespace.
      const before = i === start ? WHITESPACE : classify(text.charCodeAt(i - 1));
      const after = j === end ? WHITESPACE : classify(text.charCodeAt(j));
      if (before === UNKNOWN || after === UNKNOWN) return null;
      const open = after === OTHER || (after === PUNCTUATION && before !== OTHER);
      const close = before === OTHER || (before === PUNCTUATION && after !== OTHER);
      const run = c === '*' ? { at: i, length: j - i, char: c, open, close } : { at: i, length: j - i, char: c, open: open && (before !== OTHER || !close), close: close && (after !== OTHER || !open) };
      if (run.open || run.close) runs.push(run);
      i = j - 1;
    }
  }
  const spans: { start: number; end: number; node: (children: Text[]) => Emphasis | Strong | Link; inner: [number, number] }[] = links.map((l) => ({
    start: l.start,
    end: l.end,
    inner: [l.start + 1, l.end - 1],
    node: (children) => ({ type: 'link', url: text.slice(l.start + 1, l.end - 1), children, position: { start: point(l.start), end: point(l.end) } }),
  }));
  // Runs with no closer after an opener of their character stay text (micromark makes them data).
  if (pairable(runs)) {
    const [opener, closer] = runs;
    if (runs.length !== 2 || !opener || !closer || opener.char !== closer.char || !opener.open || !closer.close) return null;
    if (opener.length !== closer.length || opener.length > 2) return null;
    // The rule of three: a run that could also close (or open) pairs only when the sum is no multiple of 3.
    if ((opener.close || closer.open) && closer.length % 3 !== 0 && (opener.length + closer.length) % 3 === 0) return null;
    const end = closer.at + closer.length;
    // An autolink inside the span would be a child of it: left to remark.
    if (links.some((l) => l.start < end && l.end > opener.at)) return null;
    const type = opener.length === 2 ? 'strong' : 'emphasis';
    spans.push({ start: opener.at, end, inner: [opener.at + opener.length, closer.at], node: (children) => ({ type, children, position: { start: point(opener.at), end: point(end) } }) });
    spans.sort((a, b) => a.start - b.start);
  }
  const first = lines[0] as { start: number; end: number };
  const last = lines[lines.length - 1] as { start: number; end: number };
  // A hard break (two spaces at a line's end) splits the text around a span apart from where
  // one node across the line ending puts it: left to remark.
  if (spans.length > 0 && lines.some((l, k) => k < lines.length - 1 && text.startsWith('  ', l.end))) return null;
  const out: (Text | Emphasis | Strong | Link)[] = [];
  let at = first.start;
  for (const span of spans) {
    if (span.start > at) out.push(textNode(text, lines, at, span.start));
    out.push(span.node([textNode(text, lines, span.inner[0], span.inner[1])]));
    at = span.end;
  }
  if (at < last.end || out.length === 0) out.push(textNode(text, lines, at, last.end));
  return out;
}

/** Whether some run closes after an opener of its character: one pass, the runs in order. */
function pairable(runs: readonly Run[]): boolean {
  let star = false;
  let underscore = false;
  for (const r of runs) {
    if (r.close && (r.char === '*' ? star : underscore)) return true;
    if (r.open) {
      if (r.char === '*') star = true;
      else underscore = true;
    }
  }
  return false;
}

// CommonMark's autolinks: an absolute URI or an email address between "<" and ">".
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x20]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
// What may follow "<" in an HTML tag, comment, declaration or instruction.
const TAG_START = /^[A-Za-z/!?]$/;

/** A text node from one offset to another of a paragraph's lines: its value holds a line ending between lines. */
function textNode(text: string, lines: readonly { start: number; end: number }[], from: number, to: number): Text {
  const parts: string[] = [];
  for (const l of lines) {
    if (l.end < from && l.start < from) continue;
    if (l.start > to) break;
    parts.push(text.slice(Math.max(l.start, from), Math.min(l.end, to)));
  }
  return { type: 'text', value: parts.join('\n'), position: { start: point(from), end: point(to) } };
}

const WHITESPACE = 1;
const PUNCTUATION = 2;
const OTHER = 0;
/** A character this reader does not classify (outside the BMP, or a symbol outside ASCII). */
const UNKNOWN = 3;
const ASCII_WHITESPACE = /[\t\n\v\f\r ]/;
const ASCII_WORD = /[A-Za-z0-9\x00-\x08\x0e-\x1f\x7f]/;
const WIDE_WHITESPACE = /\s/;
// Letters, marks and figures: never punctuation (the classes of model/letters.ts, no property
// escapes: each costs a compile at start-up).
const WIDE_WORD = new RegExp(String.raw`[${LETTER}${MARK}${NUMBER}]`, 'u');

/**
 * micromark's classifyCharacter (whitespace; Unicode punctuation, P and S; other) for what a
 * plan holds: every ASCII character, and letters, marks, figures and spaces beyond it. Anything
 * else (a curly quote, a dash, a symbol) is UNKNOWN, and the text is left to remark.
 */
function classify(code: number): number {
  const c = String.fromCharCode(code);
  if (code < 0x80) {
    if (ASCII_WHITESPACE.test(c)) return WHITESPACE;
    return ASCII_WORD.test(c) ? OTHER : PUNCTUATION;
  }
  if (code >= 0xd800 && code <= 0xdfff) return UNKNOWN;
  if (WIDE_WHITESPACE.test(c)) return WHITESPACE;
  return WIDE_WORD.test(c) ? OTHER : UNKNOWN;
}

/** A point that carries only the offset: blocks.ts reads nothing else (and shift.ts moves only offsets). */
export function point(offset: number): { line: number; column: number; offset: number } {
  return { line: 1, column: 1, offset };
}
