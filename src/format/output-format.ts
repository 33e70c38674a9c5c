import { extname } from 'node:path';
import { UsageError } from '../model/errors.js';

export const OUTPUT_FORMATS = ['table', 'json', 'yaml', 'csv', 'md', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.xlsx': 'xlsx',
};

/**
 * The format a query command prints: the one asked for; else the one the --out file's
 * extension names ("tasks.csv"); else `table`, on a terminal and on a pipe alike, so that
 * `plan tasks … > file` holds what the analyst saw (scripts ask for json or csv by name).
 */
export function chooseFormat(requested: string | undefined, out: string | undefined): OutputFormat {
  if (requested !== undefined) {
    const f = requested.toLowerCase();
    if ((OUTPUT_FORMATS as readonly string[]).includes(f)) return f as OutputFormat;
    if (f === 'markdown') return 'md';
    if (f === 'yml') return 'yaml';
    throw new UsageError(`unknown format "${requested}"; use one of ${OUTPUT_FORMATS.join(', ')}`);
  }
  if (out !== undefined) {
    const byExt = BY_EXTENSION[extname(out).toLowerCase()];
    if (byExt) return byExt;
  }
  return 'table';
}
