#!/usr/bin/env node
// Entry point of the `plan` command: the CLI itself is bundled into dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
//
// This file is CommonJS (bin/package.json): Node runs a CommonJS entry without its ES-module
// loader, which for an ES-module entry loads the loader itself, fs/promises, readline and the
// fs streams (for the ES view of node:fs) before the first line runs: 4–5 ms of CPU of a cold
// start (issue 19).
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { setFlagsFromString } = require('node:v8');
const vm = require('node:vm');

// V8 moves a function to its optimising compiler once it has run a budget of bytecode (132 KB
// by default in Node 20). A run of the CLI is short: on the sample, `plan tasks` spent about a
// tenth of its CPU time compiling functions it then barely ran (issue 19; 294 → 261 ms of CPU,
// medians of 15), and an export of 8,000 rows 0.92 → 0.70 s, with fewer optimise-deoptimise
// rounds. A budget 7.5× larger keeps the hot loops of a large input optimised (2 and 4 MB
// measured the same). Worker threads share the flag. V8 12 (Node 22 and later) counts calls
// instead, and has no such flag (it prints an error for it to stderr): there, TurboFan waits
// for 30,000 calls of a function instead of 3,000, for the same reason (Node 22.23: `plan
// tasks` on the sample 201 → 164 ms of CPU, an export of 8,000 rows 733 → 581 ms; 10,000
// calls measured 168 and 601 ms).
const V8_MAJOR = Number(process.versions.v8.split('.')[0]);
setFlagsFromString(V8_MAJOR < 12 ? '--interrupt-budget=1000000' : '--invocation-count-for-turbofan=30000');

// Between two full collections V8 lets the heap grow by a factor of up to 4 on a machine with
// plenty of memory (its heap limit is 4 GB on 16 GB and more), so the peak memory of a large
// plan is mostly garbage: 50 MB of plan prose peaked at 2.2 GB while its live data stayed
// under 1 GB (with --max-old-space-size=1024 it peaked at 1.2 GB). A growth factor of 1.5
// brings that peak to 1.3 GB (150,000 task rows: 710 → 570 MB) for about a fifth more CPU
// time on prose, and none on tables (measured, issue 14: peak ≤ 1.5 GB for any input the
// limits accept). V8 reads the flag at each collection.
setFlagsFromString('--heap-growing-percent=50');
// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine
// code once it has run again: each pattern is compiled twice. Reading a plan runs a few hundred
// patterns, most of them on every line, so they all reach the second compilation; compiling
// each once, straight to machine code, saved 10 ms of the 170 ms of CPU of `plan tasks` on the
// sample (issue 19; medians of 41 interleaved runs), and changed nothing on an export of 8,000
// rows. Node 20, 22 and 24 all have the flag.
setFlagsFromString('--no-regexp-tier-up');
// Every V8 flag is set above, before the CLI is compiled: V8 accepts a code cache only under
// the flags it was made with (they are part of its check), and dist/cli.cache is made by this
// file too (scripts/build.mjs).

const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('plan: the CLI is not built yet; run `npm run build` in the kehoach folder\n');
  process.exit(2);
}
// The bundle is minified (scripts/build.mjs): --debug's stack traces are mapped back to src/.
if (process.argv.includes('--debug')) mapStackTraces(`${bundle}.map`);
const { main, script } = loadBundle(bundle, bundle.replace(/\.cjs$/, '.cache'));
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // The build's run (scripts/build.mjs) keeps the bytecode of every function this run compiled.
  const cacheOut = process.env.KEHOACH_WRITE_CODE_CACHE;
  if (cacheOut) writeFileSync(cacheOut, script.createCachedData());
});

/**
 * Compiles and runs the CommonJS bundle as Node's own loader would, but with V8's code cache
 * (issue 19): a cold run spent most of its time parsing and compiling our functions. The cache
 * holds the bytecode of the functions a run of `plan tasks` compiled, so this run skips both.
 * A cache V8 rejects (another Node, other flags) or one that is missing costs nothing more
 * than compiling without it.
 */
function loadBundle(file, cacheFile) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The bundle is ASCII (scripts/ascii-bundle.mjs): as Latin-1, Node makes a one-byte string of
  // it without decoding UTF-8, 2.2 ms instead of 5.7 for 1.9 MB (issue 19).
  const source = readFileSync(file, 'latin1');
  const script = new vm.Script(source, { filename: file, cachedData });
  // For the build's test and the benchmark: whether V8 took the cache.
  if (process.env.KEHOACH_TRACE_CODE_CACHE) process.stderr.write(`plan: code cache ${cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
  const module = { exports: {} };
  // The bundle's import() of pdf.js (kept outside it) is this module's: it resolves the package
  // from the same node_modules as dist/ would.
  const hostImport = (specifier) => import(specifier);
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file), hostImport);
  return { main: module.exports.main, script };
}

/**
 * Stack traces with the places in src/ (and node_modules/) of the bundle's frames, through the
 * source map the build writes beside it. Node maps the stacks of the files its own loaders
 * compile (--enable-source-maps), not those of a node:vm script, so this does it with Node's
 * public SourceMap. Without the map, the frames stay as they are.
 */
function mapStackTraces(mapFile) {
  let map;
  try {
    map = new (require('node:module').SourceMap)(JSON.parse(readFileSync(mapFile, 'utf8')));
  } catch {
    return;
  }
  const dir = path.dirname(mapFile);
  const place = (line, column) => {
    const e = line > 0 && column > 0 ? map.findEntry(line - 1, column - 1) : {};
    return e.originalSource ? e : null;
  };
  // The bundle's file is the one the cache was made in (V8 keeps that name with it).
  const inBundle = (frame) => path.basename(frame?.getFileName() ?? '') === 'cli.cjs';
  Error.prepareStackTrace = (error, frames) => {
    const lines = frames.map((frame, i) => {
      const at = inBundle(frame) ? place(frame.getLineNumber(), frame.getColumnNumber()) : null;
      if (!at) return `    at ${frame}`;
      // A function's own name is where its caller calls it (as Node finds it for its own maps).
      const caller = inBundle(frames[i + 1]) ? place(frames[i + 1].getLineNumber(), frames[i + 1].getColumnNumber()) : null;
      const name = caller?.name ?? frame.getFunctionName() ?? '<anonymous>';
      return `    at ${name} (${path.resolve(dir, at.originalSource)}:${at.originalLine + 1}:${at.originalColumn + 1})`;
    });
    return `${String(error)}\n${lines.join('\n')}`;
  };
}
