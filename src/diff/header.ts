import type { Plan, Signature } from '../model/types.js';
import { changedText, partRef, substantiveText } from './refs.js';
import type { HeaderChange, HeaderField } from './types.js';
import { DEFAULT_LANG, t, type Lang } from '../i18n/index.js';

interface Field {
  readonly field: HeaderField;
  /** The value as the document prints it. */
  readonly printed: (p: Plan) => string | null;
  /** The value as the parser reads it, when that differs from the print (a repaired OCR slip). */
  readonly read?: (p: Plan) => string | null;
}

const sig = (pick: (s: Signature) => string | null) => (p: Plan) => (p.document.signature ? pick(p.document.signature) : null);

const FIELDS: readonly Field[] = [
  { field: 'number', printed: (p) => p.document.number },
  { field: 'typeName', printed: (p) => p.document.typeName },
  { field: 'issuer', printed: (p) => p.document.issuer },
  { field: 'place', printed: (p) => p.document.place },
  { field: 'date', printed: (p) => p.document.date },
  { field: 'title', printed: (p) => p.document.title },
  { field: 'signature.authority', printed: sig((s) => s.authority) },
  // "KÊ CHỦ TỊCH" corrected to "KT. CHỦ TỊCH" is a change to the text that both parsers read alike.
  { field: 'signature.capacity', printed: sig((s) => s.capacityAsWritten ?? s.capacity), read: sig((s) => s.capacity) },
  { field: 'signature.title', printed: sig((s) => s.title) },
  { field: 'signature.signer', printed: sig((s) => s.signer) },
];

/** The header fields the two documents print differently: number, date, title, signer … */
export function diffHeader(oldPlan: Plan, newPlan: Plan, lang: Lang = DEFAULT_LANG): HeaderChange[] {
  const out: HeaderChange[] = [];
  const where = (p: Plan, field: HeaderField, value: string | null) =>
    value === null ? null : partRef(null, field.startsWith('signature.') ? (p.document.signature?.source ?? null) : null, value);
  for (const f of FIELDS) {
    const a = f.printed(oldPlan);
    const b = f.printed(newPlan);
    if (a === b) continue;
    const text = a !== null && b !== null ? changedText(a, b) : null;
    const kind = a === null ? 'added' : b === null ? 'removed' : 'changed';
    const readAlike = f.read !== undefined && f.read(oldPlan) === f.read(newPlan);
    const noteParams = { text: f.read?.(newPlan) ?? '' };
    out.push({
      part: 'header',
      kind,
      field: f.field,
      old: where(oldPlan, f.field, a),
      new: where(newPlan, f.field, b),
      substantive: kind !== 'changed' || (!readAlike && substantiveText(text)),
      text,
      ...(readAlike ? { note: t(lang, 'diff.readAlike', noteParams), noteId: 'diff.readAlike', noteParams } : {}),
    });
  }
  return out;
}
