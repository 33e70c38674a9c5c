/**
 * The layering check of `npm run lint` (.dependency-cruiser.cjs, reading the table of
 * docs/architecture.md) fails on a forbidden import: shown on a small tree of stand-in modules
 * with the forbidden imports and some allowed ones, so the check is seen to bite, and to bite
 * only where it should. `npm run lint`, part of `npm test`, runs it on the real sources; this
 * file runs it once, on a few files, since a run over the whole tree takes seconds of CPU.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../setup/cli.js';
import { fileTempDir } from '../setup/temp.js';

// The forbidden imports, each in its own new file: one run of the check reports each of them
// under its rule.
const BAD: Record<string, string> = {
  'src/model/upward.ts': "import { main } from '../cli/main.js';\nexport const run = main;\n",
  'src/outline/ahead.ts': "export { buildPlan } from '../build-plan.js';\n",
  'src/query/ping.ts': "import { pong } from './pong.js';\nexport const ping = (): number => pong() + 1;\n",
  'src/query/pong.ts': "import { ping } from './ping.js';\nexport const pong = (): number => ping() - 1;\n",
  'src/format/reads.ts': "import { readFileSync } from 'node:fs';\nexport const read = (p: string): string => readFileSync(p, 'utf8');\n",
};

// What the layer table allows, beside them: the modules the bad ones import, a stage reading
// the one before it, the model's types used up the stack, and cli/ reading files.
const GOOD: Record<string, string> = {
  'src/cli/main.ts': "import { readFileSync } from 'node:fs';\nimport { buildPlan } from '../build-plan.js';\nexport const main = (): number => readFileSync('x').length + buildPlan();\n",
  'src/build-plan.ts': "import { outline } from './outline/outline.js';\nexport const buildPlan = (): number => outline();\n",
  'src/outline/outline.ts': "import type { Plan } from '../model/types.js';\nexport const outline = (): number => ({ tasks: 1 } satisfies Plan).tasks;\n",
  'src/model/types.ts': 'export interface Plan {\n  tasks: number;\n}\n',
  'src/format/table.ts': "import type { Plan } from '../model/types.js';\nexport const table = (plan: Plan): string => String(plan.tasks);\n",
};

let out = '';
let code = -1;

beforeAll(() => {
  const copy = fileTempDir('kehoach-layers-');
  for (const path of ['docs/architecture.md', 'tsconfig.json', '.dependency-cruiser.cjs', 'package.json']) {
    cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  }
  for (const folder of ['node_modules', 'data']) symlinkSync(join(ROOT, folder), join(copy, folder), 'dir');
  for (const [path, content] of Object.entries({ ...BAD, ...GOOD })) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), content);
  }
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
    cwd: copy,
    encoding: 'utf8',
  });
  out = r.stdout + r.stderr;
  code = r.status ?? -1;
  // A hang guard for a process that takes a second alone and much longer on a busy machine.
}, 120_000);

describe('the layering check, with forbidden imports among allowed ones', () => {
  it('fails, naming the forbidden imports and nothing else', () => {
    expect(code).not.toBe(0);
    const named = out.split('\n').filter((l) => /^\s*(error|warn)\s/.test(l));
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const line of named) expect(Object.keys(BAD).some((f) => line.includes(f)), line).toBe(true);
    for (const file of Object.keys(GOOD)) expect(named.filter((l) => l.includes(`${file} →`) || l.includes(`: ${file}`)), file).toEqual([]);
  });

  it('names the rule and the import when the model imports the CLI', () => {
    expect(out).toContain('layer-model: src/model/upward.ts → src/cli/main.ts');
  });

  it('names outline importing extract (a stage reaching one after it)', () => {
    expect(out).toContain('layer-outline: src/outline/ahead.ts → src/build-plan.ts');
  });

  it('names two modules that import each other', () => {
    expect(out).toMatch(/no-circular: src\/query\/p[io]ng\.ts/);
  });

  it('names a module outside cli/ that reads files', () => {
    expect(out).toContain('io-only-in-cli: src/format/reads.ts → fs');
  });
});
