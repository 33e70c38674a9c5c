import type { Source } from '../model/types.js';
import { placeOf, type Diagnostic, type Severity } from '../model/diagnostic.js';

/** What every extractor gets: where offsets are in the original file, and a place to report. */
export interface ExtractContext {
  locate(offset: number): Source;
  report(finding: { ruleId: string; severity?: Severity; message: string; offset: number; expected?: string; actual?: string }): void;
  /** The plan's own year, once the header is read (for a day written without its year). */
  planYear: number | null;
}

export function createContext(locate: (offset: number) => Source, sink: Diagnostic[]): ExtractContext {
  return {
    planYear: null,
    locate,
    report({ ruleId, severity = 'info', message, offset, expected, actual }) {
      const s = locate(offset);
      sink.push({
        ruleId,
        severity,
        message,
        place: placeOf(s),
        ...(expected !== undefined ? { expected } : {}),
        ...(actual !== undefined ? { actual } : {}),
      });
    },
  };
}
