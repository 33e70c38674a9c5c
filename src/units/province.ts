import type { Plan } from '../model/types.js';
import { foldKey } from '../input/keys.js';
import { GAZETTEER } from './data.js';
import { lazy } from './lazy.js';
import { LETTER, NUMBER } from '../model/letters.js';

const NOT_WORD = new RegExp(String.raw`[^${LETTER}${NUMBER}]+`, 'gu');

// Compared as the texts are, punctuation as spaces: "Bà Rịa - Vũng Tàu" is "ba ria vung tau".
const PROVINCES = lazy(() => [...GAZETTEER.provinces].sort((a, b) => b.length - a.length).map((name) => ({ name, key: ` ${foldKey(name).replace(NOT_WORD, ' ')} ` })));

/**
 * The province a plan is from, read from its place, issuer or title ("Hà Tĩnh, ngày …", "Ủy ban
 * nhân dân tỉnh Hà Tĩnh"); null when none names a province (a city as the place: "Tân An").
 * The longest name wins ("Thừa Thiên Huế" over "Huế").
 */
export function provinceOf(texts: readonly (string | null)[]): string | null {
  for (const text of texts) {
    if (text === null) continue;
    const key = ` ${foldKey(text).replace(NOT_WORD, ' ')} `;
    const hit = PROVINCES().find((p) => key.includes(p.key));
    if (hit) return hit.name;
  }
  return null;
}

/** The province a plan is from (its place, issuer or title), for answers that differ by province. */
export function planProvince(plan: Plan): string | null {
  return provinceOf([plan.document.place, plan.document.issuer, plan.document.title]);
}
