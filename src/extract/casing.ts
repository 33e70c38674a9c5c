import { foldKey } from '../input/keys.js';
import nameCase from '../../data/name-case.json' with { type: 'json' };
import { hasLetter } from '../model/letters.js';
import { NAME_CONNECTORS } from '../units/joiners.js';

// Administrative units keep the common noun in lower case and the proper name capitalised
// (NĐ 30/2020 Phụ lục II: "tỉnh Hà Tĩnh"); heads of bodies named by their field capitalise the
// first word of each field ("Sở Văn hóa, Thể thao và Du lịch"). Words in data/name-case.json.
const PLACE_NOUNS = new Set(nameCase.placeNouns.words.map(foldKey));
const FIELD_HEADS = nameCase.fieldHeads.words.map(foldKey);
// What separates two fields of a name: "và" (data/joiners.json), a comma, a hyphen.
const FIELD_JOINS = new Set([...NAME_CONNECTORS, '-', '–']);

/**
 * Turns a name printed in capitals ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP") into the case used in
 * running text ("Ủy ban nhân dân tỉnh Đồng Tháp"): the first word capitalised, the words after
 * an administrative-unit noun capitalised as a proper name, the rest in lower case; after a
 * head named by its field ("BỘ", "SỞ"), the first word of each field capitalised.
 */
export function sentenceCase(upper: string): string {
  const words = upper.trim().split(/\s+/);
  const out: string[] = [];
  let proper = false;
  const head = FIELD_HEADS.find((h) => foldKey(words.slice(0, h.split(' ').length).join(' ')) === h);
  const headLength = head ? head.split(' ').length : 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const lower = w.toLocaleLowerCase('vi');
    const prev = foldKey(words[i - 1] ?? '');
    const fieldStart = head !== undefined && i >= headLength && (i === headLength || FIELD_JOINS.has(prev) || /,$/.test(words[i - 1] ?? ''));
    if (i === 0) out.push(capitalise(lower));
    else if (proper || (fieldStart && !FIELD_JOINS.has(foldKey(w)))) out.push(capitalise(lower));
    else out.push(lower);
    const two = foldKey(`${words[i - 1] ?? ''} ${w}`);
    // "xã hội" (society) is not the commune noun "xã".
    const society = foldKey(w) === 'xa' && foldKey(words[i + 1] ?? '') === 'hoi';
    if ((PLACE_NOUNS.has(foldKey(w)) && !society) || PLACE_NOUNS.has(two)) proper = true;
  }
  return out.join(' ');
}

export function capitalise(w: string): string {
  return w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
}

/** Whether a text is written in capitals (it has letters and none of them is lower case). */
export function isUpperCase(text: string): boolean {
  return hasLetter(text) && text === text.toLocaleUpperCase('vi');
}
