import type { Succession, SuccessorUnit } from './successors.js';
import { msg, type Msg, type Texts } from '../i18n/index.js';

/**
 * What became of a body, as a message of the catalogs: "merged into Sở Tài chính on
 * 2025-03-01" / "đã hợp nhất vào Sở Tài chính từ ngày 01/03/2025"; for a split, every
 * successor and that the function decides. validate's unit-superseded finding and the "†"
 * legend of `plan tasks --as-of` both say it so.
 */
export function successionMsg(s: Succession): Msg {
  const when = /^\d{4}$/.test(s.effective) ? msg('succession.inYear', { year: s.effective }) : msg('succession.onDay', { day: s.effective });
  const kind = msg(`succession.kind.${s.kind}`);
  const note = noteTexts(s);
  if (s.unknown) return msg('succession.unknown', { kind, when, note: note ?? msg('succession.unknownSuccessor') });
  const scoped = s.kind === 'split' || s.kind === 'abolished';
  return msg(`succession.${s.kind}`, {
    names: scoped ? successorNames(s.to) : s.to.map((u) => u.name),
    when,
    decides: s.to.length > 1 ? msg('succession.functionDecides') : '',
    note: note ? msg('succession.note', { note }) : '',
  });
}

/** The successors, each with the functions it took when the data says ("Sở Y tế (bảo trợ xã hội, trẻ em …)"), in either language. */
export function successorNames(to: readonly SuccessorUnit[]): Msg[] {
  return to.map((u) => (u.scope ? msg('succession.scoped', { name: u.name, scope: { vi: u.scopeVi ?? u.scope, en: u.scope } }) : msg('succession.name', { name: u.name })));
}

/** The data's note on a change, in both languages; null when there is none. */
export function noteTexts(s: Succession): Texts | null {
  return s.note === null ? null : { vi: s.noteVi ?? s.note, en: s.note };
}
