import type { Root, RootContent, Paragraph, Heading, Code, ListItem, List, Text, Emphasis, Strong, Link } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { LETTER, MARK, NUMBER } from '../model/letters.js';

/**
 * CommonMark's block structure of plain text, for the text that holds no inline Markdown at
 * all: the tree remark would give it, made without remark (issue 19). A plan typed in an
 * editor is paragraphs, "- " and "1." items, rules of dashes and indented lines; remark's
 * tokenizer read the sample's 17 KB in about 24 ms of a 150 ms cold start, and blocks.ts reads
 * from its tree only the kinds, the offsets and the line breaks of the paragraphs' text.
 *
 * The algorithm is the CommonMark reference's (commonmark.js, `blocks.js`: open containers
 * matched line by line, then block starts, then lazy paragraph continuation), for the blocks
 * plain text can hold: lists and their items, paragraphs, setext headings, thematic breaks
 * and indented code. Text with anything else (a TAB, an emphasis or link character, an entity,
 * a backslash, a heading "#", a quote ">", a fence, HTML) returns null, and remark reads it:
 * test/parse/plain-blocks.test.ts compares the blocks of both on every text fixture and on
 * generated texts.
 */
export function plainTree(text: string): Root | null {
  if (refusesText(text)) return null;
  const doc = newBlock('document', 0, null);
  const parser = new BlockParser(doc);
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    parser.line(text, start, end);
    if (end >= text.length) break;
    start = end + 1;
  }
  parser.closeAll();
  if (parser.refused) return null;
  const children: RootContent[] = [];
  for (const b of doc.children) {
    const nodes = toNodes(text, b);
    if (nodes === null) return null;
    children.push(...nodes);
  }
  return { type: 'root', children };
}

/**
 * What makes the text more than these blocks and plain text, anywhere: CR, NUL; code spans; a
 * backslash escape or hard break; a numeric character reference; an inline link or full
 * reference. Named references are refused where they name a character (refusesText), a TAB
 * where it sets a column, a "<" that opens a tag in a paragraph (phrasing, which reads
 * autolinks), and starts of ATX headings, quotes, fences, HTML blocks and link definitions
 * where a block starts (BlockParser).
 */
const OUTSIDE = /[\r\0`]|\\(?:[!-/:-@[-`{-~]|$)|&#|\]\(|\]\[/m;
const NAMED_REFERENCE = /&([A-Za-z][A-Za-z0-9]{0,31});/g;
// A TAB in a line's indentation, or right after a list marker, counts to a tab stop. A line that
// is only list markers makes an empty item, whose blocks micromark closes by rules of its own
// (after indented code, at the end of the text): left to remark.
const TAB_COLUMN = /^[ \t]*\t|^ *(?:(?:[-+*]|\d{1,9}[.)]) +)*(?:[-+*]|\d{1,9}[.)])(?:\t| *$)/m;

/** Whether the text holds what OUTSIDE and the two rules after it name. */
function refusesText(text: string): boolean {
  if (OUTSIDE.test(text) || TAB_COLUMN.test(text)) return true;
  if (!text.includes('&')) return false;
  NAMED_REFERENCE.lastIndex = 0;
  for (let m = NAMED_REFERENCE.exec(text); m; m = NAMED_REFERENCE.exec(text)) if (decodeNamedCharacterReference(m[1] as string) !== false) return true;
  return false;
}

