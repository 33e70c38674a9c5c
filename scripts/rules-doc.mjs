// Writes docs/rules.md (Vietnamese) and docs/rules.en.md (English) from the rule objects. Bundles src/validate/rules-doc.ts on the fly with
// esbuild (already a dev dependency), so the library build needs no extra entry point.
import { build } from 'esbuild';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rules-doc-'));
try {
  const out = join(dir, 'rules-doc.mjs');
  await build({ entryPoints: [join(root, 'src/validate/rules-doc.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
  const { renderRulesDoc } = await import(pathToFileURL(out).href);
  writeFileSync(join(root, 'docs/rules.md'), renderRulesDoc('vi'));
  writeFileSync(join(root, 'docs/rules.en.md'), renderRulesDoc('en'));
  process.stdout.write('docs/rules.md and docs/rules.en.md written\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
