import { existsSync, readFileSync, statSync } from 'node:fs';
import { msg } from '../i18n/index.js';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { InputError } from '../model/errors.js';
import { CONFIG_NAMES, parseConfig } from '../config/load.js';
import type { PlanConfig } from '../config/types.js';
import { expandGlob, hasGlob } from './glob.js';

// The config's files: where plan.config.yaml is, and the plans its `plans:` names. In cli/, the
// one layer that touches the file system; src/config/ checks what was read.

/** plan.config.yaml (or .plan.config.yaml) in `cwd` or the nearest folder above it; null when none. */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      if (existsSync(path) && statSync(path).isFile()) return path;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Reads and checks a config file. Every bad value is an InputError naming the file and the key
 * ("plan.config.yaml: aliases.Sở Tài chính: …"), so the user can fix it without guessing.
 * (The CLI reads the bytes itself, through its size-limited reader, and calls parseConfig.)
 */
export async function readConfig(path: string): Promise<PlanConfig> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(path, msg('input.configUnreadable', { code: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  return parseConfig(bytes, path);
}

/**
 * The files of `plans:`, globs expanded relative to the config's folder, in the order the
 * config lists them (each glob's matches sorted), without repeats. A literal path is kept even
 * when it does not exist, so that reading it reports the missing file; a glob that matches
 * nothing adds nothing. Paths under `cwd` are returned relative to it (as the user would type
 * them), others absolute.
 */
export function expandPlans(config: PlanConfig, cwd: string): string[] {
  const base = config.dir ?? cwd;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const pattern of config.plans ?? []) {
    const files = hasGlob(pattern) ? expandGlob(pattern, base) : [isAbsolute(pattern) ? pattern : resolve(base, pattern)];
    for (const abs of files) {
      if (seen.has(abs)) continue;
      seen.add(abs);
      const rel = relative(resolve(cwd), abs);
      out.push(rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs);
    }
  }
  return out;
}
