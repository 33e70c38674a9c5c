import { lineSpans, type LineSpan } from './line-spans.js';
import { lastStartAtOrBefore } from '../model/last-start.js';

/** What the block reader asks of a document's source lines (a test hands in a stand-in). */
export interface SourceLines {
  /** The span of the line that holds `offset` (the last line for an offset past the end). */
  lineAt(offset: number): LineSpan;
  /** Whether the line that holds `offset` has a TAB. */
  hasTab(offset: number): boolean;
}

/**
 * The source line around an offset, found by binary search over the line starts found once per
 * document. A saved web page is often one line of tens of megabytes: scanning back to the
 * previous newline, or ahead to the next, once per paragraph read it whole once per paragraph
 * (130,000 paragraphs took minutes; issue 14's bound is a run linear in the input).
 */
export class LineLookup implements SourceLines {
  private readonly spans: LineSpan[];
  private readonly tabs = new Map<number, boolean>();
  private steps: number;

  constructor(private readonly text: string) {
    this.spans = lineSpans(text);
    // lineSpans reads each character once, looking for the newlines.
    this.steps = text.length;
  }

  /**
   * The work done so far: characters read and line starts compared. A count, not a time, so
   * that a test can hold it to linear growth on any machine (the time is `npm run bench`'s).
   */
  get work(): number {
    return this.steps;
  }

  lineAt(offset: number): LineSpan {
    const spans = this.spans;
    const startOf = (i: number): number => {
      this.steps++;
      return spans[i]?.start ?? 0;
    };
    return spans[lastStartAtOrBefore(spans.length, startOf, offset)] as LineSpan;
  }

  /** Looked at once per line. */
  hasTab(offset: number): boolean {
    const { start, end } = this.lineAt(offset);
    let known = this.tabs.get(start);
    if (known === undefined) {
      known = this.text.slice(start, end).includes('\t');
      this.steps += end - start;
      this.tabs.set(start, known);
    }
    return known;
  }
}
