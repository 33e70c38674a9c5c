import type { Diagnostic, Place } from '../../model/diagnostic.js';
import { Chalk, type ChalkInstance } from 'chalk';
import { safeText } from '../safe-text.js';
import { wrapText } from '../wrap.js';
import { countFindings, displayPath, guardLine, ruleDocs, type FileReport } from './report.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/index.js';

export interface StylishOptions {
  /** Decided once in cli/ (TTY, NO_COLOR, TERM=dumb, --no-color). */
  readonly color: boolean;
  /** Only errors (--quiet). */
  readonly quiet?: boolean;
  /** The terminal's width; lines are wrapped to it (default 80). */
  readonly columns?: number;
  /** The language of the summary, places and severities (default Vietnamese); the messages come rendered. */
  readonly lang?: Lang;
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
  const lang = options.lang ?? DEFAULT_LANG;
  const words = severityWords(lang);
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
      const width = Math.max(r.fatal !== undefined ? 1 : 0, ...list.map((d) => where(d.place, lang).length));
      if (r.fatal !== undefined) {
        out.push(...finding(c, columns, words, `  ${'-'.padEnd(width)}`, 'error', t(lang, 'report.notChecked', { reason: safeText(r.fatal) }), null));
      }
      for (const d of list) {
        out.push(...finding(c, columns, words, `  ${where(d.place, lang).padEnd(width)}`, d.severity, safeText(d.message), d));
        for (const rel of d.related ?? []) {
          out.push(...wrapped(`  ${' '.repeat(width)}  ${' '.repeat(words.width)}  ↳ ${where(rel, lang)}  `, safeText(rel.message), columns).map((l) => c.dim(l)));
        }
      }
      out.push('');
      return text(out);
    },
    end() {
      const total = errors + warnings + (options.quiet ? 0 : infos);
      if (total === 0) return text([c.green(t(lang, 'report.noProblems', { files }))]);
      const counts = t(lang, options.quiet ? 'report.summaryQuiet' : 'report.summary', { total, errors, warnings, infos });
      const line = `${errors + warnings > 0 ? '✖' : 'ℹ'} ${counts}`;
      return text([errors > 0 ? c.red.bold(line) : warnings > 0 ? c.yellow.bold(line) : line]);
    },
  };
}

/** The severities as the language names them, and the width of the column they stand in. */
interface SeverityWords {
  readonly error: string;
  readonly warning: string;
  readonly info: string;
  readonly width: number;
}

function severityWords(lang: Lang): SeverityWords {
  const error = t(lang, 'report.severity.error');
  const warning = t(lang, 'report.severity.warning');
  const info = t(lang, 'report.severity.info');
  return { error, warning, info, width: Math.max(error.length, warning.length, info.length) };
}

/** One finding: the place and severity, the message with a hanging indent, the docs section. */
function finding(c: ChalkInstance, columns: number, words: SeverityWords, place: string, severity: Diagnostic['severity'], message: string, d: Diagnostic | null): string[] {
  const word = words[severity];
  const sev = severity === 'error' ? c.red(word) : severity === 'warning' ? c.yellow(word) : c.blue(word);
  const head = `${place}  ${word.padEnd(words.width)}  `;
  const docs = d ? (/^(repair|parse)-/.test(d.ruleId) ? `${d.ruleId} (${ruleDocs(d.ruleId)})` : ruleDocs(d.ruleId)) : '';
  // Two no-break spaces: the docs section stays apart from the message, and wraps with its last word.
  const text = docs ? `${message}\u00a0\u00a0${docs}` : message;
  const lines = wrapped(head, text, columns);
  // Colour after wrapping, so that escape codes never count as width.
  const first = lines[0] ?? '';
  const rest = first.slice(place.length + 2 + words.width);
  lines[0] = `${place}  ${sev}${rest ? `${' '.repeat(words.width - word.length)}${rest}` : ''}`;
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
function where(place: Place, lang: Lang): string {
  if (place.kind === 'paragraph') return t(lang, 'report.place.paragraph', { line: String(place.line) });
  if (place.kind === 'row') return t(lang, 'report.place.row', { line: String(place.line) });
  if (place.kind === 'page') return t(lang, 'report.place.page', { page: String(place.page ?? '?'), line: String(place.line) });
  return `${place.line}:${place.column}`;
}
