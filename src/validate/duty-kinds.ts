import { foldWords } from '../input/keys.js';
import data from '../../data/duty-kinds.json' with { type: 'json' };

/** What a duty is, when it is one plans do not put in task tables (data/duty-kinds.json). */
export type SupportingKind = 'funding' | 'inspection' | 'reporting' | 'coordination';

// The first clause of a duty is read, up to this many words: enough for "Tham mưu Ủy ban nhân
// dân tỉnh bố trí nguồn kinh phí" (11 words), short of the object of a long substantive duty
// ("Xây dựng … và báo cáo kết quả", where "báo cáo" comes at the end).
export const FIRST_CLAUSE_WORDS = 12;

const fold = (s: string): string => foldWords(s).join(' ');
const OPENINGS = data.openings.map(fold);
const STARTS = Object.entries(data.startsWith).flatMap(([kind, list]) => list.map((p) => ({ kind: kind as SupportingKind, words: fold(p) })));
const FUNDING = data.funding.map(fold);
const DIRECTS = data.directs.map(fold);
const UNIT_HEADS = Object.entries(data.unitHeads).flatMap(([kind, list]) => list.map((p) => ({ kind: kind as SupportingKind, words: fold(p) })));

/** The supporting kind of a duty, or null for a substantive one. */
export function supportingKindOf(duty: string): SupportingKind | null {
  const clause = duty.split(/[;:]/)[0] ?? '';
  let words = foldWords(clause).slice(0, FIRST_CLAUSE_WORDS).join(' ');
  const padded = ` ${words} `;
  if (FUNDING.some((f) => padded.includes(` ${f} `))) return 'funding';
  for (const o of OPENINGS) if (words.startsWith(`${o} `)) words = words.slice(o.length + 1);
  for (const s of STARTS) if (words === s.words || words.startsWith(`${s.words} `)) return s.kind;
  return null;
}

/** The supporting kind a unit's name implies ("Thanh tra tỉnh": inspection), or null. */
export function supportingKindOfUnit(name: string): SupportingKind | null {
  const words = fold(name);
  return UNIT_HEADS.find((h) => words === h.words || words.startsWith(`${h.words} `))?.kind ?? null;
}

/**
 * Whether a duty directs one of `names` to do the work ("Chỉ đạo Trung tâm Kiểm soát bệnh tật
 * tỉnh bảo đảm …"): it opens with a directing verb and names the body in its first clause.
 */
export function directsOneOf(duty: string, names: readonly string[]): boolean {
  let words = fold(duty.split(/[;:]/)[0] ?? '');
  for (const o of OPENINGS) if (words.startsWith(`${o} `)) words = words.slice(o.length + 1);
  const verb = DIRECTS.find((d) => words.startsWith(`${d} `));
  if (!verb) return false;
  const rest = ` ${words.slice(verb.length + 1)} `;
  return names.some((n) => {
    const name = fold(n);
    return name !== '' && rest.includes(` ${name} `);
  });
}
