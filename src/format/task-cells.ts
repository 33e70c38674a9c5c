import type { UnitRef } from '../model/types.js';
import type { DocumentRef } from '../query/plan-input.js';

/** The cells of a task row that name its document and its units, shared by the table and the workbook. */
export function documentLabel(doc: DocumentRef): string {
  return doc.number ?? doc.file ?? '-';
}

/**
 * Names each document by its number ("446/KH-UBND"), short and what analysts cite; by its file
 * when it has none (a draft) or when two files carry the same number (one plan in two formats,
 * two versions), where the number alone would not tell the rows apart.
 */
export function documentLabeller(docs: readonly DocumentRef[]): (doc: DocumentRef) => string {
  const files = new Map<string, Set<string | null>>();
  for (const d of docs) if (d.number !== null) files.set(d.number, (files.get(d.number) ?? new Set()).add(d.file));
  return (doc) => (doc.number !== null && (files.get(doc.number)?.size ?? 0) <= 1 ? doc.number : (doc.file ?? doc.number ?? '-'));
}

export function unitCell(units: readonly UnitRef[]): string {
  return units.map((u) => u.text).join('; ');
}
