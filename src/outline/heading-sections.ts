import type { Part } from './parts.js';
import { RANK, rankOf } from './lexer.js';
import { frameLineKind } from './line-kinds.js';

/**
 * A plan structured by Markdown heading levels only (issue 11 layout 6: "##" and "###" with no
 * section numbers): when no paragraph carries a section number, each heading of the body
 * becomes a section whose number is its place among its siblings. The header's headings (the
 * type word and the title under it) and what follows the closing are not sections.
 */
export function numberHeadings(parts: Part[]): Part[] {
  const numbered = parts.some((p) => p.kind === 'para' && p.marker !== null && rankOf(p.marker) <= RANK.arabic && p.marker.kind !== 'decimal');
  if (numbered) return parts;
  const typeAt = parts.findIndex((p) => p.kind === 'para' && frameLineKind(p.lines[0]?.text ?? '') === 'type');
  const counts = new Map<number, number>();
  let closed = false;
  return parts.map((p, i) => {
    if (p.kind !== 'para') return p;
    const kind = frameLineKind(p.lines[0]?.text ?? '');
    if (kind === 'closing' || kind === 'appendix') closed = true;
    if (closed || !p.heading || p.marker || p.depth === undefined || kind !== null || i <= typeAt + 1) return p;
    for (const d of [...counts.keys()]) if (d > p.depth) counts.delete(d);
    const n = (counts.get(p.depth) ?? 0) + 1;
    counts.set(p.depth, n);
    return { ...p, marker: { kind: 'heading', number: String(n), depth: p.depth, length: 0, value: n } };
  });
}
