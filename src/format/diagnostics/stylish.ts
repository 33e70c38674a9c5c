import type { Diagnostic, Place } from '../../model/diagnostic.js';
import { Chalk, type ChalkInstance } from 'chalk';
import { safeText } from '../safe-text.js';
import { wrapText } from '../wrap.js';
import { countFindings, displayPath, guardLine, plural, ruleDocs, type FileReport } from './report.js';

export interface StylishOptions {
  /** Decided once in cli/ (TTY, NO_COLOR, TERM=dumb, --no-color). */
  readonly color: boolean;
  /** Only errors (--quiet). */
  readonly quiet?: boolean;
  /** The terminal's width; lines are wrapped to it (default 80). */
  readonly columns?: number;
}

const DEFAULT_COLUMNS = 80;
// Below this many columns for the message, the message starts on its own line under the place,
// indented by MESSAGE_INDENT: a long path would otherwise leave a column of one or two words.
const MIN_MESSAGE_WIDTH = 40;
const MESSAGE_INDENT = 6;

/**
 * ESLint's "stylish" layout: the file, then per finding `line:col  severity  message`, the message wrapped
 * to the terminal with a hanging indent and ending with the docs section of its rule
 * (docs/rules.md#rule-id), then a summary.
 */
export function formatStylish(reports: readonly FileReport[], options: StylishOptions): string {
  const writer = stylishWriter(options);
  return `${reports.map((r) => writer.file(r)).join('')}${writer.end()}`;
}

/**
 * formatStylish a file at a time: `file` gives the lines of one file (none when it has nothing
 * to report), `end` the summary of all the files given. A batch writes each file's findings as
 * they come (issue 19); joined, the pieces are formatStylish's text.
 */
export function stylishWriter(options: StylishOptions): { file(r: FileReport): string; end(): string } {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const columns = Math.max(20, options.columns ?? DEFAULT_COLUMNS);
  let files = 0;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const text = (lines: readonly string[]): string => lines.map((l) => `${guardLine(l)}\n`).join('');
  return {
    file(r) {
      files++;
      const list = options.quiet ? r.diagnostics.filter((d) => d.severity === 'error') : r.diagnostics;
      const n = countFindings(list, r.fatal);
      errors += n.errors;
      warnings += n.warnings;
      infos += n.infos;
      if (list.length === 0 && r.fatal === undefined) return '';
      const out: string[] = [c.underline(displayPath(r.path))];
      // Places are aligned in a column as wide as the widest of the file.
      const width = Math.max(r.fatal !== undefined ? 1 : 0, ...list.map((d) => where(d.place).length));
      if (r.fatal !== undefined) {
        out.push(...finding(c, columns, `  ${'-'.padEnd(width)}`, 'error', `${safeText(r.fatal)} (the file was not checked)`, null));
      }
      for (const d of list) {
        out.push(...finding(c, columns, `  ${where(d.place).padEnd(width)}`, d.severity, safeText(d.message), d));
        for (const rel of d.related ?? []) {
          out.push(...wrapped(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ↳ ${where(rel)}  `, safeText(rel.message), columns).map((l) => c.dim(l)));
        }
      }
      out.push('');
      return text(out);
    },
    end() {
      const total = errors + warnings + (options.quiet ? 0 : infos);
      if (total === 0) return text([c.green(`No problems in ${plural(files, 'file')}.`)]);
      const line = `${errors + warnings > 0 ? '✖' : 'ℹ'} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${options.quiet ? '' : `, ${infos} info`})`;
      return text([errors > 0 ? c.red.bold(line) : warnings > 0 ? c.yellow.bold(line) : line]);
    },
  };
}

/** One finding: the place and severity, the message with a hanging indent, the docs section. */
function finding(c: ChalkInstance, columns: number, place: string, severity: Diagnostic['severity'], message: string, d: Diagnostic | null): string[] {
  const sev = severity === 'error' ? c.red('error') : severity === 'warning' ? c.yellow('warning') : c.blue('info');
  const head = `${place}  ${severity.padEnd(7)}  `;
  const docs = d ? (/^(repair|parse)-/.test(d.ruleId) ? `${d.ruleId} (${ruleDocs(d.ruleId)})` : ruleDocs(d.ruleId)) : '';
  // Two no-break spaces: the docs section stays apart from the message, and wraps with its last word.
  const text = docs ? `${message}\u00a0\u00a0${docs}` : message;
  const lines = wrapped(head, text, columns);
  // Colour after wrapping, so that escape codes never count as width.
  const first = lines[0] ?? '';
  const rest = first.slice(place.length + 2 + 7);
  lines[0] = `${place}  ${sev}${rest ? `${' '.repeat(7 - severity.length)}${rest}` : ''}`;
  if (docs) {
    const last = lines.length - 1;
    const at = (lines[last] ?? '').lastIndexOf(docs);
    if (at >= 0) lines[last] = `${(lines[last] ?? '').slice(0, at)}${c.dim(docs)}`;
  }
  return lines;
}

/**
 * `head` then the text wrapped with a hanging indent under its first word; when the head
 * leaves fewer than MIN_MESSAGE_WIDTH columns, the head stands alone and the text goes under
 * it, indented by MESSAGE_INDENT. A word starting with "::" is kept on the line of the word
 * before it (a no-break space), so a wrapped line never starts with it.
 */
function wrapped(head: string, text: string, columns: number): string[] {
  const glued = text.replace(/ (?=::)/g, '\u00a0');
  const width = [...head].length;
  if (columns - width >= MIN_MESSAGE_WIDTH) {
    const hang = ' '.repeat(width);
    return wrapText(glued, columns - width).map((l, i) => `${i === 0 ? head : hang}${l}`);
  }
  const indent = ' '.repeat(MESSAGE_INDENT);
  return [head.trimEnd(), ...wrapText(glued, columns - MESSAGE_INDENT).map((l) => `${indent}${l}`)];
}

/**
 * Where a finding is in the file named above it: `line:col` in text, Markdown and HTML; in a
 * .docx, which has no lines, the paragraph or the table row (DESIGN: positions name the
 * paragraph or row for .docx); in a PDF, the page and the line on it.
 */
function where(place: Place): string {
  if (place.kind === 'paragraph') return `paragraph ${place.line}`;
  if (place.kind === 'row') return `table row ${place.line}`;
  if (place.kind === 'page') return `page ${place.page ?? '?'}, line ${place.line}`;
  return `${place.line}:${place.column}`;
}
