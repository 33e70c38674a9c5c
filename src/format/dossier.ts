import type { UnitDossier, DossierPart } from '../query/units.js';
import type { TaskHit } from '../query/tasks.js';
import type { Listing } from './listing.js';
import { renderListing, type Rendered, type RenderOptions } from './render.js';
import { toCsv } from './csv.js';
import { toJson, toYaml } from './data.js';
import { mdCell, toMarkdownTable } from './markdown.js';
import { safeText } from './safe-text.js';
import { toTable } from './table.js';
import { taskData, taskListing } from './tasks.js';
import { documentLabel, documentLabeller, unitCell } from './task-cells.js';
import { describeDeadline } from './deadline.js';
import { wrapParagraph } from './wrap.js';
import { formerlyNotes } from './successors.js';
import { DEFAULT_LANG, renderMsg, t, type Lang } from '../i18n/index.js';

/** The titles of the dossier's parts, in the language asked for. */
const titles = (lang: Lang) =>
  ({
    responsibilities: t(lang, 'dossier.responsibilities'),
    lead: t(lang, 'dossier.lead'),
    support: t(lang, 'dossier.support'),
    collective: t(lang, 'dossier.collective'),
    reporting: t(lang, 'dossier.reporting'),
  }) as const;

const hasCollective = (d: UnitDossier): boolean =>
  d.documents.some((p) => p.collective.length > 0 || p.responsibilities.some((r) => r.match === 'collective'));
const withoutNotes = (listing: Listing): Listing => ({ columns: listing.columns, rows: listing.rows });
// With --as-of, tasks of the unit's predecessors are marked †; one legend line per predecessor.
const formerly = (d: UnitDossier, lang: Lang): string[] => formerlyNotes(d.documents.flatMap((p) => [...p.lead, ...p.support])).map((n) => renderMsg(lang, n));

/** `plan units FILE --unit NAME`: a report on a terminal, md headings and tables, a flat csv, or the data. */
export async function formatDossier(dossier: UnitDossier, options: RenderOptions & { readonly multi: boolean }): Promise<Rendered> {
  switch (options.format) {
    case 'json':
      return toJson(dossierData(dossier));
    case 'yaml':
      return toYaml(dossierData(dossier));
    case 'csv':
      return toCsv(dossierListing(dossier, options.multi, options.lang), { bom: options.bom ?? true });
    case 'md':
      return dossierMarkdown(dossier, options.multi, options.lang ?? DEFAULT_LANG);
    case 'table':
      return dossierText(dossier, options);
    case 'xlsx':
      return renderListing(dossierListing(dossier, options.multi, options.lang), null, options);
  }
}

export function dossierData(dossier: UnitDossier): object {
  return {
    query: dossier.query,
    units: dossier.units,
    documents: dossier.documents.map((part) => ({
      document: part.document,
      responsibilities: part.responsibilities,
      lead: taskData(part.lead, false),
      support: taskData(part.support, false),
      collective: taskData(part.collective, false),
      reporting: part.reporting,
    })),
    ...(dossier.suggestions.length > 0 ? { suggestions: dossier.suggestions } : {}),
  };
}

function reportingLine(part: DossierPart, lang: Lang): string | null {
  const r = part.reporting;
  if (r === null) return null;
  const when = r.deadline !== null ? t(lang, 'dossier.due', { when: describeDeadline(r, lang) }) : describeDeadline(r, lang);
  return `${when}: ${r.text}`;
}

function heading(dossier: UnitDossier): string {
  return dossier.units.length > 0 ? dossier.units.join('; ') : dossier.query;
}

