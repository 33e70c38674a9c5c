// Reads every plan of the corpus (../shared/corpus/*.txt, or the folder given as argument) and
// the sample plan, and prints one line per file: tasks found (appendix/body), responsibilities,
// sections, appendices and diagnostics by severity — so that a regression on any real plan is
// visible at a glance (issue 3). Run with `npm run corpus`, which builds dist/ first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlan, validatePlan } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// fixtures/corpus/<name>/input.<ext> (the repository's copy), or a folder of plan files.
const dir = process.argv[2] ?? join(root, 'fixtures', 'corpus');
const files = [join(root, 'fixtures', '446-KH-UBND-2019-ha-tinh.txt')];
if (!existsSync(dir)) process.stderr.write(`corpus folder not found: ${dir}\n`);
else
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) {
      const input = readdirSync(join(dir, entry.name)).find((f) => f.startsWith('input.'));
      if (input) files.push(join(dir, entry.name, input));
    } else if (!entry.name.endsWith('.md') || entry.name !== 'SOURCES.md') files.push(join(dir, entry.name));
  }

const countSections = (sections) => sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
const rows = [['file', 'number', 'date', 'tasks (appx/body)', 'resp', 'sections (top/all)', 'appendices', 'validate (E/W/I)']];
let failed = 0;
for (const file of files) {
  const name = basename(file).startsWith('input.') ? basename(join(file, '..')) : basename(file);
  try {
    // The path keeps the input's extension, which the format detection reads.
    const parsed = await readPlan(readFileSync(file), { path: basename(file).startsWith('input.') ? `${name}/${basename(file)}` : name });
    const { plan } = parsed;
    // What `plan validate` reports: the parser's repairs (info) and every rule's findings.
    const diagnostics = validatePlan(plan, parsed.diagnostics);
    const appx = plan.tasks.filter((t) => t.origin === 'appendix').length;
    const body = plan.tasks.length - appx;
    const by = (sev) => diagnostics.filter((d) => d.severity === sev).length;
    const kinds = plan.appendices.map((a) => a.kind).join(',') || '-';
    rows.push([
      name,
      plan.document.number ?? '(blank)',
      plan.document.date ?? '-',
      `${plan.tasks.length} (${appx}/${body})`,
      String(plan.responsibilities.length),
      `${plan.outline.length}/${countSections(plan.outline)}`,
      kinds,
      `${by('error')}/${by('warning')}/${by('info')}`,
    ]);
  } catch (err) {
    failed++;
    rows.push([name, `FAILED: ${err instanceof Error ? err.message : String(err)}`, '', '', '', '', '', '']);
  }
}
const widths = rows[0].map((_, k) => Math.max(...rows.map((r) => (r[k] ?? '').length)));
for (const r of rows) process.stdout.write(`${r.map((c, k) => (c ?? '').padEnd(widths[k])).join('  ').trimEnd()}\n`);
process.exitCode = failed ? 1 : 0;
