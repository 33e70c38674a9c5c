import type { Coverage, Source } from '../model/types.js';
import { quote } from '../outline/quote.js';
import type { Part, Para } from '../outline/paras.js';
import type { OutlineNode } from '../outline/build.js';
import { walk } from '../outline/build.js';
import { isIssuerLine, type Zones } from '../outline/zones.js';
import type { RowCounts } from './task-table.js';
import type { ExtractContext } from './context.js';
import { msg } from '../i18n/index.js';

const BULLETS = new Set(['dash', 'plus', 'star']);

export interface CoverageInput {
  readonly zones: Zones;
  readonly root: OutlineNode;
  /** Numbered lines the paragraph reader read as the continuation of the line above. */
  readonly numberedInText: number;
  readonly rows: RowCounts;
  /** Closing paragraphs that were neither recipients nor signature. */
  readonly closingUnread: readonly Para[];
  /** Header paragraphs after the title that became no part of the header. */
  readonly headerUnread?: readonly Para[];
}

/**
 * What became of the document (DESIGN.md §16): task-table rows read as tasks or groups, the
 * numbered paragraphs read as sections, and the lines that no part took — text in the body
 * before its first section, what the closing could not place, paragraphs after the appendices.
 * Lines no part took are reported where they are (info), so a reader can look.
 */
export function coverageOf(input: CoverageInput, ctx: ExtractContext): Coverage {
  const { zones, root } = input;
  const paras = (parts: readonly Part[]): Para[] => parts.filter((p): p is Para => p.kind === 'para');
  // The numbered paragraphs outside the appendices (an appendix's own outline, "Phụ lục: ĐỀ
  // CƯƠNG BÁO CÁO", is read as the appendix's text).
  const all = [zones.header, zones.preamble, zones.decisionBody, zones.carriedHeader, zones.body, zones.closing, zones.trailing].flatMap(paras);
  const numbered = all.filter((p) => p.marker !== null && !BULLETS.has(p.marker.kind)).length + input.numberedInText;
  let sections = 0;
  for (const _ of walk(root)) sections++;
  // An issuer's name printed after the appendix is read as the issuer (extract/header.ts).
  const trailing = zones.trailing.filter((p) => !isIssuerLine(p));
  const header = input.headerUnread ?? [];
  const unassigned = [...header, ...root.items.map((i) => i.para), ...input.closingUnread, ...trailing];
  for (const p of header) ctx.report({ ruleId: 'outline-unassigned', message: msg('parse.unassignedHeader', { text: quote(p.text) }), offset: p.offset });
  for (const p of root.items.map((i) => i.para)) {
    ctx.report({ ruleId: 'outline-unassigned', message: msg('parse.unassignedBody', { text: quote(p.text) }), offset: p.offset });
  }
  for (const p of trailing) ctx.report({ ruleId: 'outline-unassigned', message: msg('parse.unassignedTrailing', { text: quote(p.text) }), offset: p.offset });
  // Every line that holds text: the paragraphs' lines and the tables' rows of every zone.
  const parts: Part[] = [...all, ...zones.decisionBody.filter((p) => p.kind === 'table'), ...zones.body.filter((p) => p.kind === 'table'), ...zones.appendices.flat()];
  const lines = parts.reduce((n, p) => n + (p.kind === 'para' ? p.lines.length : p.rows.length), 0);
  return {
    rows: { total: input.rows.total, tasks: input.rows.tasks, groups: input.rows.groups, unread: input.rows.unread },
    numbered: { total: numbered, sections },
    unassigned: { lines: unassigned.reduce((n, p) => n + p.lines.length, 0), runs: runsOf(unassigned, ctx) },
    lines,
  };
}

/** Paragraphs no part took, as runs of lines: paragraphs that follow each other make one run. */
function runsOf(paras: readonly Para[], ctx: ExtractContext): { source: Source; lines: number }[] {
  const sorted = [...paras].sort((a, b) => a.offset - b.offset);
  const out: { source: Source; lines: number; last: Para }[] = [];
  for (const p of sorted) {
    const run = out[out.length - 1];
    if (run && adjacentParas(run.last, p)) {
      run.lines += p.lines.length;
      run.last = p;
    } else out.push({ source: ctx.locate(p.offset), lines: p.lines.length, last: p });
  }
  return out.map(({ source, lines }) => ({ source, lines }));
}

function adjacentParas(a: Para, b: Para): boolean {
  const end = a.lines[a.lines.length - 1];
  return end !== undefined && b.offset >= end.offset && b.offset - (end.offset + end.text.length) <= ADJACENT;
}

// Two paragraphs no part took make one run when only a line break or a blank line stands between them.
const ADJACENT = 3;
