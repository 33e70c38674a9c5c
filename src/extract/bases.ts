import type { Basis } from '../model/types.js';
import type { Para } from '../outline/paras.js';
import { isBasis } from '../outline/zones.js';
import { BASIS_WORDS_WRITTEN, PROPOSAL_WORDS_WRITTEN } from '../outline/basis-words.js';
import { findCitations } from './citation.js';
import type { ExtractContext } from './context.js';

// NĐ 30: each "Căn cứ" clause ends with ";" — several clauses hard-wrapped into one block are
// cut where a new clause opens after a semicolon.
const CLAUSE_START = new RegExp(String.raw`;\s+(?=(?:${BASIS_WORDS_WRITTEN})\s)`, 'u');

// "Theo đề nghị của …" / "Xét đề nghị của …" names who proposed the document, not a document it
// rests on: the spec's bases are the "Căn cứ …" / "Thực hiện …" clauses only (model.md,
// document.bases). The proposal is still cut apart, so that it never runs into the basis before.
const PROPOSAL = new RegExp(String.raw`^(?:${PROPOSAL_WORDS_WRITTEN})\s`, 'u');

/** Each "Căn cứ …" / "Thực hiện …" clause of the preamble, with the documents it cites. */
export function extractBases(preamble: readonly Para[], ctx: ExtractContext): Basis[] {
  const out: Basis[] = [];
  for (const p of preamble) {
    if (!isBasis(p)) continue;
    for (const clause of clausesOf(p).flatMap((c) => c.split(CLAUSE_START))) {
      const text = clause.replace(/[*_]+$/g, '').trim();
      if (!text || PROPOSAL.test(text)) continue;
      out.push({ text, citations: findCitations(text), source: ctx.locate(lineOffsetOf(p, text) ?? p.offset) });
    }
  }
  return out;
}

// A line that opens with a basis word in its written capital starts a clause even when the line
// before did not end with ";" (a clause cut short in the source: "…; Kế hoạch số").
const LINE_CLAUSE = new RegExp(String.raw`^[*_\s]*(?:${BASIS_WORDS_WRITTEN})\s`, 'u');

function clausesOf(p: Para): string[] {
  const out: string[] = [];
  for (const l of p.lines) {
    const t = l.text.trim();
    if (out.length && !LINE_CLAUSE.test(t)) out[out.length - 1] += ` ${t}`;
    else out.push(t.replace(/^[*_\s]+/, ''));
  }
  return out.map((c) => c.replace(/\s+/g, ' ').trim());
}

// A clause is found on its lines by its first characters ("Căn cứ Quyết định số"): enough to tell
// two clauses apart, short enough to stay on the clause's first line.
const CLAUSE_HEAD = 20;

function lineOffsetOf(p: Para, text: string): number | null {
  const head = text.slice(0, CLAUSE_HEAD);
  for (const l of p.lines) {
    const i = l.text.indexOf(head);
    if (i >= 0) return l.offset + i;
  }
  return null;
}
