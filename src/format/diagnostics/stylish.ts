import type { Place } from '../../model/diagnostic.js';
import { Chalk } from 'chalk';
import { safeText } from '../safe-text.js';
import { countFindings, plural, type FileReport } from './report.js';

export interface StylishOptions {
  /** Decided once in cli/ (TTY, NO_COLOR, TERM=dumb, --no-color). */
  readonly color: boolean;
  /** Only errors (--quiet). */
  readonly quiet?: boolean;
}

/** ESLint's "stylish" layout: per file, `file:line:col  severity  message  rule`, then a summary. */
export function formatStylish(reports: readonly FileReport[], options: StylishOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of reports) {
    const list = options.quiet ? r.diagnostics.filter((d) => d.severity === 'error') : r.diagnostics;
    const n = countFindings(list);
    errors += n.errors;
    warnings += n.warnings;
    infos += n.infos;
    if (list.length === 0) continue;
    const path = safeText(r.path);
    out.push(c.underline(path));
    for (const d of list) {
      const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
      const pad = ' '.repeat(Math.max(0, 7 - d.severity.length));
      out.push(`  ${where(path, d.place)}  ${sev}${pad}  ${safeText(d.message)}  ${c.dim(d.ruleId)}`);
      for (const rel of d.related ?? []) out.push(`      ${c.dim(where(path, rel))}  ${c.dim(safeText(rel.message))}`);
    }
    out.push('');
  }
  const total = errors + warnings + (options.quiet ? 0 : infos);
  if (total === 0) {
    out.push(c.green(`No problems in ${plural(reports.length, 'file')}.`));
  } else {
    const line = `${errors + warnings > 0 ? '✖' : 'ℹ'} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${options.quiet ? '' : `, ${infos} info`})`;
    out.push(errors > 0 ? c.red.bold(line) : warnings > 0 ? c.yellow.bold(line) : line);
  }
  return `${out.join('\n')}\n`;
}

/**
 * Where a finding is: `file:line:col` in text, Markdown and HTML; in a .docx, which has no lines,
 * the paragraph or the table row (DESIGN: positions name the paragraph or row for .docx); in
 * a PDF, the page and the line on it.
 */
function where(path: string, place: Place): string {
  if (place.kind === 'paragraph') return `${path}: paragraph ${place.line}`;
  if (place.kind === 'row') return `${path}: table row ${place.line}`;
  if (place.kind === 'page') return `${path}: page ${place.page ?? '?'}, line ${place.line}`;
  return `${path}:${place.line}:${place.column}`;
}
