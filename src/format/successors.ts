import { noteTexts, successionMsg, successorNames, type Formerly } from '../query/as-of.js';
import { msg, type Msg } from '../i18n/index.js';
import type { Succession } from '../units/successors.js';

/** The mark of a task found through a predecessor of the unit asked for (--as-of), and its legend. */
export const FORMERLY_MARK = '†';

/**
 * One legend line per predecessor met: "† Kế hoạch giao cho Sở Kế hoạch và Đầu tư; cơ quan này
 * đã hợp nhất vào Sở Tài chính từ ngày 01/03/2025." / "† formerly Sở Kế hoạch và Đầu tư: merged
 * into Sở Tài chính on 2025-03-01."
 */
export function formerlyNotes(hits: readonly { readonly formerly?: Formerly }[]): Msg[] {
  const seen = new Map<string, Msg>();
  for (const h of hits) {
    if (h.formerly && !seen.has(h.formerly.name)) {
      seen.set(h.formerly.name, msg('legend.formerly', { mark: FORMERLY_MARK, unit: h.formerly.name, succession: successionMsg(h.formerly.succession) }));
    }
  }
  return [...seen.values()];
}

/**
 * A unit's successor in a cell: "Sở Tài chính (từ 01/03/2025)"; for a split every successor
 * with its functions and that the function decides; for an unknown name, that it is not known.
 * Empty when the data knows no change.
 */
export function successorCell(s: Succession | null | undefined): Msg | '' {
  if (!s) return '';
  if (s.unknown) return msg('successor.cellUnknown', { note: noteTexts(s) ?? msg('successor.notKnown') });
  const names = s.to.length > 1 ? successorNames(s.to) : s.to.map((u) => u.name);
  return msg('successor.cell', { names, day: s.effective, decides: s.to.length > 1 ? msg('successor.cellDecides') : '' });
}

/** The legend of the successor column. */
export function successorNote(asOf: string): Msg {
  return msg('legend.successor', { day: asOf });
}
