#!/usr/bin/env node
// Builds the PDFs of fixtures/pdf/ from the HTML beside them with LibreOffice (soffice, Debian's
// libreoffice-writer), as offices publish plans: Writer lays out the page, the borderless
// two-column closing and the appendix table, and exports the PDF (issue 16, round 2). The PDFs
// are committed, so the tests never need LibreOffice. Run: node scripts/make-pdf-fixtures.mjs
// Each HTML file is written by hand for the rule it exercises (see the comment at its top).
import { readdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pdf');
const work = mkdtempSync(join(tmpdir(), 'kehoach-pdf-'));
try {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    copyFileSync(join(dir, file), join(work, file));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, join(work, file)], { stdio: 'ignore' });
    const pdf = file.replace(/\.html$/, '.pdf');
    copyFileSync(join(work, pdf), join(dir, pdf));
    console.log(`wrote fixtures/pdf/${pdf}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