function dossierText(dossier: UnitDossier, options: RenderOptions & { readonly multi: boolean }): string {
  const { chalk, columns } = options;
  const lang = options.lang ?? DEFAULT_LANG;
  const heads = titles(lang);
  const out: string[] = [chalk.bold(safeText(heading(dossier)))];
  for (const part of dossier.documents) {
    out.push('', chalk.bold.underline(`${t(lang, 'dossier.document', { label: safeText(documentLabel(part.document)) })}${part.document.file ? ` (${safeText(part.document.file)})` : ''}`));
    if (part.responsibilities.length > 0) {
      out.push('', chalk.bold(heads.responsibilities));
      for (const r of part.responsibilities) {
        // No spread: a long duty wraps to more lines than a call takes arguments.
        for (const l of wrapParagraph(safeText(`${r.id}. ${r.heading}${r.match === 'collective' ? ' *' : ''}`), columns, '  ')) out.push(l);
        for (const duty of r.duties) for (const l of wrapParagraph(safeText(duty.replace(/^[-+•]\s*/, '')), columns, '    ', '- ')) out.push(l);
      }
    }
    const tasks = (title: string, hits: readonly TaskHit[]): void => {
      if (hits.length === 0) return;
      out.push('', chalk.bold(`${title} (${hits.length})`), toTable(withoutNotes(taskListing(hits, false, lang)), options).trimEnd());
    };
    tasks(heads.lead, part.lead);
    tasks(heads.support, part.support);
    tasks(heads.collective, part.collective);
    const rep = reportingLine(part, lang);
    if (rep !== null) out.push('', chalk.bold(heads.reporting), ...wrapParagraph(safeText(rep), columns, '  '));
  }
  // The dossier always shows what collectives are given; one legend says what the mark means.
  if (hasCollective(dossier)) out.push('', chalk.dim(t(lang, 'legend.collectiveDossier')));
  for (const n of formerly(dossier, lang)) out.push(chalk.dim(safeText(n)));
  return `${out.join('\n')}\n`;
}

function dossierMarkdown(dossier: UnitDossier, multi: boolean, lang: Lang): string {
  const heads = titles(lang);
  const out: string[] = [`## ${mdCell(heading(dossier))}`];
  for (const part of dossier.documents) {
    if (multi || dossier.documents.length > 1) out.push('', `### ${t(lang, 'dossier.document', { label: mdCell(documentLabel(part.document)) })}${part.document.file ? ` (${mdCell(part.document.file)})` : ''}`);
    if (part.responsibilities.length > 0) {
      out.push('', `#### ${heads.responsibilities}`, '');
      for (const r of part.responsibilities) {
        out.push(`- **${mdCell(r.id)}. ${mdCell(r.heading)}**${r.match === 'collective' ? ' \\*' : ''}`);
        for (const duty of r.duties) out.push(`  - ${mdCell(duty.replace(/^[-+•]\s*/, ''))}`);
      }
    }
    const tasks = (title: string, hits: readonly TaskHit[]): void => {
      if (hits.length > 0) out.push('', `#### ${title} (${hits.length})`, '', toMarkdownTable(withoutNotes(taskListing(hits, false, lang))).trimEnd());
    };
    tasks(heads.lead, part.lead);
    tasks(heads.support, part.support);
    tasks(heads.collective, part.collective);
    const rep = reportingLine(part, lang);
    if (rep !== null) out.push('', `#### ${heads.reporting}`, '', mdCell(rep));
  }
  if (hasCollective(dossier)) out.push('', `\\${t(lang, 'legend.collectiveDossier')}`);
  for (const n of formerly(dossier, lang)) out.push('', mdCell(n));
  return `${out.join('\n')}\n`;
}

/** csv: one row per duty, task and report, so the dossier pastes into one sheet. */
export function dossierListing(dossier: UnitDossier, multi: boolean, lang: Lang = DEFAULT_LANG): Listing {
  const heads = titles(lang);
  const rows: string[][] = [];
  const label = documentLabeller(dossier.documents.map((p) => p.document));
  for (const part of dossier.documents) {
    const doc = multi ? [label(part.document)] : [];
    for (const r of part.responsibilities) {
      for (const duty of r.duties) rows.push([heads.responsibilities, r.id, duty, r.heading, '', '', ...doc]);
    }
    const tasks = (kind: string, hits: readonly TaskHit[]): void => {
      for (const h of hits) rows.push([kind, h.id, h.description, unitCell(h.lead), unitCell(h.support), h.timeframe?.text ?? '', ...doc]);
    };
    tasks(heads.lead, part.lead);
    tasks(heads.support, part.support);
    tasks(heads.collective, part.collective);
    if (part.reporting !== null) rows.push([heads.reporting, '', part.reporting.text, '', '', part.reporting.deadline ?? '', ...doc]);
  }
  return {
    columns: [
      { header: t(lang, 'column.kind'), size: 'fit' },
      { header: t(lang, 'column.code'), size: 'fit' },
      { header: t(lang, 'column.text'), size: 'flex' },
      { header: t(lang, 'column.lead'), size: 'flex' },
      { header: t(lang, 'column.support'), size: 'flex' },
      { header: t(lang, 'column.timeframe'), size: 'fit' },
      ...(multi ? [{ header: t(lang, 'column.document'), size: 'fit' as const }] : []),
    ],
    rows,
  };
}
