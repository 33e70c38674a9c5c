import type { Root, RootContent, Paragraph, Heading, ListItem, List, ThematicBreak } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { phrasing, point } from './plain-inline.js';

/**
 * CommonMark's block structure of plain text: the tree remark would give a piece of it, made
 * without remark (issue 19). A plan typed in an editor is paragraphs, "- " and "1." items and
 * rules of dashes; remark's tokenizer read the sample's 17 KB in about 24 ms of a 150 ms cold
 * start, and blocks.ts reads from its tree only the kinds, the offsets and the line breaks of
 * the paragraphs' text.
 *
 * The algorithm is the CommonMark reference's (commonmark.js, `blocks.js`: open containers
 * matched line by line, then block starts, then lazy paragraph continuation), for lists and
 * their items, paragraphs, setext headings and thematic breaks; a paragraph's inline content is
 * plain-inline.ts's. Text with anything more (an entity, a backslash escape, code, a tag, a
 * link, an ATX heading, a quote, a fence, indented code, an empty item, a TAB that sets a
 * column) returns null, and remark reads it: test/parse/plain-blocks.test.ts compares the
 * blocks of both trees on every text fixture and on generated texts.
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

type Kind = 'document' | 'list' | 'item' | 'paragraph' | 'heading' | 'thematicBreak';

interface Block {
  readonly kind: Kind;
  readonly parent: Block | null;
  readonly children: Block[];
  open: boolean;
  /** Where the block starts in the text (an item: its marker). */
  readonly start: number;
  /** A paragraph's or heading's lines: where each one's text starts and ends. */
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
  return { kind, parent, children: [], open: true, start, lines: [], depth: 2, list: null };
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
  private lineEnd = 0;
  private offset = 0;
  private nextNonspace = 0;
  private indent = 0;
  private blank = false;
  /** The text holds a block this reader does not make. */
  refused = false;

  constructor(private readonly doc: Block) {
    this.tip = doc;
    this.oldTip = doc;
    this.lastMatched = doc;
  }

  /** commonmark.js's incorporateLine, for the blocks of plain text. */
  line(text: string, start: number, end: number): void {
    this.text = text;
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
    let matchedLeaf = false;
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
    if (!this.allClosed && !this.blank && this.tip.kind === 'paragraph') {
      this.addLine(this.tip);
      return;
    }
    this.closeUnmatched();
    if (container.kind === 'paragraph') this.addLine(container);
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
      default:
        // A heading or a thematic break ends on its line.
        return false;
    }
  }

  /**
   * A block that starts here, in commonmark.js's order (setext heading, thematic break, list
   * item): 'container' when more blocks may start inside it, 'leaf' when the line is used up,
   * null when none starts.
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
        // The marker starts where the line's text does (listMarker moved only the offset).
        if (this.tip.kind !== 'list' || !listsMatch(this.tip.list as ListData, data)) this.addChild('list', this.nextNonspace).list = data;
        this.addChild('item', this.nextNonspace).list = data;
        return 'container';
      }
    }
    // Indented code: micromark ends it where commonmark.js goes on (before a line that could
    // start a list item) and reads an ordered item after it as a paragraph, as generated texts
    // showed (test/parse/plain-blocks.test.ts): the text is left to remark.
    if (indented && this.tip.kind !== 'paragraph' && !this.blank) this.refused = true;
    return null;
  }

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
    case 'list':
    case 'item': {
      const children: RootContent[] = [];
      for (const c of b.children) {
        const nodes = toNodes(text, c);
        if (nodes === null) return null;
        children.push(...nodes);
      }
      if (b.kind === 'list') return [{ type: 'list', children: children as ListItem[] } satisfies List];
      // Never an empty item (those are left to remark), so blocks.ts reads only its children.
      return [{ type: 'listItem', children: children as ListItem['children'], position: { start: point(b.start), end: point(b.start) } } satisfies ListItem];
    }
    case 'thematicBreak':
      // Kept as remark keeps it: an item that holds only a rule ("- ***") is no empty item.
      return [{ type: 'thematicBreak' } satisfies ThematicBreak];
    default:
      return [];
  }
}
