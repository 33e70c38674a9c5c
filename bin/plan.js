#!/usr/bin/env node
// Entry point of the `plan` command: the CLI itself is bundled into dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// V8 moves a function to its optimising compiler once it has run a budget of bytecode (132 KB
// by default in Node 20). A run of the CLI is short: on the sample, `plan tasks` spent about a
// tenth of its CPU time compiling functions it then barely ran (issue 19; 294 → 261 ms of CPU,
// medians of 15), and an export of 8,000 rows 0.92 → 0.70 s, with fewer optimise-deoptimise
// rounds. A budget 7.5× larger keeps the hot loops of a large input optimised (2 and 4 MB
// measured the same). Worker threads share the flag. V8 12 (Node 22 and later) has no such
// flag and prints an error for it to stderr; it tiers up with Maglev in between anyway.
if (Number(process.versions.v8.split('.')[0]) < 12) setFlagsFromString('--interrupt-budget=1000000');

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('plan: the CLI is not built yet; run `npm run build` in the kehoach folder\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
