/**
 * The paragraph reader (issue 11, layout 0): line by line, it decides from evidence whether a
 * line starts a paragraph or goes on with the one before, cuts lines that hold several parts,
 * and repairs what a copy broke (a number left at the end of the line above, a sentence split
 * by a page break), each repair a finding.
 */
import type { Row } from '../parse/layout.js';
import type { Line } from '../parse/blocks.js';
import type { Para, Part, ParaFinding } from './parts.js';
import { quote } from './quote.js';
import { startsLowerCase } from '../input/keys.js';
import { lexMarker, MARKER_WINDOW, RANK, rankOf, type Marker } from './lexer.js';
import { NumberingState } from './sequence.js';
import { filledLine, continuesLine, type FlowLayout } from './line-breaks.js';
import { isCapsLine, isClosed, isLabelLine, startsLower, frameLineKind, endsFramePart } from './line-kinds.js';
import { cutPoints, splitLine, nextItemCut, runsTogether, type Phase } from './run-together.js';
import { LETTER, NUMBER, STARTS_UPPER } from '../model/letters.js';
import { msg } from '../i18n/index.js';

const A_WORD_CHAR = new RegExp(String.raw`[${LETTER}${NUMBER}]`, 'u');
const ENDS_IN_LETTER = new RegExp(String.raw`[${LETTER}]$`, 'u');

/** A line as laid out: whether a paragraph boundary stands before it, and its Markdown heading. */
export interface Item {
  readonly line: Line;
  readonly hard: boolean;
  readonly heading: boolean;
  readonly depth: number | undefined;
}

const BULLETS = new Set(['dash', 'plus', 'star']);
// Parts of a header that the body never holds on a line of their own.
const HEADER_PARTS = new Set(['number', 'date', 'motto', 'motto-end', 'type', 'basis']);

// A year at the start of a line ("2030. Mục tiêu …") is never a heading number (NĐ 30 numbers
// items with one to three digits): after an open sentence it is a wrap.
const YEAR_START = /^\s*\d{4}[.)]\s/u;
// "Trong giai đoạn 2026" / "- 2030 phấn đấu …": a wrap before the dash of a range of years.
const RANGE_TAIL = /^\s*[-–]\s*\d{1,4}\b(?![.)])/u;
// An item number left at the end of the line above, after a closed sentence: "… năm 2025. 3."
const TRAILING_NUMBER = /[.;:!?…]\s+((?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,4})\.|[a-zđ]\))\s*$/u;

interface Open {
  lines: Line[];
  marker: Marker | null;
  heading: boolean;
  depth: number | undefined;
}

export class ParagraphReader {
  readonly findings: ParaFinding[] = [];
  numberedInText = 0;
  private readonly parts: Part[] = [];
  private readonly state = new NumberingState();
  private current: Open | null = null;
  private phase: Phase = 'header';
  // The document's type line ("KẾ HOẠCH") has been read in this header.
  private typeSeen = false;
  private afterTable = false;

  constructor(private readonly layout: FlowLayout) {}

  table(rows: readonly Row[], offset: number): void {
    this.flush();
    this.parts.push({ kind: 'table', rows, offset });
    this.afterTable = true;
  }

  line(item: Item): void {
    const hard = item.hard || this.afterTable;
    this.afterTable = false;
    const pieces = splitLine(item.line, cutPoints(item.line.text, this.phase));
    pieces.forEach((piece, k) => {
      if (runsTogether(piece.text)) this.longLine(piece, { ...item, hard: k === 0 ? hard : false }, k > 0);
      else this.place(piece, { ...item, hard: k === 0 ? hard : false }, k > 0);
    });
  }

  finish(): Part[] {
    this.flush();
    return this.parts;
  }

