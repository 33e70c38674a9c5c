#!/usr/bin/env node
// Where does a CLI run spend its time? Runs a private copy of bin/plan.js and the CLI bundle
// with its code cache (dist/cli.cjs and dist/cli.cache, as `npm run build` made them; a copy,
// so that a rebuild of dist/ while profiling cannot shift line numbers) under
// `node --cpu-prof` and prints the functions with the largest self and total time, each with
// the source file esbuild bundled it from (its `// src/…` module comments).
//
//   node bench/profile.mjs export /tmp/plan-8000.txt
//   node bench/profile.mjs --top 40 validate /tmp/plan-8000.txt
//   node bench/profile.mjs --runs 20 tasks fixtures/446-KH-UBND-2019-ha-tinh.txt
//
// --runs N adds up the samples of N runs: a start-up of 0.3 s gives few samples per function,
// and the sum shows the cold path's small costs above the noise (issue 19).
// --under TEXT counts only the samples with a frame whose "file  function (line)" holds TEXT
// ("src/units/split.ts", "Ufe (line 309)"): where one stage of the run spends its time.
//
// Used when a target of the benchmark (issue 8) is missed; prints to standard output.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let argv = process.argv.slice(2);
let top = 25;
let runs = 1;
let under = null;
for (;;) {
  if (argv[0] === '--top') top = Number(argv[1]) || top;
  else if (argv[0] === '--under') under = argv[1] ?? null;
  else if (argv[0] === '--runs') runs = Math.max(1, Number(argv[1]) || 1);
  else break;
  argv = argv.slice(2);
}
if (argv.length === 0) {
  process.stderr.write('usage: node bench/profile.mjs [--top N] [--runs N] [--under TEXT] <plan arguments…>\n');
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'kehoach-prof-'));
try {
  // What bin/plan.js runs: dist/cli.cjs with its code cache (issue 19), copied with bin/plan.js.
  if (!existsSync(path.join(ROOT, 'dist', 'cli.cjs'))) throw new Error('dist/cli.cjs is missing: run `npm run build` first');
  mkdirSync(path.join(work, 'bin'));
  mkdirSync(path.join(work, 'dist'));
  for (const f of ['plan.js', 'package.json']) copyFileSync(path.join(ROOT, 'bin', f), path.join(work, 'bin', f));
  for (const f of ['cli.cjs', 'cli.cjs.map', 'cli.cache']) if (existsSync(path.join(ROOT, 'dist', f))) copyFileSync(path.join(ROOT, 'dist', f), path.join(work, 'dist', f));
  writeFileSync(path.join(work, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
  const runner = path.join(work, 'bin', 'plan.js');
  const profiles = [];
  let wall = 0;
  for (let i = 0; i < runs; i++) {
    const dir = path.join(work, `run-${i}`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '500', runner, ...argv], {
      cwd: process.cwd(),
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    wall += performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`plan ${argv.join(' ')} exited with ${r.status}`);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('no profile was written');
    profiles.push(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
  }
  report(profiles, wall / runs);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function report(profiles, wall) {
  const modulesOf = new Map();
  const maps = new Map();
  /** The source file and line of a place in a minified file with a source map beside it (dist/cli.cjs). */
  const mapped = (file, line, column) => {
    if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null);
    const e = maps.get(file)?.findEntry(line, column);
    return e?.originalSource ? { module: e.originalSource.replace(/^(?:\.\.\/)+/, ''), line: e.originalLine + 1 } : null;
  };
  const moduleAt = (url, line, column) => {
    // dist/cli.cjs is compiled by node:vm under its path; modules have file: URLs.
    if (!url.startsWith('file:') && !path.isAbsolute(url)) return url || '(native)';
    const file = url.startsWith('file:') ? fileURLToPath(url) : url;
    const at = mapped(file, line, column);
    if (at) return at.module;
    if (!modulesOf.has(url)) {
      const lines = readFileSync(url.startsWith('file:') ? fileURLToPath(url) : url, 'utf8').split('\n');
      const starts = [];
      lines.forEach((l, k) => {
        const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
        if (m?.[1]) starts.push({ line: k, module: m[1] });
      });
      modulesOf.set(url, starts);
    }
    let found = path.basename(url);
    for (const s of modulesOf.get(url)) {
      if (s.line > line) break;
      found = s.module;
    }
    return found;
  };
  const self = new Map();
  const total = new Map();
  const byModule = new Map();
  let sum = 0;
  for (const profile of profiles) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const keyOf = new Map();
    for (const n of profile.nodes) {
      const f = n.callFrame;
      const name = f.functionName || '(anonymous)';
      // A minified function's name means nothing: its line in the source file says which it is.
      const at = f.url && (f.url.startsWith('file:') || path.isAbsolute(f.url)) ? mapped(f.url.startsWith('file:') ? fileURLToPath(f.url) : f.url, f.lineNumber, f.columnNumber) : null;
      keyOf.set(n.id, f.url ? `${moduleAt(f.url, f.lineNumber, f.columnNumber)}  ${at ? `${name} (line ${at.line})` : name}` : name);
    }
    profile.samples.forEach((id, k) => {
      const dt = (profile.timeDeltas[k + 1] ?? profile.timeDeltas[k] ?? 0) / 1000 / profiles.length;
      if (under !== null && !stackHolds(id, parent, keyOf, under)) return;
      sum += dt;
      const key = keyOf.get(id);
      self.set(key, (self.get(key) ?? 0) + dt);
      const mod = key.includes('  ') ? key.split('  ')[0] : key;
      byModule.set(mod, (byModule.get(mod) ?? 0) + dt);
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) {
        const kk = keyOf.get(n);
        if (seen.has(kk)) continue;
        seen.add(kk);
        total.set(kk, (total.get(kk) ?? 0) + dt);
      }
    });
  }
  if (under !== null) process.stdout.write(`only the samples under a frame that holds "${under}"\n`);
  const pct = (x) => `${((100 * x) / sum).toFixed(1).padStart(5)}%`;
  const list = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  process.stdout.write(`plan ${argv.join(' ')}: wall ${wall.toFixed(0)} ms, ${sum.toFixed(0)} ms sampled${profiles.length > 1 ? ` (means of ${profiles.length} runs)` : ''}\n\n`);
  process.stdout.write('self time by source file\n');
  for (const [k, v] of list(byModule)) process.stdout.write(`  ${pct(v)} ${v.toFixed(0).padStart(7)} ms  ${k}\n`);
  process.stdout.write('\nself time by function\n');
  for (const [k, v] of list(self)) process.stdout.write(`  ${pct(v)} ${v.toFixed(0).padStart(7)} ms  ${k}\n`);
  process.stdout.write('\ntotal time (self + callees) by function\n');
  for (const [k, v] of list(total)) process.stdout.write(`  ${pct(v)} ${v.toFixed(0).padStart(7)} ms  ${k}\n`);
}


/** Whether a frame of the sample's stack holds `text` in its "file  function (line)" key. */
function stackHolds(id, parent, keyOf, text) {
  for (let n = id; n !== undefined; n = parent.get(n)) if (keyOf.get(n)?.includes(text)) return true;
  return false;
}
