import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';

/**
 * The globs of `plans:` in plan.config.yaml. Node 20 has no fs.glob, so this supports what
 * the config needs: `*` and `?` inside one path segment, `**` for any number of folders.
 * As in a shell, `*` and `?` do not match a leading dot, and symbolic links to folders are
 * not followed by `**` (a link loop would never end).
 */
export function hasGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Files matching the pattern, resolved against `baseDir`, as absolute paths, sorted. */
export function expandGlob(pattern: string, baseDir: string): string[] {
  const abs = isAbsolute(pattern) ? pattern : join(baseDir, pattern);
  const segments = abs.split(/[\\/]+/);
  // The literal folders before the first segment with a wildcard are the root of the walk.
  const first = segments.findIndex((s) => hasGlob(s));
  if (first < 0) return [resolve(abs)];
  const root = segments.slice(0, first).join(sep) || sep;
  const found = new Set<string>();
  walk(resolve(root), segments.slice(first), found);
  return [...found].sort();
}

function walk(dir: string, rest: readonly string[], found: Set<string>): void {
  const [head, ...tail] = rest;
  if (head === undefined) return;
  if (head === '**') {
    walk(dir, tail, found); // zero folders
    for (const entry of list(dir)) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(join(dir, entry.name), rest, found);
    }
    return;
  }
  if (!hasGlob(head)) {
    const next = join(dir, head);
    if (tail.length === 0) {
      if (isFile(next)) found.add(next);
    } else walk(next, tail, found);
    return;
  }
  for (const entry of list(dir)) {
    if (!matchSegment(head, entry.name)) continue;
    const next = join(dir, entry.name);
    if (tail.length === 0) {
      if (entry.isFile() || (entry.isSymbolicLink() && isFile(next))) found.add(next);
    } else if (entry.isDirectory() || entry.isSymbolicLink()) walk(next, tail, found);
  }
}

/**
 * Whether a file name matches one segment of a pattern (`*`, `?`, literal characters). The
 * classic two-pointer walk that backs up to the last `*`: O(name × pattern) at worst, with no
 * regular expression to backtrack.
 */
export function matchSegment(pattern: string, name: string): boolean {
  const p = [...pattern];
  const n = [...name];
  if (n[0] === '.' && p[0] !== '.') return false;
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < n.length) {
    if (i < p.length && (p[i] === '?' || p[i] === n[j])) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

function list(dir: string): import('node:fs').Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
