import { GAZETTEER } from './data.js';
import { expandAbbreviations } from './abbreviations.js';
import { isCollectiveText, levelOf, words, type Word } from './collective.js';
import { dropPlace, headAt, isQualifierWord, levelWords, markerAt, nounAt, titleAt } from './name-key.js';
import { lazy } from './lazy.js';
import { UNIT_JOINERS } from './joiners.js';

/**
 * Evidence from the words around a comma or "và" inside a unit list that the name before goes
 * on, or is complete (spec: "Splitting a unit cell"; issue 12 §4–5): a field written as a pair of
 * verbs, a head that is also a field's name, an office named after the bodies it serves, a name
 * that ends with its place. splitUnits (split.ts) decides with them where a list is cut.
 */

/** Words that join two units in a list without naming one (data/joiners.json). */
export const JOINERS = UNIT_JOINERS;

export function isCapitalised(word: Word | undefined): boolean {
  const c = word?.text.charAt(0) ?? '';
  return c !== c.toLowerCase();
}

/**
 * "… và Phòng, chống thiên tai": a head cut from its name by a comma and followed by a lower-case
 * word that neither lists bodies ("phòng, ban") nor opens a collective ("Công an, các xã") is a
 * field written as a pair of verbs ("phòng, chống": prevent and combat), not a body.
 */
export function namesAField(list: readonly Word[], tones: readonly string[], at: number): boolean {
  const next = list[at];
  if (!next?.listBreak || isCapitalised(next)) return false;
  return !nounAt(tones, at, 'tone') && !markerAt(tones, at, 'tone') && !JOINERS.has(tones[at] ?? '') && !titleAt(tones, at, 'tone');
}

/**
 * "Cục Thông tin, Thống kê", "Trung tâm Thông tin, Thống kê tư pháp": a head that is also the
 * name of a field (data/unit-heads.json) goes on naming the unit before, when that unit is a
 * head and capitalised fields with no place yet, and the field head has no place or name of its
 * own after it. As a body it is written with one ("Thống kê tỉnh", "Kho bạc Nhà nước").
 */
export function fieldGoesOn(before: string, list: readonly Word[], tones: readonly string[], at: number): boolean {
  const next = list[at];
  if (next && !next.listBreak && (isCapitalised(next) || isQualifierWord(next.tone, 'tone') || nounAt(tones, at, 'tone') || regionAt(tones, at))) return false;
  const prior = words(expandAbbreviations(before));
  const head = headAt(levelOf(prior, 'tone'), 0, 'tone');
  return head !== null && isCapitalised(prior[head.length]) && !endsWithItsPlace(before) && !isCollectiveText(before);
}

const REGION_WORDS = lazy(() => GAZETTEER.regionWords.map((w) => levelWords(w, 'tone')));

/** Whether a word that places a regional agency ("khu vực", "chi nhánh") starts at `at`. */
function regionAt(tones: readonly string[], at: number): boolean {
  return REGION_WORDS().some((r) => r.every((w, k) => tones[at + k] === w));
}

// An office that serves two bodies is named after both, with their level once at the end:
// "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "Văn phòng Đoàn đại biểu Quốc hội và Hội
// đồng nhân dân tỉnh" (Nghị định 150/2025/NĐ-CP sets up the commune office under that name).
const OFFICE_KIND = 'office';
const SERVED_KINDS = new Set(['council', 'government', 'district', 'commune']);

/** Whether the unit before "và" is an office named after a body with no level yet ("Văn phòng HĐND"), and the text after names another body it serves. */
export function sharesOffice(before: string, kind: string): boolean {
  if (!SERVED_KINDS.has(kind)) return false;
  const tones = levelOf(words(expandAbbreviations(before)), 'tone');
  const office = headAt(tones, 0, 'tone');
  if (office?.value.kind !== OFFICE_KIND) return false;
  const served = headAt(tones, office.length, 'tone');
  if (served === null || !SERVED_KINDS.has(served.value.kind) || office.length + served.length !== tones.length) return false;
  // "Văn phòng UBND tỉnh và UBND các xã": a body named with its level is a whole name already.
  const level = nounAt(tones, tones.length - 1, 'tone');
  return !level?.value.kinds.some((k) => LEVEL_KINDS.has(k));
}
const LEVEL_KINDS = new Set(['province', 'district', 'commune']);

// The longest province name in words ("Bà Rịa - Vũng Tàu" is four with its dash dropped).
const PROVINCE_WORDS = 4;
// A head, a word of its name and the place make the shortest unit that ends with its place
// ("Công an tỉnh"); two words ("Sở tỉnh") name no body.
const MIN_PLACED_WORDS = 3;
// Words of a name before a province's name with no level word: a head and a word of its own
// ("Viễn thông Quảng Ngãi", "Điện lực Tây Ninh"); after one word alone ("Báo Hà Tĩnh") the
// province may be the name itself.
const NAME_BEFORE_PLACE = 2;

/**
 * A unit text that ends with its place: "… tỉnh", "… tỉnh Tây Ninh", "… thành phố Huế", or a
 * province's whole name written in capitals after at least two words of a name ("Viễn thông
 * Quảng Ngãi": an enterprise's branch is named for its province with no level word).
 */
export function endsWithItsPlace(text: string): boolean {
  const list = words(text);
  const tones = levelOf(list, 'tone');
  if (tones.length < MIN_PLACED_WORDS) return false;
  if (isQualifierWord(tones[tones.length - 1] ?? '', 'tone')) return true;
  for (let k = tones.length - 1; k >= Math.max(1, tones.length - PROVINCE_WORDS); k -= 1) {
    if (dropPlace(tones.slice(k), 'tone').length !== 0) continue;
    if (isQualifierWord(tones[k - 1] ?? '', 'tone')) return true;
    // Without its level word, the name must be written as a name ("Hòa Bình", not "hòa bình")
    // after a name of two words or more: "Báo Hà Tĩnh" may be the paper's whole name.
    if (k >= NAME_BEFORE_PLACE && list.slice(k).every((w) => isCapitalised(w))) return true;
  }
  return false;
}
