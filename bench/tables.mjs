#!/usr/bin/env node
// Terminal tables (issue 15): the hand-written table of src/format/table.ts against cli-table3
// drawing the same cells in the same box, on the task table of every corpus plan. Run with
// `node bench/tables.mjs [runs]` after `npm run build`; scripts/bench.mjs runs it as section 9.
// cli-table3 is the table library the user named; it stays a dev dependency for this
// comparison while the hand-written table prints (README, "Performance").
//
// Both sides take the same cells, already made safe, and the same column widths; cli-table3
// gets each cell pre-wrapped (wrap.ts), so the outputs are byte for byte the same (checked
// below) and the time measured is the drawing. Times are CPU time of this process (user +
// system), the median of the runs, since wall time on a busy machine measures the others.
import { mkdtempSync, readdirSync, existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import Table from 'cli-table3';
import { median } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The entry esbuild bundles: the project's own parser, listing and table. cli-table3 is
// imported by this script and handed in.
const ENTRY = `
import { parsePlan } from './src/index.ts';
import { findTasks } from './src/query/index.ts';
import { taskListing } from './src/format/tasks.ts';
import { toTable, columnWidths } from './src/format/table.ts';
import { safeText } from './src/format/safe-text.ts';
import { wrapText } from './src/format/wrap.ts';

export function listingOf(bytes, file) {
  const { plan } = parsePlan(bytes, { path: file });
  return taskListing(findTasks([plan], {}), false);
}

export const handWritten = (listing, chalk, columns) => toTable(listing, { columns, chalk });

export function withCliTable3(Table, listing, chalk, columns) {
  const rows = listing.rows.map((row) => listing.columns.map((_, i) => safeText(row[i] ?? '', { newlines: true })));
  const widths = columnWidths(listing.columns, rows, columns);
  const cell = (text, i, style) => wrapText(text, widths[i] - 2).map((l) => (l === '' ? '' : style(l))).join('\\n');
  const table = new Table({
    head: listing.columns.map((c, i) => cell(safeText(c.header), i, (s) => chalk.bold(s))),
    colWidths: widths,
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push(row.map((t, i) => cell(t, i, (s) => s)));
  const notes = (listing.notes ?? []).map((n) => chalk.dim(safeText(n)) + '\\n');
  return table.toString() + '\\n' + notes.join('');
}
export { Chalk } from 'chalk';
`;

/** Per plan: rows, lines, and the median CPU milliseconds of each side. */
export async function benchTables({ runs = 5, say = (l) => process.stdout.write(`${l}\n`) } = {}) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'kehoach-bench-tables-'));
  try {
    const out = path.join(work, 'tables.mjs');
    await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
    const t = await import(pathToFileURL(out).href);
    const chalk = new t.Chalk({ level: 0 });
    const corpus = path.join(ROOT, 'fixtures', 'corpus');
    const files = ['fixtures/446-KH-UBND-2019-ha-tinh.txt', ...readdirSync(corpus).map((d) => `fixtures/corpus/${d}/input.txt`).filter((f) => existsSync(path.join(ROOT, f)))];
    say(`9. terminal tables: the task table of each plan at 100 columns, hand-written table vs cli-table3 drawing the same cells (CPU ms, median of ${runs})`);
    let total = { hand: 0, lib: 0 };
    for (const file of files) {
      const listing = t.listingOf(readFileSync(path.join(ROOT, file)), file);
      if (listing.rows.length === 0) continue;
      const a = t.handWritten(listing, chalk, 100);
      const withCliTable3 = (l, c, w) => t.withCliTable3(Table, l, c, w);
      if (withCliTable3(listing, chalk, 100) !== a) throw new Error(`${file}: the two tables differ`);
      const cpu = (draw) => median(Array.from({ length: runs }, () => {
        const c = process.cpuUsage();
        draw(listing, chalk, 100);
        const d = process.cpuUsage(c);
        return (d.user + d.system) / 1000;
      }));
      const hand = cpu(t.handWritten);
      const lib = cpu(withCliTable3);
      total = { hand: total.hand + hand, lib: total.lib + lib };
      say(`   ${path.basename(path.dirname(file)) === 'fixtures' ? path.basename(file) : path.basename(path.dirname(file))}: ${listing.rows.length} rows, ${a.split('\n').length} lines: hand-written ${hand.toFixed(1)} ms, cli-table3 ${lib.toFixed(1)} ms (${(lib / Math.max(hand, 0.01)).toFixed(0)}×)`);
    }
    say(`   all plans: hand-written ${total.hand.toFixed(1)} ms, cli-table3 ${total.lib.toFixed(1)} ms`);
    say('');
    return total;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchTables({ runs: Number(process.argv[2] ?? 5) });
