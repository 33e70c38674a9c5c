import type { Plan } from '../model/types.js';
import { LETTER, NUMBER } from '../model/letters.js';

/**
 * The period a plan sets itself, read from its own words (issue 13): the title first, then its
 * purposes and targets. "năm 2026", "giai đoạn 2026 – 2030", "đến năm 2030", "từ nay đến hết
 * năm 2026"; "năm 2026 và các năm tiếp theo" has no end. A date inside a cited document
 * ("thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022", "Chỉ thị 11-CT/TU ngày 12/3/2024",
 * "Luật Dữ liệu năm 2024") is a citation, not the period, and is set aside before reading.
 */
export interface PlanPeriod {
  /** The last day of the period (ISO), or null when the plan leaves it open. */
  readonly end: string | null;
  /** The words the period was read from, as written. */
  readonly phrase: string;
  readonly from: 'title' | 'purposes';
}

// What a citation carries: a day ("ngày 12/3/2024", "ngày 16 tháng 12 năm 2025", "12/3/2024"),
// a document number with its symbol ("06/QĐ-TTg", "61/2024/QH15", "11-CT/TU"), and a law cited
// by its name and year ("Luật Tổ chức chính quyền địa phương năm 2025"; domain.md §1.4).
const CITED = [
  /(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/giu,
  /ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*(?:năm\s*)?\d{4}/giu,
  new RegExp(String.raw`[${LETTER}${NUMBER}.-]*\d[${LETTER}${NUMBER}.-]*\/[${LETTER}${NUMBER}/.-]+`, 'giu'),
  // A law's name runs to "năm"; a word like "trong" or "của" ends it ("Luật … số 61/2024/QH15 trong năm 2025").
  new RegExp(String.raw`(?<![${LETTER}])(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh)(?:\s+(?!(?:trong|của|tại|số|cho|về|trên|năm)(?![${LETTER}]))[${LETTER}]+){1,12}\s+năm\s*\d{4}`, 'gu'),
];

// Each reading gives the last year of the period (or 'open').
const YEAR = String.raw`((?:19|20)\d{2})`;
const DASH = String.raw`\s*(?:-|–|—|đến|tới)\s*(?:năm\s*)?`;
const READINGS: readonly { re: RegExp; end: (m: RegExpExecArray) => number | 'open' }[] = [
  // "năm 2026 và các năm tiếp theo", "từ năm 2026 trở đi": a start with no end.
  { re: new RegExp(String.raw`năm\s*${YEAR}\s*(?:và\s*(?:các|những)\s*năm\s*tiếp\s*theo|trở\s*đi)`, 'giu'), end: () => 'open' },
  // "giai đoạn 2026 - 2030", "2026-2030", "từ năm 2026 đến năm 2030"
  { re: new RegExp(String.raw`(?<!\d)${YEAR}${DASH}${YEAR}(?!\d)`, 'giu'), end: (m) => Number(m[2]) },
  // "đến năm 2030", "từ nay đến hết năm 2026", "tầm nhìn đến năm 2045"
  { re: new RegExp(String.raw`(?:đến|tới)\s*(?:hết\s*)?năm\s*${YEAR}(?!\d)`, 'giu'), end: (m) => Number(m[1]) },
  // "năm 2026"
  { re: new RegExp(String.raw`(?<![${LETTER}])năm\s*${YEAR}(?!\d)`, 'giu'), end: (m) => Number(m[1]) },
];

/** The plan's period, or null when neither the title nor the purposes name one. */
export function planPeriod(plan: Plan): PlanPeriod | null {
  const title = plan.document.title ?? plan.document.carries?.title ?? '';
  const fromTitle = readPeriod(title);
  if (fromTitle) return { ...fromTitle, from: 'title' };
  for (const o of plan.objectives) {
    if (o.kind === 'requirement') continue;
    const found = readPeriod(o.text);
    if (found) return { ...found, from: 'purposes' };
  }
  return null;
}

/**
 * The period named in a text, citations set aside. Several phrases ("giai đoạn 2021 – 2025,
 * định hướng đến năm 2030") give the latest end: a task that runs into the years the plan
 * looks ahead to is not outside it. Any open-ended phrase leaves the period open.
 */
export function readPeriod(text: string): { end: string | null; phrase: string } | null {
  let masked = text.normalize('NFC');
  for (const re of CITED) masked = masked.replace(re, (s) => ' '.repeat(s.length));
  let end: number | 'open' | null = null;
  let phrase = '';
  const taken: [number, number][] = [];
  for (const { re, end: endOf } of READINGS) {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      taken.push([from, to]);
      const e = endOf(m);
      if (e === 'open' || end === 'open') {
        if (end !== 'open') phrase = text.slice(from, to);
        end = 'open';
      } else if (end === null || e > end) {
        end = e;
        phrase = text.slice(from, to);
      }
    }
  }
  if (end === null) return null;
  return { end: end === 'open' ? null : `${end}-12-31`, phrase: phrase.replace(/\s+/g, ' ').trim() };
}
