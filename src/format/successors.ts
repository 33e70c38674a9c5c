import { describeSuccession, type Formerly } from '../query/as-of.js';
import type { Succession } from '../units/successors.js';

/** The mark of a task found through a predecessor of the unit asked for (--as-of), and its legend. */
export const FORMERLY_MARK = '†';

/** One legend line per predecessor met: "† formerly Sở Kế hoạch và Đầu tư: merged into Sở Tài chính on 2025-03-01". */
export function formerlyNotes(hits: readonly { readonly formerly?: Formerly }[]): string[] {
  const seen = new Map<string, string>();
  for (const h of hits) {
    if (h.formerly && !seen.has(h.formerly.name)) seen.set(h.formerly.name, `${FORMERLY_MARK} formerly ${h.formerly.name}: ${describeSuccession(h.formerly.succession)}.`);
  }
  return [...seen.values()];
}

/**
 * A unit's successor in a cell: "Sở Tài chính (2025-03-01)"; for a split every successor with
 * its functions and that the function decides; for an unknown name, that it is not known.
 * Empty when the data knows no change.
 */
export function successorCell(s: Succession | null | undefined): string {
  if (!s) return '';
  if (s.unknown) return `? (${s.note ?? 'not known'})`;
  const names = s.to.map((t) => (s.to.length > 1 && t.scope ? `${t.name} (${t.scope})` : t.name));
  return `${names.join('; ')} [${s.effective}]${s.to.length > 1 ? ' — the function decides' : ''}`;
}

/** The legend of the successor column. */
export function successorNote(asOf: string): string {
  return `Kế thừa: who does the unit's work on ${asOf} (data/successors.json); empty when no change of the body is known.`;
}
