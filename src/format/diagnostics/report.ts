import type { Diagnostic } from '../../model/diagnostic.js';

/** The findings of one file, as every reporter takes them. */
export interface FileReport {
  /** The path as the user typed it ('-' for standard input). */
  readonly path: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countFindings(list: readonly Diagnostic[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
