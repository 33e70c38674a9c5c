import type { Basis } from '../model/types.js';
import type { Para } from '../outline/paras.js';
import { isBasis } from '../outline/zones.js';
import { findCitations } from './citation.js';
import type { ExtractContext } from './context.js';

// NĐ 30: each "Căn cứ" clause ends with ";" — several clauses hard-wrapped into one block are
// cut where a new clause opens after a semicolon.
const CLAUSE_START = /;\s+(?=(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị)\s)/u;

/** Each "Căn cứ …" / "Thực hiện …" clause of the preamble, with the documents it cites. */
export function extractBases(preamble: readonly Para[], ctx: ExtractContext): Basis[] {
  const out: Basis[] = [];
  for (const p of preamble) {
    if (!isBasis(p)) continue;
    let offset = p.offset;
    let rest = p.text.replace(/^[*_\s]+/, '');
    for (const clause of rest.split(CLAUSE_START)) {
      const text = clause.replace(/[*_]+$/g, '').trim();
      if (!text) continue;
      out.push({ text, citations: findCitations(text), source: ctx.locate(offset) });
      offset = lineOffsetOf(p, text) ?? offset;
    }
    rest = '';
  }
  return out;
}

function lineOffsetOf(p: Para, text: string): number | null {
  const head = text.slice(0, 20);
  for (const l of p.lines) {
    const i = l.text.indexOf(head);
    if (i >= 0) return l.offset + i;
  }
  return null;
}
