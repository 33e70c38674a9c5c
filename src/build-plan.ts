import type { Plan } from './model/types.js';
import type { Diagnostic } from './model/diagnostic.js';
import type { ReadDocument } from './parse/document.js';
import { toBlocks } from './parse/blocks.js';
import { layOut } from './parse/layout.js';
import { readParagraphs } from './outline/paras.js';
import { splitZones } from './outline/zones.js';
import { buildOutline, type OutlineNode } from './outline/build.js';
import { roleOfTitle } from './outline/roles.js';
import { createContext, type ExtractContext } from './extract/context.js';
import { extractHeader, planYearOf } from './extract/header.js';
import { extractBases } from './extract/bases.js';
import { extractObjectives } from './extract/objectives.js';
import { extractContent } from './extract/content.js';
import { extractFunding } from './extract/funding.js';
import { extractResponsibilities } from './extract/organization.js';
import { extractReporting } from './extract/reporting.js';
import { extractClosing } from './extract/closing.js';
import { extractAppendices } from './extract/appendix.js';
import { extractBodyTasks } from './extract/body-tasks.js';
import { indexUnits } from './extract/unit-index.js';
import { extractTableTasks } from './extract/body-tables.js';
import { addRows } from './extract/task-table.js';
import { coverageOf } from './extract/coverage.js';
import type { Section } from './model/types.js';

/** The pipeline after reading: mdast → blocks → paragraphs → zones → outline → model. */
export function buildPlan(doc: ReadDocument, meta: { path: string | null; sha256: () => string }, diagnostics: Diagnostic[]): Plan {
  const ctx = createContext((offset) => doc.index.locate(offset), diagnostics);
  for (const r of doc.repairs ?? []) ctx.report({ ruleId: r.ruleId, message: r.message, offset: r.offset });
  const { blocks, repairs } = layOut(toBlocks(doc), { text: doc.text, paragraphBlocks: doc.format !== 'text' && doc.format !== 'markdown' });
  for (const r of repairs) ctx.report({ ruleId: r.ruleId, message: r.message, offset: r.offset });
  const paragraphs = readParagraphs(blocks);
  for (const f of paragraphs.findings) ctx.report({ ruleId: f.ruleId, severity: f.severity, message: f.message, offset: f.offset });
  const zones = splitZones(paragraphs.parts);
  const root = buildOutline(zones.body);
  const header = extractHeader(zones, ctx);
  ctx.planYear = planYearOf(header);
  const closing = extractClosing(zones.closing, ctx);
  const { appendices, tasks: tableTasks, rows } = extractAppendices(zones.appendices, ctx);
  const bodyTables = extractTableTasks(root, ctx);
  addRows(rows, bodyTables.rows);
  const tasks = [...extractBodyTasks(root, ctx), ...bodyTables.tasks, ...tableTasks];
  const responsibilities = extractResponsibilities(root.children, ctx);
  const { source: _s, unread: headerUnread, ...documentHeader } = header;
  void _s;
  return {
    schemaVersion: 1,
    source: sourceOf(meta.path, doc.format, meta.sha256),
    document: {
      ...documentHeader,
      bases: extractBases(zones.preamble, ctx),
      signature: closing.signature,
      recipients: closing.recipients,
    },
    outline: root.children.map((c) => toSection(c, ctx)),
    objectives: extractObjectives(root.children, ctx),
    contentAreas: extractContent(root.children, ctx),
    funding: extractFunding(root, ctx),
    responsibilities,
    reporting: extractReporting(root, ctx),
    appendices,
    tasks,
    units: indexUnits(tasks, responsibilities, header),
    coverage: coverageOf({ zones, root, numberedInText: paragraphs.stats.numberedInText, rows, closingUnread: closing.unread, headerUnread }, ctx),
  };
}

function toSection(n: OutlineNode, ctx: ExtractContext): Section {
  return {
    id: n.id,
    number: n.number,
    title: n.title,
    role: roleOfTitle(n.title),
    children: n.children.map((c) => toSection(c, ctx)),
    source: ctx.locate(n.para?.offset ?? 0),
  };
}

/**
 * The plan's source, whose SHA-256 is computed when it is first read, then kept: a command that
 * never shows it (`plan tasks`) neither hashes the file nor loads node:crypto, ~3 ms of CPU of a
 * cold start (issue 19). An enumerable getter, so JSON, spreads and structured clones see a
 * plain string property in the same place.
 */
function sourceOf(path: string | null, format: Plan['source']['format'], hash: () => string): Plan['source'] {
  let sha256: string | undefined;
  return {
    path,
    format,
    get sha256() {
      return (sha256 ??= hash());
    },
  };
}
