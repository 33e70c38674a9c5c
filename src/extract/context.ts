import type { Source } from '../model/types.js';
import { placeOf, type Diagnostic, type Severity } from '../model/diagnostic.js';
import { renderMsg, type Lang, type Msg } from '../i18n/index.js';

// A parse result is read before any language is chosen: its messages are rendered in English for
// the library's callers, and carry their id and parameters so validatePlan renders them in the
// run's language (issue 21).
export const PARSE_LANG: Lang = 'en';

/** What every extractor gets: where offsets are in the original file, and a place to report. */
export interface ExtractContext {
  locate(offset: number): Source;
  report(finding: { ruleId: string; severity?: Severity; message: Msg; offset: number; expected?: string; actual?: string }): void;
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
        ...rendered(message),
        place: placeOf(s),
        ...(expected !== undefined ? { expected } : {}),
        ...(actual !== undefined ? { actual } : {}),
      });
    },
  };
}

/** A reader's message as a Diagnostic carries it: the English text, its id and parameters. */
export function rendered(message: Msg): Pick<Diagnostic, 'message' | 'messageId' | 'params'> {
  return { message: renderMsg(PARSE_LANG, message), messageId: message.id, params: message.params ?? {} };
}