/** Block starts this reader does not make: ATX heading, quote, fence, HTML block. */
const OTHER_BLOCK = /^(?:#{1,6}(?: |$)|>|`{3}|~{3}|<)/;

// A line that may start a block (commonmark.js's reMaybeSpecial).
const MAYBE_SPECIAL = /^[#`~*+_=<>0-9-]/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const ORDERED = /^(\d{1,9})([.)])/;
const CODE_INDENT = 4;

type Kind = 'document' | 'list' | 'item' | 'paragraph' | 'heading' | 'code' | 'thematicBreak';

interface Block {
  readonly kind: Kind;
  readonly parent: Block | null;
  readonly children: Block[];
  open: boolean;
  /** Where the block starts in the text (an item: its marker). */
  readonly start: number;
  /** An empty item's marker ends here. */
  markerEnd: number;
  /** A paragraph's or heading's lines: where each one's text starts and ends; a code block's lines. */
  readonly lines: { start: number; end: number }[];
  depth: 1 | 2;
  list: ListData | null;
}

interface ListData {
  readonly type: 'bullet' | 'ordered';
  readonly char: string;
  readonly markerOffset: number;
  readonly padding: number;
}

function newBlock(kind: Kind, start: number, parent: Block | null): Block {
  return { kind, parent, children: [], open: true, start, markerEnd: start, lines: [], depth: 2, list: null };
}

function canContain(parent: Kind, child: Kind): boolean {
  if (parent === 'document' || parent === 'item') return child !== 'item';
  return parent === 'list' && child === 'item';
}

class BlockParser {
  private tip: Block;
  private oldTip: Block;
  private lastMatched: Block;
  private allClosed = true;
  // The line being read: the text, where it starts and ends, and the reading position in it.
  private text = '';
  private lineStart = 0;
  private lineEnd = 0;
  private offset = 0;
  private nextNonspace = 0;
  private indent = 0;
  private blank = false;
  private markerEnd = 0;
  /** The text holds a block this reader does not make. */
  refused = false;
  /** The last line that was not blank belonged to an indented code block. */
  private afterCode = false;

  constructor(private readonly doc: Block) {
    this.tip = doc;
    this.oldTip = doc;
    this.lastMatched = doc;
  }

  /** commonmark.js's incorporateLine, for the blocks of plain text. */
  line(text: string, start: number, end: number): void {
    this.text = text;
    this.lineStart = start;
    this.lineEnd = end;
    this.offset = start;
    this.oldTip = this.tip;
    let container = this.doc;
    for (let last = lastOpenChild(container); last; last = lastOpenChild(container)) {
      container = last;
      this.findNextNonspace();
      if (!this.continues(container)) {
        container = container.parent as Block;
        break;
      }
    }
    this.allClosed = container === this.oldTip;
    this.lastMatched = container;
    let matchedLeaf = container.kind === 'code';
    while (!matchedLeaf) {
      this.findNextNonspace();
      const indented = this.indent >= CODE_INDENT;
      const rest = text.slice(this.nextNonspace, end);
      if (!indented && !MAYBE_SPECIAL.test(rest)) {
        this.offset = this.nextNonspace;
        break;
      }
      const started = this.blockStart(container, rest, indented);
      if (started === null) {
        this.offset = this.nextNonspace;
        break;
      }
      container = this.tip;
      matchedLeaf = started === 'leaf';
    }
    if (!this.blank) this.afterCode = container.kind === 'code';
    if (!this.allClosed && !this.blank && this.tip.kind === 'paragraph') {
      this.addLine(this.tip);
      return;
    }
    this.closeUnmatched();
    if (container.kind === 'paragraph' || container.kind === 'code') this.addLine(container);
    else if (this.offset < end && !this.blank) {
      const p = this.addChild('paragraph', this.offset);
      this.findNextNonspace();
      this.offset = this.nextNonspace;
      // A paragraph that opens with "[" may be a link definition.
      if (text[this.offset] === '[') this.refused = true;
      this.addLine(p);
    }
  }

  closeAll(): void {
    while (this.tip !== this.doc) this.finalize(this.tip);
  }

  /** Whether an open block goes on on this line (commonmark.js's `continue`), moving past its prefix. */
  private continues(b: Block): boolean {
    switch (b.kind) {
      case 'list':
        return true;
      case 'item': {
        const data = b.list as ListData;
        if (this.blank) {
          if (b.children.length === 0) return false;
          this.offset = this.nextNonspace;
          return true;
        }
        if (this.indent >= data.markerOffset + data.padding) {
          this.offset += data.markerOffset + data.padding;
          return true;
        }
        return false;
      }
      case 'paragraph':
        return !this.blank;
      case 'code':
        if (this.indent >= CODE_INDENT) {
          this.offset += CODE_INDENT;
          return true;
        }
        if (this.blank) {
          this.offset = this.nextNonspace;
          return true;
        }
        return false;
      default:
        // A heading or a thematic break ends on its line.
        return false;
    }
  }

  /**
   * A block that starts here, in commonmark.js's order (setext heading, thematic break, list
   * item, indented code): 'container' when more blocks may start inside it, 'leaf' when the line
   * is used up, null when none starts.
   */
  private blockStart(container: Block, rest: string, indented: boolean): 'container' | 'leaf' | null {
    if (!indented && OTHER_BLOCK.test(rest)) {
      this.refused = true;
      return null;
    }
    if (!indented && container.kind === 'paragraph' && SETEXT.test(rest)) {
      this.closeUnmatched();
      const parent = container.parent as Block;
      const heading = newBlock('heading', container.start, parent);
      heading.depth = rest.startsWith('=') ? 1 : 2;
      heading.lines.push(...container.lines);
      // The paragraph is its parent's last child (the open one).
      parent.children[parent.children.length - 1] = heading;
      this.tip = heading;
      this.offset = this.lineEnd;
      return 'leaf';
    }
    if (!indented && THEMATIC.test(rest)) {
      this.closeUnmatched();
      this.addChild('thematicBreak', this.nextNonspace);
      this.offset = this.lineEnd;
      return 'leaf';
    }
    if (!indented || container.kind === 'list') {
      const data = this.listMarker(container);
      if (data) {
        this.closeUnmatched();
        if (this.tip.kind !== 'list' || !listsMatch(this.tip.list as ListData, data)) this.addChild('list', this.markerStart).list = data;
        const item = this.addChild('item', this.markerStart);
        item.list = data;
        item.markerEnd = this.markerEnd;
        return 'container';
      }
    }
    if (indented && this.tip.kind !== 'paragraph' && !this.blank) {
      // micromark ends indented code where commonmark.js goes on (before a line that could
      // start a list item, by the fuzzing of test/parse/plain-blocks.test.ts): left to remark.
      this.refused = true;
      this.offset += CODE_INDENT;
      this.closeUnmatched();
      this.addChild('code', this.offset);
      return 'leaf';
    }
    return null;
  }

  private markerStart = 0;

  /** commonmark.js's parseListMarker: a bullet or ordered marker and the item's padding, moving past them. */
  private listMarker(container: Block): ListData | null {
    if (this.indent >= CODE_INDENT) return null;
    const text = this.text;
    const at = this.nextNonspace;
    const c = text[at];
    let length: number;
    let type: ListData['type'];
    let char: string;
    if (c === '-' || c === '+' || c === '*') {
      length = 1;
      type = 'bullet';
      char = c;
    } else {
      const m = ORDERED.exec(text.slice(at, Math.min(this.lineEnd, at + 11)));
      if (!m || (container.kind === 'paragraph' && Number(m[1]) !== 1)) return null;
      // micromark reads an ordered item that does not start with 1 after indented code (blank
      // lines between or not) as a paragraph: left to remark.
      if (Number(m[1]) !== 1 && this.afterCode) this.refused = true;
      length = m[0].length;
      type = 'ordered';
      char = m[2] as string;
    }
    const after = at + length;
    if (after < this.lineEnd && text[after] !== ' ') return null;
    // An item that interrupts a paragraph does not start with a blank line.
    if (container.kind === 'paragraph' && text.slice(after, this.lineEnd).trim() === '') return null;
    // Columns of spaces after the marker: up to 5 are looked at.
    let spaces = 0;
    while (spaces < 5 && after + spaces < this.lineEnd && text[after + spaces] === ' ') spaces++;
    const blankItem = after + spaces >= this.lineEnd;
    let padding: number;
    if (spaces >= 5 || spaces < 1 || blankItem) {
      padding = length + 1;
      this.offset = after < this.lineEnd ? after + 1 : after;
    } else {
      padding = length + spaces;
      this.offset = after + spaces;
    }
    this.markerStart = at;
    this.markerEnd = after;
    return { type, char, markerOffset: this.indent, padding };
  }

  private findNextNonspace(): void {
    let i = this.offset;
    while (i < this.lineEnd && this.text[i] === ' ') i++;
    this.nextNonspace = i;
    this.indent = i - this.offset;
    this.blank = i >= this.lineEnd;
  }

  private addLine(b: Block): void {
    if (b.kind === 'code') {
      b.lines.push({ start: this.lineStart, end: this.lineEnd });
      return;
    }
    // A paragraph's line: its text without the spaces around it.
    let s = this.offset;
    while (s < this.lineEnd && this.text[s] === ' ') s++;
    let e = this.lineEnd;
    while (e > s && (this.text[e - 1] === ' ' || this.text[e - 1] === '\t')) e--;
    b.lines.push({ start: s, end: e });
  }

  private addChild(kind: Kind, start: number): Block {
    while (!canContain(this.tip.kind, kind)) this.finalize(this.tip);
    const block = newBlock(kind, start, this.tip);
    this.tip.children.push(block);
    this.tip = block;
    return block;
  }

  private finalize(b: Block): void {
    b.open = false;
    this.tip = b.parent as Block;
  }

  private closeUnmatched(): void {
    if (this.allClosed) return;
    while (this.oldTip !== this.lastMatched) {
      const parent = this.oldTip.parent as Block;
      this.finalize(this.oldTip);
      this.oldTip = parent;
    }
    this.allClosed = true;
  }
}

function lastOpenChild(b: Block): Block | null {
  const last = b.children[b.children.length - 1];
  return last?.open ? last : null;
}

function listsMatch(a: ListData, b: ListData): boolean {
  return a.type === b.type && a.char === b.char;
}

/**
 * The mdast nodes of a block: what remark gives, as far as blocks.ts reads it (kinds, offsets,
 * line breaks); null when a paragraph's text is more than this reader makes.
 */
function toNodes(text: string, b: Block): RootContent[] | null {
  switch (b.kind) {
    case 'paragraph':
    case 'heading': {
      const first = b.lines[0];
      const last = b.lines[b.lines.length - 1];
      if (!first || !last) return [];
      const children = phrasing(text, b.lines);
      if (children === null) return null;
      const position = { start: point(first.start), end: point(last.end) };
      if (b.kind === 'heading') return [{ type: 'heading', depth: b.depth, children, position } satisfies Heading];
      return [{ type: 'paragraph', children, position } satisfies Paragraph];
    }
    case 'code': {
      // Blank lines at the end are not part of the block.
      const lines = b.lines.filter((l) => text.slice(l.start, l.end).trim() !== '');
      const first = lines[0];
      const last = lines[lines.length - 1];
      if (!first || !last) return [];
      return [{ type: 'code', value: '', position: { start: point(first.start), end: point(last.end) } } satisfies Code];
    }
    case 'list':
    case 'item': {
      const children: RootContent[] = [];
      for (const c of b.children) {
        const nodes = toNodes(text, c);
        if (nodes === null) return null;
        children.push(...nodes);
      }
      if (b.kind === 'list') return [{ type: 'list', children: children as ListItem[] } satisfies List];
      return [{ type: 'listItem', children: children as ListItem['children'], position: { start: point(b.start), end: point(b.markerEnd) } } satisfies ListItem];
    }
    default:
      return [];
  }
}

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
function phrasing(text: string, lines: readonly { start: number; end: number }[]): (Text | Emphasis | Strong | Link)[] | null {
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
function point(offset: number): { line: number; column: number; offset: number } {
  return { line: 1, column: 1, offset };
}
