import { foldKey } from '../input/keys.js';
import data from '../../data/assignments.json' with { type: 'json' };

export type FieldKind = 'lead' | 'support' | 'timeframe' | 'extra';

/** A labelled part of an assignment: "Đơn vị chủ trì: Sở Nội vụ" → lead, "Sở Nội vụ". */
export interface Field {
  readonly kind: FieldKind;
  /** The label as written ("Đơn vị chủ trì thực hiện"). */
  readonly label: string;
  /** The text after the colon, or "" when the label stands alone as a heading. */
  readonly value: string;
  /** Where the value starts in the text the field was cut from. */
  readonly at: number;
}

const LABELS: readonly (readonly [string, FieldKind])[] = Object.entries(data.labels)
  .flatMap(([kind, names]) => names.map((n) => [n, kind as FieldKind] as const))
  .sort((a, b) => b[0].length - a[0].length);

// A label is a short phrase: longer text before a colon is a sentence that happens to start
// with the same words ("Chủ trì, phối hợp với Sở … tham mưu: …").
export const MAX_LABEL = 48;

/** The kind of a label phrase standing alone or before a colon, or null. */
export function labelKind(phrase: string): FieldKind | null {
  const f = foldKey(phrase).replace(/[*_]/g, '').trim();
  if (!f || phrase.length > MAX_LABEL) return null;
  for (const [name, kind] of LABELS) {
    // "Đơn vị chủ trì tham mưu thực hiện": words may follow the label, as long as the phrase
    // stays a label (no sentence punctuation, checked by the caller).
    if (f === name || f.startsWith(`${name} `)) return kind;
  }
  return null;
}

/**
 * The labelled fields of one line or paragraph: "Đơn vị chủ trì: A; Đơn vị phối hợp: B."
 * gives two. The text must open with a label; a later label starts after ";" or ".".
 */
export function fieldsOf(text: string): Field[] {
  const out: Field[] = [];
  let rest = text;
  let base = 0;
  for (;;) {
    const colon = rest.indexOf(':');
    if (colon <= 0) break;
    const label = rest.slice(0, colon).replace(/^[-–+*•\s]+/, '').trim();
    const kind = /[;.]/.test(label) ? null : labelKind(label);
    if (!kind) break;
    let valueEnd = rest.length;
    // The next field opens after ";", "." or a dash ("… - Cơ quan phối hợp: …"), with
    // another label and a colon.
    const after = rest.slice(colon + 1);
    const re = /[;.]\s+|\s+[-–]\s+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(after))) {
      const tail = after.slice(m.index + m[0].length).replace(/^[-–+*•\s]+/, '');
      const c = tail.indexOf(':');
      if (c > 0 && labelKind(tail.slice(0, c)) && !/[;.]/.test(tail.slice(0, c))) {
        valueEnd = colon + 1 + m.index;
        break;
      }
    }
    const raw = rest.slice(colon + 1, valueEnd);
    const value = raw.replace(/[;.\s]+$/, '').trim();
    out.push({ kind, label, value, at: base + colon + 1 + (raw.length - raw.trimStart().length) });
    if (valueEnd >= rest.length) break;
    const skip = valueEnd + (/^(?:[;.]\s+|\s+[-–]\s+)/.exec(rest.slice(valueEnd))?.[0].length ?? 1);
    base += skip;
    rest = rest.slice(skip);
  }
  return out;
}

/** Whether a line opens with a field label and its colon ("Đơn vị chủ trì: …"). */
export function isLabelLine(text: string): boolean {
  const t = text.replace(/^[-–+*•\s]+/, '');
  const colon = t.indexOf(':');
  return colon > 0 && !/[;.]/.test(t.slice(0, colon)) && labelKind(t.slice(0, colon)) !== null;
}

/** A delegation in parentheses at the end of a task: "(Giao Công an tỉnh chủ trì, phối hợp với …)". */
export interface Delegation {
  /** The task text before the parentheses. */
  readonly description: string;
  readonly lead: string;
  readonly support: string;
}

const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/\s+/g, '\\s+')).join('|');
const { opener, leadVerbs, supportLinks, closingVerbs } = data.delegation;
const DELEGATION = new RegExp(
  String.raw`^(.*?)\s*\(\s*(?:${alt(opener)})\s+(.+?)\s+(?:${alt(leadVerbs)})` +
    String.raw`(?:\s*,?\s*(?:${alt(supportLinks)})\s+(.+?))?(?:\s+(?:${alt(closingVerbs)}))?\s*\)\s*[.;]?\s*$`,
  'iu',
);

export function delegationOf(text: string): Delegation | null {
  const m = DELEGATION.exec(text.trim());
  if (!m?.[2]) return null;
  return { description: (m[1] ?? '').trim(), lead: m[2].trim(), support: (m[3] ?? '').trim() };
}
