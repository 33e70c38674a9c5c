import type { Source } from './types.js';

/**
 * Document order of two places: page first (a PDF's lines are numbered on each page, so line
 * 2 of page 8 comes after line 29 of page 7), then line, then column.
 */
export function compareSources(a: Source, b: Source): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.column - b.column;
}
