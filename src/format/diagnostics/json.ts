import type { Diagnostic } from '../../model/diagnostic.js';
import { countFindings, type FileReport } from './report.js';

interface JsonDiagnostic {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  /** The page of a PDF, where `line` is the line on that page. */
  page?: number;
  line: number;
  column: number;
  related: { line: number; column: number; message: string }[];
  taskId?: string;
  responsibilityId?: string;
}

/** One object per file (issue 5): `{ path, diagnostics, errorCount, warningCount }`. */
export function formatJson(reports: readonly FileReport[]): string {
  const out = reports.map((r) => {
    const n = countFindings(r.diagnostics);
    return {
      path: r.path,
      diagnostics: r.diagnostics.map((d): JsonDiagnostic => {
        const j: JsonDiagnostic = {
          ruleId: d.ruleId,
          severity: d.severity,
          message: d.message,
          ...(d.place.page !== undefined ? { page: d.place.page } : {}),
          line: d.place.line,
          column: d.place.column,
          related: (d.related ?? []).map((x) => ({ line: x.line, column: x.column, message: x.message })),
        };
        if (d.taskId !== undefined) j.taskId = d.taskId;
        if (d.responsibilityId !== undefined) j.responsibilityId = d.responsibilityId;
        return j;
      }),
      errorCount: n.errors,
      warningCount: n.warnings,
    };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}
