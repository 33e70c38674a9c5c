import type { Succession } from './successors.js';
import { msg, type Msg } from '../i18n/index.js';

/**
 * What became of a body, as a message of the catalogs: "merged into Sở Tài chính on
 * 2025-03-01" / "đã hợp nhất vào Sở Tài chính từ ngày 01/03/2025"; for a split, every
 * successor and that the function decides. validate's unit-superseded finding and the "†"
 * legend of `plan tasks --as-of` both say it so.
 */
export function successionMsg(s: Succession): Msg {
  const when = /^\d{4}$/.test(s.effective) ? msg('succession.inYear', { year: s.effective }) : msg('succession.onDay', { day: s.effective });
  const kind = msg(`succession.kind.${s.kind}`);
  if (s.unknown) return msg('succession.unknown', { kind, when, note: s.note ?? msg('succession.unknownSuccessor') });
  const names = s.to.map((t) => ((s.kind === 'split' || s.kind === 'abolished') && t.scope ? `${t.name} (${t.scope})` : t.name));
  return msg(`succession.${s.kind}`, {
    names,
    when,
    decides: s.to.length > 1 ? msg('succession.functionDecides') : '',
    note: s.note ? msg('succession.note', { note: s.note }) : '',
  });
}