  /** A whole section on one line: each number that continues the numbering starts an item. */
  private longLine(line: Line, item: Item, forced: boolean): void {
    let from = 0;
    let first = true;
    // Each cut is found with the numbering as it stands after the pieces before it.
    for (;;) {
      // The numbering as it will stand once this piece is placed: its own number noted.
      const head = lexMarker(line.text.slice(from, from + MARKER_WINDOW));
      const probe = this.state.clone();
      if (head) probe.note(probe.choose(head));
      const start = from + (head?.length ?? 0);
      const cut = nextItemCut(line.text, Math.max(start, from + 1), probe);
      const end = cut ?? line.text.length;
      const raw = line.text.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim()) this.place({ text: raw.trim(), offset: line.offset + from + lead }, { ...item, hard: first ? item.hard : false }, first ? forced : true);
      first = false;
      if (cut === null) break;
      from = cut;
    }
  }

  private place(line: Line, item: Item, forced: boolean): void {
    // The remains of emptied emphasis ("* *", "** **") carry nothing: a rule of dashes is kept,
    // as it ends a part of the header.
    if (!A_WORD_CHAR.test(line.text) && frameLineKind(line.text) !== 'rule') return;
    const m = this.lex(line.text);
    const cur = this.current;
    if (!cur) return this.start(line, m, item);
    // "3." alone on its line: the title is on the next line.
    if (cur.marker?.bare && cur.lines.length === 1 && (m === null || BULLETS.has(m.kind)) && !item.heading) {
      cur.lines.push(line);
      return;
    }
    const prevLine = cur.lines[cur.lines.length - 1] as Line;
    // A number left at the end of the paragraph above, with or without a blank line between.
    if (!forced && m === null && this.trailingNumber(cur, prevLine, line, item)) return;
    if (forced) return this.start(line, m, item);
    if (cur.heading || item.heading) {
      if (this.continuesHeading(cur, line, m, item)) cur.lines.push(line);
      else this.start(line, m, item);
      return;
    }
    if (item.hard) {
      if (this.pageBreakJoin(prevLine, line)) cur.lines.push(line);
      else this.start(line, m, item);
      return;
    }
    if (this.startsParagraph(prevLine.text.trimEnd(), line, m)) this.start(line, m, item);
    else {
      this.noteSkipped(line, m);
      cur.lines.push(line);
    }
  }

  /** At a bare line break: does this line start a paragraph? */
  private startsParagraph(prev: string, line: Line, m: Marker | null): boolean {
    const text = line.text;
    const closed = isClosed(prev);
    const wrap = !closed && filledLine(this.layout, prev, text, false);
    if (this.frameStart(text, closed) || this.frameEnd(prev)) return true;
    if (m && !BULLETS.has(m.kind)) {
      const lowerTitle = startsLowerCase(text.trimStart().slice(m.length));
      // "… theo mục" / "5.1. của Kế hoạch này": a number then a word in lower case after an open
      // sentence is a wrap, even where the number would fit (items open with a capital).
      if (!closed && lowerTitle && m.kind !== 'letter') return false;
      // A wrap of a heading in capitals goes on in capitals: an item in sentence case after it
      // starts, however full the heading's line.
      // A lettered point "đ)" or a decimal "4.1." that continues the numbering is never a wrap:
      // a wrap does not bring those forms to the start of a line by chance, as it can "2.".
      if (this.state.fits(m)) return !wrap || m.kind === 'letter' || m.kind === 'decimal' || (isCapsLine(prev) && !isCapsLine(text.trimStart().slice(m.length)));
      // A heading in capitals is never continued by a numbered line: the plan skipped a number.
      if (isCapsLine(prev) && !wrap) return true;
      // A number out of sequence after an open sentence is a wrap ("… tại mục" / "1.1. của …").
      return this.layout.mode === 'lines' && closed && (m.bare === true || !lowerTitle);
    }
    if (m) {
      // "chính trị -" / "xã hội …": a hyphen that a wrap put first on the line.
      if (m.kind === 'dash' && !closed && startsLower(text.trimStart().slice(m.length))) return false;
      if (m.kind === 'dash' && /\d$/.test(prev) && RANGE_TAIL.test(text)) return false;
      return closed || !wrap || this.layout.mode === 'lines';
    }
    if (!closed && YEAR_START.test(text)) return false;
    if (isLabelLine(text)) return closed || !wrap;
    // A heading in capitals ends where sentence-case text begins, and begins after it.
    if (!wrap && isCapsLine(prev) && !isCapsLine(text) && !startsLower(text)) return true;
    if (!wrap && !isCapsLine(prev) && isCapsLine(text) && text.split(/\s+/).length >= 2) return true;
    if (this.layout.mode === 'lines') return !continuesLine(this.layout, prev, text);
    return false;
  }

  /**
   * A part of the frame starts this line: in the header and the closing, every part of it (the
   * number, the date, the type word …); in the body only what ends the body (Nơi nhận, the
   * signing authority, an appendix, an article), because a heading wrapped before "BÁO CÁO" or
   * "KẾ HOẠCH" is not a type line. After the document's type line, a second one goes on a
   * title in capitals unless the line before closed.
   */
  private frameStart(text: string, prevClosed: boolean): boolean {
    const kind = frameLineKind(text);
    if (kind === null) return false;
    if (HEADER_PARTS.has(kind) && this.phase === 'body') return false;
    if (kind === 'type' && this.typeSeen && !prevClosed) return false;
    return true;
  }

  private frameEnd(prev: string): boolean {
    if (!endsFramePart(prev)) return false;
    const kind = frameLineKind(prev);
    return kind === 'rule' || this.phase !== 'body';
  }

  /**
   * NĐ 30 prose never leaves a sentence open across paragraphs: when a paragraph ends without
   * closing punctuation and the next starts in lower case, a page break split one sentence
   * ("đội ngũ báo" / "cáo viên …") and the two are joined.
   */
  private pageBreakJoin(prev: Line, line: Line): boolean {
    const tail = prev.text.trimEnd();
    const brokenSentence = !isClosed(tail) && ENDS_IN_LETTER.test(tail) && startsLower(line.text);
    const brokenRange = /\d$/.test(tail) && RANGE_TAIL.test(line.text);
    if (!brokenSentence && !brokenRange) return false;
    this.findings.push({
      ruleId: 'repair-page-break',
      severity: 'info',
      offset: line.offset,
      message: msg('parse.pageBreakJoined', { tail: lastWords(tail), head: firstWords(line.text) }),
    });
    return true;
  }

  /** A Markdown heading split over two heading lines of the same level ("## TỔ CHỨC" / "## THỰC HIỆN"). */
  private continuesHeading(cur: Open, line: Line, m: Marker | null, item: Item): boolean {
    if (!cur.heading || !item.heading || m !== null || cur.depth !== item.depth) return false;
    const prev = cur.lines[cur.lines.length - 1]?.text ?? '';
    return !isClosed(prev) && !this.frameStart(line.text, false) && !this.frameEnd(prev);
  }

  /** "… năm 2025. 3." then "Sở Tư pháp: …": the number left at the end of the line above is this line's. */
  private trailingNumber(cur: Open, prevLine: Line, line: Line, item: Item): boolean {
    const t = TRAILING_NUMBER.exec(prevLine.text);
    if (!t?.[1] || t.index === undefined) return false;
    const marker = lexMarker(`${t[1]} ${line.text}`);
    if (!marker || BULLETS.has(marker.kind) || !this.state.fits(marker)) return false;
    const at = prevLine.text.lastIndexOf(t[1]);
    cur.lines[cur.lines.length - 1] = { text: prevLine.text.slice(0, at).trimEnd(), offset: prevLine.offset };
    this.start({ text: t[1], offset: prevLine.offset + at }, lexMarker(t[1]), item);
    (this.current as Open).lines.push(line);
    this.findings.push({ ruleId: 'repair-item-number', severity: 'info', offset: prevLine.offset + at, message: msg('parse.itemNumber', { number: t[1] }) });
    return true;
  }

  /** The line's marker; a numeral a scan misread ("Il.") or wrote without its dot only where it continues the numbering. */
  private lex(text: string): Marker | null {
    const m = lexMarker(text);
    return (m?.written !== undefined || m?.undotted) && !this.state.fits(m) ? null : m;
  }

  private noteSkipped(line: Line, m: Marker | null): void {
    if (!m || BULLETS.has(m.kind)) return;
    this.numberedInText++;
    const title = line.text.trimStart().slice(m.length);
    // A number followed by a capital looks like a part: say where it was read as a wrap.
    const looksLikePart = STARTS_UPPER.test(title) && rankOf(m) <= RANK.letter;
    if (!looksLikePart) return;
    // A part that names who does it ends its heading with a colon ("3. Sở Tư pháp:"): reading
    // it as a wrap may drop a unit's part, a warning; otherwise the reader is confident, info.
    this.findings.push({
      ruleId: 'outline-numbered-line',
      severity: /:\s*$/.test(title) ? 'warning' : 'info',
      offset: line.offset,
      message: msg('parse.numberedLine', { text: quote(line.text), number: m.number }),
    });
  }

  private start(line: Line, m: Marker | null, item: Item): void {
    this.flush();
    // An appendix, and the plan a decision carries, number their parts afresh.
    const kind = m ? null : frameLineKind(line.text);
    if (kind === 'appendix' || (kind === 'type' && this.phase === 'closing')) this.state.reset();
    const chosen = m ? this.state.choose(m) : null;
    if (chosen) this.state.note(chosen);
    if (chosen?.written !== undefined || chosen?.undotted) {
      const at = line.offset + line.text.length - line.text.trimStart().length;
      const message = chosen.written !== undefined ? msg('parse.ocrNumeral', { written: chosen.written, read: chosen.number }) : msg('parse.undottedNumeral', { read: chosen.number });
      this.findings.push({ ruleId: 'repair-ocr-numeral', severity: 'info', offset: at, message });
    }
    this.current = { lines: [line], marker: chosen, heading: item.heading, depth: item.depth };
  }

  private flush(): void {
    const cur = this.current;
    if (!cur) return;
    this.current = null;
    const para = makePara(cur);
    this.parts.push(para);
    this.advancePhase(para);
  }

  /** Header until the first section, body, closing from "Nơi nhận" or the signing authority. */
  private advancePhase(p: Para): void {
    const kind = frameLineKind(p.lines[0]?.text ?? '');
    if (kind === 'closing' && this.phase !== 'header') this.phase = 'closing';
    else if (kind === 'type' && this.phase === 'closing') {
      this.phase = 'header';
      this.typeSeen = true;
    } else if (kind === 'type' && this.phase === 'header') this.typeSeen = true;
    else if (p.marker && rankOf(p.marker) <= RANK.arabic && p.marker.kind !== 'decimal' && this.phase === 'header') this.phase = 'body';
  }
}

function makePara(o: Open): Para {
  const text = o.lines.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' ').trim();
  const para: Para = { kind: 'para', lines: o.lines, text, marker: o.marker, offset: o.lines[0]?.offset ?? 0, heading: o.heading };
  return o.depth !== undefined && o.heading ? { ...para, depth: o.depth } : para;
}

// Three words at a line's edge tell capitals from running text ("CỦA TỔ CÔNG TÁC") without
// reaching back into the sentence before them.
const EDGE_WORDS = 3;

function lastWords(s: string): string {
  return s.trimEnd().split(/\s+/).slice(-EDGE_WORDS).join(' ');
}
function firstWords(s: string): string {
  return s.trimStart().split(/\s+/).slice(0, EDGE_WORDS).join(' ');
}
