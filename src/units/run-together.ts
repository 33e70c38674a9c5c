import { canonicalUnit } from './canonical.js';
import { isCollectiveText, levelOf, words, type Word } from './collective.js';
import { endsWithPlace, headAt, markerAt, nounAt, titleAt } from './name-key.js';
import { BELONGING } from './joiners.js';

function isCapitalised(word: Word | undefined): boolean {
  const c = word?.text.charAt(0) ?? '';
  return c !== c.toLowerCase();
}

// The longest collective noun in words ("tổ chức chính trị - xã hội" has six).
const LONGEST_NOUN = 6;

/** Whether the words before `j` end with a collective noun ("… đặc khu") or a place ("… tỉnh", "… Lâm Đồng"). */
function endsList(list: readonly Word[], tones: readonly string[], j: number): boolean {
  if (endsWithPlace(tones, j, 'tone')) return true;
  for (let k = j - 1; k >= Math.max(0, j - LONGEST_NOUN); k -= 1) {
    if (nounAt(tones, k, 'tone')?.length === j - k) return !namesOwner(tones, k) && isCollectiveText(list.slice(0, j).map((w) => w.text).join(' '));
  }
  return false;
}

/**
 * "Các đơn vị thuộc cơ quan Tổng cục Thuế", "… của các cơ quan Trung ương": a noun after a word
 * of belonging (data/joiners.json) says what the owner is, and the name after it is the owner's.
 */
function namesOwner(tones: readonly string[], noun: number): boolean {
  let at = noun - 1;
  if (at > 0 && markerAt(tones, at, 'tone')?.length === 1) at -= 1;
  return BELONGING.has(tones[at] ?? '');
}

/**
 * "… UBND các xã, phường, đặc khu Sở Tài chính", "… Công an tỉnh Sở Y tế": two units run together
 * where a paragraph break was joined. After a collective's last noun or a place, a capitalised
 * head that opens a name (a capitalised word follows, or the rest is a known body) starts a new
 * unit. Returns the offset of that head, or -1. The run must open with a unit, not a title
 * ("Trưởng ban Ban Chỉ đạo" is one addressee).
 */
export function afterList(text: string, from: number, to: number): number {
  const list = words(text.slice(from, to));
  const tones = levelOf(list, 'tone');
  if (titleAt(tones, 0, 'tone')) return -1;
  for (let j = 1; j < list.length; j += 1) {
    const w = list[j] as Word;
    if (w.listBreak || !isCapitalised(w) || (isCapitalised(list[j - 1]) && !endsWithPlace(tones, j, 'tone'))) continue;
    // "Các trường: Đại học, Cao đẳng" — a colon opens the members of the collective.
    if (text.slice(from + (list[j - 1] as Word).end, from + w.start).includes(':')) continue;
    const head = headAt(tones, j, 'tone');
    if (!head || !endsList(list, tones, j)) continue;
    const next = list[j + head.length];
    if ((next && isCapitalised(next)) || canonicalUnit(text.slice(from + w.start, to)).known) return from + w.start;
  }
  return -1;
}

