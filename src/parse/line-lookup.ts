import { lineSpans, type LineSpan } from './line-spans.js';
import { lastStartAtOrBefore } from '../model/last-start.js';

/**
 * The source line around an offset, found by binary search over the line starts found once per
 * document. A saved web page is often one line of tens of megabytes: scanning back to the
 * previous newline, or ahead to the next, once per paragraph read it whole once per paragraph
 * (130,000 paragraphs took minutes; issue 14's bound is a run linear in the input).
 */
export class LineLookup {
  private readonly spans: LineSpan[];
  private readonly tabs = new Map<number, boolean>();

  constructor(private readonly text: string) {
    this.spans = lineSpans(text);
  }

  /** The span of the line that holds `offset` (the last line for an offset past the end). */
  lineAt(offset: number): LineSpan {
    const spans = this.spans;
    return spans[lastStartAtOrBefore(spans.length, (i) => spans[i]?.start ?? 0, offset)] as LineSpan;
  }

  /** Whether the line that holds `offset` has a TAB, looked at once per line. */
  hasTab(offset: number): boolean {
    const { start, end } = this.lineAt(offset);
    let known = this.tabs.get(start);
    if (known === undefined) {
      known = this.text.slice(start, end).includes('\t');
      this.tabs.set(start, known);
    }
    return known;
  }
}
