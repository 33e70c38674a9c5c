import type { Diagnostic } from '../../model/diagnostic.js';
import { jsonArrayWriter } from '../data.js';
import { countFindings, ruleDocs, type FileReport } from './report.js';
import type { Params } from '../../i18n/index.js';

interface JsonDiagnostic {
  ruleId: string;
  severity: Diagnostic['severity'];
  /** In the language of the run (--lang). */
  message: string;
  /** The catalog id of the message (src/i18n), stable across languages; absent for a parser finding that has none. */
  messageId?: string;
  /** The message's parameters: document text as written, dates ISO, numbers as numbers. */
  params?: Params;
  /** The page of a PDF, where `line` is the line on that page. */
  page?: number;
  line: number;
  column: number;
  related: { line: number; column: number; message: string }[];
  /** The section of docs/rules.md that explains the finding. */
  docs: string;
  taskId?: string;
  responsibilityId?: string;
  /** A file that could not be read (ESLint's `fatal`). */
  fatal?: true;
}

/**
 * One object per file (issue 5): `{ path, diagnostics, errorCount, warningCount }`. A file that
 * could not be read has one diagnostic with `fatal: true` and its message (rule id `fatal`).
 * Written through toJson, which escapes DEL, the C1 controls and the bidi overrides that
 * JSON.stringify leaves raw, as export does (issue 14).
 */
export function formatJson(reports: readonly FileReport[]): string {
  const writer = jsonArrayWriter();
  return `${reports.map((r) => writer.item(jsonReport(r))).join('')}${writer.end()}`;
}

/** The record of one file in formatJson's array (a batch writes them one by one: jsonArrayWriter). */
export function jsonReport(r: FileReport): { path: string; diagnostics: JsonDiagnostic[]; errorCount: number; warningCount: number } {
  const n = countFindings(r.diagnostics, r.fatal);
  const diagnostics: JsonDiagnostic[] = [];
  if (r.fatal !== undefined) {
    diagnostics.push({ ruleId: 'fatal', severity: 'error', message: r.fatal, line: 0, column: 0, related: [], docs: ruleDocs('fatal'), fatal: true });
  }
  for (const d of r.diagnostics) {
    const j: JsonDiagnostic = {
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      ...(d.messageId !== undefined ? { messageId: d.messageId, params: d.params ?? {} } : {}),
      ...(d.place.page !== undefined ? { page: d.place.page } : {}),
      line: d.place.line,
      column: d.place.column,
      related: (d.related ?? []).map((x) => ({ line: x.line, column: x.column, message: x.message })),
      docs: ruleDocs(d.ruleId),
    };
    if (d.taskId !== undefined) j.taskId = d.taskId;
    if (d.responsibilityId !== undefined) j.responsibilityId = d.responsibilityId;
    diagnostics.push(j);
  }
  return { path: r.path, diagnostics, errorCount: n.errors, warningCount: n.warnings };
}
