/**
 * The layering check of `npm run lint` (.dependency-cruiser.cjs, reading the table of
 * docs/architecture.md) fails on a forbidden import: shown on a copy of the sources with one
 * bad import added, so the check is seen to bite, not only to pass.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../setup/cli.js';
import { fileTempDir } from '../setup/temp.js';

let copy: string;

beforeAll(() => {
  copy = fileTempDir('kehoach-layers-');
  for (const path of ['src', 'docs/architecture.md', 'tsconfig.json', '.dependency-cruiser.cjs', 'package.json']) {
    cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  }
  for (const folder of ['node_modules', 'data', 'schema']) symlinkSync(join(ROOT, folder), join(copy, folder), 'dir');
});

/** Runs the layering check on the copy with `files` added (path → content), then removes them. */
function cruiseWith(files: Record<string, string>): { code: number; out: string } {
  for (const [path, content] of Object.entries(files)) writeFileSync(join(copy, path), content);
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
    cwd: copy,
    encoding: 'utf8',
  });
  for (const path of Object.keys(files)) rmSync(join(copy, path));
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

// The forbidden imports, each in its own new file, added together: one run of the check (it
// takes seconds) reports each of them under its rule.
const BAD: Record<string, string> = {
  'src/model/upward.ts': "import { main } from '../cli/main.js';\nexport const run = main;\n",
  'src/outline/ahead.ts': "export { buildPlan } from '../build-plan.js';\n",
  'src/query/ping.ts': "import { pong } from './pong.js';\nexport const ping = (): number => pong() + 1;\n",
  'src/query/pong.ts': "import { ping } from './ping.js';\nexport const pong = (): number => ping() - 1;\n",
  'src/format/reads.ts': "import { readFileSync } from 'node:fs';\nexport const read = (p: string): string => readFileSync(p, 'utf8');\n",
};

describe('the layering check', () => {
  // A hang guard for a process that takes seconds alone and minutes on a busy machine.
  it('passes on the sources as they are', { timeout: 120_000 }, () => {
    const r = cruiseWith({});
    expect(r.out).not.toMatch(/error/);
    expect(r.code).toBe(0);
  });

  describe('with forbidden imports added', () => {
    let bad: { code: number; out: string };
    beforeAll(() => {
      bad = cruiseWith(BAD);
    }, 120_000);

    it('fails, and reports nothing in the sources as they are', () => {
      expect(bad.code).not.toBe(0);
      const named = bad.out.split('\n').filter((l) => /^\s*(error|warn)\s/.test(l));
      expect(named.length).toBeGreaterThanOrEqual(4);
      for (const line of named) expect(Object.keys(BAD).some((f) => line.includes(f)), line).toBe(true);
    });

    it('names the rule and the import when the model imports the CLI', () => {
      expect(bad.out).toContain('layer-model: src/model/upward.ts → src/cli/main.ts');
    });

    it('names outline importing extract (a stage reaching one after it)', () => {
      expect(bad.out).toContain('layer-outline: src/outline/ahead.ts → src/build-plan.ts');
    });

    it('names two modules that import each other', () => {
      expect(bad.out).toMatch(/no-circular: src\/query\/p[io]ng\.ts/);
    });

    it('names a module outside cli/ that reads files', () => {
      expect(bad.out).toContain('io-only-in-cli: src/format/reads.ts → fs');
    });
  });
});
