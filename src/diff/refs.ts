import type { Source } from '../model/types.js';
import { differsInSubstance, textChange } from './text.js';
import type { PartRef, TextChange } from './types.js';

export function partRef(id: string | null, source: Source | null, text: string): PartRef {
  return { id, line: source?.line ?? null, text };
}

/** The text change between two texts, or null when they are the same string. */
export function changedText(oldText: string, newText: string): TextChange | null {
  return oldText === newText ? null : textChange(oldText, newText);
}

/** Whether a text change (if any) is more than spelling. */
export function substantiveText(change: TextChange | null): boolean {
  return change !== null && differsInSubstance(change.old, change.new);
}
