import { foldKey } from '../input/keys.js';
import data from '../../data/assignments.json' with { type: 'json' };
import { UPPER } from '../model/letters.js';

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
  // The length first: fieldsOf asks about the text before every colon of a paragraph.
  if (phrase.length > MAX_LABEL) return null;
  const f = foldKey(phrase).replace(/[*_]/g, '').trim();
  if (!f) return null;
  for (const [name, kind] of LABELS) {
    // "Đơn vị chủ trì tham mưu thực hiện": words may follow the label, as long as the phrase
    // stays a label (no sentence punctuation, checked by the caller).
    if (f === name || f.startsWith(`${name} `)) return kind;
  }
  return null;
}

const NEXT_FIELD = new RegExp(String.raw`[;.]\s+|\s+[-–]\s+|\s*\n\s*|\s+(?=[${UPPER}])`, 'gu');
const FIELD_BREAK = new RegExp(String.raw`^(?:[;.]\s+|\s+[-–]\s+|\s*\n\s*|\s+)`, 'u');

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
    // The next field opens after ";", "." or a dash ("… - Cơ quan phối hợp: …"), on a line of
    // its own (a table cell's "Chủ trì: …" / "Phối hợp: …"), or with a capital after a space
    // (the cell's lines joined), with another label and a colon.
    const after = rest.slice(colon + 1);
    const re = NEXT_FIELD;
    re.lastIndex = 0;
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
    const skip = valueEnd + (FIELD_BREAK.exec(rest.slice(valueEnd))?.[0].length ?? 1);
    base += skip;
    rest = rest.slice(skip);
  }
  return out;
}

/** A task followed by its labelled fields in the same paragraph, and where the fields start. */
export interface TrailingFields {
  /** The task's text before the fields. */
  readonly description: string;
  /** The fields, each `at` an index in the whole text. */
  readonly fields: readonly Field[];
}

const CLOSING_PARENTHESIS = /^(.*?)\s*\(([^()]*)\)\s*[.;]?\s*$/su;
const SENTENCE_END = /[.;]\s+/gu;

/**
 * Labels written after the task in its own paragraph (issue 12 §3): "Dự báo nguồn nước. Đơn vị
 * chủ trì: X. Đơn vị phối hợp: Y. Thời gian: Z." (after a sentence's end), or in parentheses
 * at its end, in any case: "Tuyên truyền … (cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian
 * thực hiện: Z)." Null when the text opens with a label (fieldsOf reads it) or has none.
 */
export function trailingFieldsOf(text: string): TrailingFields | null {
  const paren = CLOSING_PARENTHESIS.exec(text);
  if (paren?.[1] && paren[2] !== undefined) {
    const inner = paren[2];
    const at = text.lastIndexOf(`(${inner})`) + 1;
    const fields = fieldsOf(inner);
    if (fields.length) return { description: paren[1].trim(), fields: fields.map((f) => ({ ...f, at: at + f.at })) };
  }
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = m.index + m[0].length;
    const fields = fieldsOf(text.slice(at));
    const description = text.slice(0, m.index).trim();
    if (fields.length && description) return { description, fields: fields.map((f) => ({ ...f, at: at + f.at })) };
  }
  return null;
}

// The opener in either case ("Giao", "giao"), then a unit: a capital or "các" ("giao nhiệm vụ" is no delegation).
const OPENERS = data.clause.openers.map((o) => `[${o.charAt(0).toUpperCase()}${o.charAt(0)}]${o.slice(1).replace(/\s+/g, '\\s+')}`).join('|');
const OPENS_DELEGATION = new RegExp(`^(?:${OPENERS})\\s+(?:các\\s|[${UPPER}])`, 'u');
const LEAD_VERBS = data.clause.leadVerbs.map((v) => v.normalize('NFC'));

/** Whether a paragraph hands its task to units: "Giao Sở Tư pháp chủ trì, phối hợp với … thực hiện." */
export function opensDelegation(text: string): boolean {
  const nfc = text.normalize('NFC');
  return OPENS_DELEGATION.test(nfc) && LEAD_VERBS.some((v) => nfc.includes(` ${v}`));
}

/** Whether a line opens with a field label and its colon ("Đơn vị chủ trì: …"). */
export function isLabelLine(text: string): boolean {
  const t = text.replace(/^[-–+*•\s]+/, '');
  const colon = t.indexOf(':');
  return colon > 0 && !/[;.]/.test(t.slice(0, colon)) && labelKind(t.slice(0, colon)) !== null;
}

