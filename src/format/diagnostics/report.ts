import type { Diagnostic } from '../../model/diagnostic.js';
import { safeText } from '../safe-text.js';

/** The findings of one file, as every reporter takes them. */
export interface FileReport {
  /** The path as the user typed it ('-' for standard input). */
  readonly path: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Why the file could not be read at all (it then has no diagnostics); the run exits 2. */
  readonly fatal?: string;
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Counts by severity; a file that could not be read counts as one error. */
export function countFindings(list: readonly Diagnostic[], fatal?: string): Counts {
  let errors = fatal === undefined ? 0 : 1;
  let warnings = 0;
  let infos = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** The section of docs/rules.md that explains a finding: the rule's own, or the parser's. */
export function ruleDocs(ruleId: string): string {
  return `docs/rules.md#${/^(repair|parse)-/.test(ruleId) ? 'parser-findings' : ruleId}`;
}

/**
 * A file name as a terminal report prints it: through the terminal-safe filter, and never
 * starting with ":" or a space, since GitHub Actions reads any output line that starts with
 * "::" (after leading spaces) as a workflow command (issue 14). "./::x.txt" names the same file.
 */
export function displayPath(path: string): string {
  const safe = safeText(path);
  return /^[\s:]/.test(safe) ? `./${safe}` : safe;
}

/**
 * The last guard of a terminal report: a line whose text starts with "::" after its indent
 * gets a zero-width space between the colons, so that no document text can become a GitHub
 * workflow command however the report is wrapped.
 */
export function guardLine(line: string): string {
  return line.replace(/^(\s*):(?=:)/, '$1:\u200b');
}
