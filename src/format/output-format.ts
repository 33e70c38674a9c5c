import { extname } from 'node:path';
import { msg, type Msg } from '../i18n/index.js';
import { UsageError } from '../model/errors.js';

export const OUTPUT_FORMATS = ['table', 'json', 'yaml', 'csv', 'md', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Every format a command writes: the query formats and JSON Lines (`plan export`, one plan per line). */
export const FORMAT_NAMES = [...OUTPUT_FORMATS, 'jsonl'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** The extensions that name a format; `.txt` holds the table an analyst sees on screen. */
const BY_EXTENSION: Readonly<Record<string, FormatName>> = {
  '.txt': 'table',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.xlsx': 'xlsx',
};

const SYNONYMS: Readonly<Record<string, OutputFormat>> = { markdown: 'md', yml: 'yaml' };

export interface FormatRequest {
  /** --format as typed, if given. */
  readonly requested: string | undefined;
  /** --out as typed, if given ('-' is standard output). */
  readonly out: string | undefined;
  /** The command, for messages: "tasks", "export". */
  readonly command: string;
  /** The formats the command writes, its default first. */
  readonly writes: readonly FormatName[];
}

export interface FormatChoice<F extends FormatName = OutputFormat> {
  readonly format: F;
  /** A warning to print when --format and the --out extension disagree; null when they agree. */
  readonly warning: Msg | null;
}

/**
 * One rule for every command that writes a result (issue 20):
 * - --format, when given, decides; if the --out file's extension names another format, the
 *   result is still written as asked, with a warning ("tasks.json" holding CSV surprises later);
 * - else a known extension decides ("tasks.csv" → csv), and one naming a format the command
 *   does not write is refused;
 * - else an extension that names no format ("tasks.pdf", ".html", ".tsv") is refused, naming
 *   the formats the command writes, instead of filling the file with something else;
 * - else (no --out, or a name without an extension) the command's default: `table`, on a
 *   terminal and on a pipe alike, so `plan tasks … > file` holds what the analyst saw.
 */
export function chooseFormat<F extends FormatName>(request: FormatRequest & { readonly writes: readonly F[] }): FormatChoice<F> {
  const { requested, out, command, writes } = request;
  const ext = out !== undefined && out !== '-' ? extname(out).toLowerCase() : '';
  const byExt = ext === '' ? undefined : BY_EXTENSION[ext];
  const list = writes.join(', ');
  if (requested !== undefined) {
    const f = requested.toLowerCase();
    const format = SYNONYMS[f] ?? ((FORMAT_NAMES as readonly string[]).includes(f) ? (f as FormatName) : undefined);
    if (format === undefined) throw new UsageError(msg('usage.unknownFormat', { format: requested, command, list }));
    if (!isWritten(format, writes)) throw new UsageError(msg('usage.formatNotWritten', { format, command, list }));
    const warning = byExt !== undefined && byExt !== format ? msg('usage.formatMismatch', { format, out: out ?? '', ext, byExt }) : null;
    return { format, warning };
  }
  if (byExt !== undefined) {
    if (!isWritten(byExt, writes)) throw new UsageError(msg('usage.outNotWritten', { out: out ?? '', command, format: byExt, list }));
    return { format: byExt, warning: null };
  }
  if (ext !== '') {
    throw new UsageError(msg('usage.outExtension', { out: out ?? '', ext, command, list, extensions: extensionsOf(writes) }));
  }
  const fallback = writes[0];
  if (fallback === undefined) throw new UsageError(msg('usage.noFormat', { command }));
  return { format: fallback, warning: null };
}

function isWritten<F extends FormatName>(format: FormatName, writes: readonly F[]): format is F {
  return (writes as readonly FormatName[]).includes(format);
}

function extensionsOf(writes: readonly FormatName[]): string {
  return Object.entries(BY_EXTENSION)
    .filter(([, f]) => writes.includes(f))
    .map(([e]) => e)
    .join(', ');
}
