import type { Citation } from '../model/types.js';

/** Finds the documents a clause cites. STUB: replaced by the citation module. */
export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  const re = /(Quyết định|Kế hoạch|Nghị quyết|Chỉ thị|Nghị định|Thông tư|Công văn|Chương trình)\s+(?:số\s*:?\s*)?([0-9][\w/.\-Đđ&]*)/gu;
  for (const m of text.matchAll(re)) out.push({ text: m[0], type: m[1] ?? null, number: m[2] ?? null, date: null, issuer: null });
  return out;
}
