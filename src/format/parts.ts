import type { ContentEntry, ObjectiveEntry, ResponsibilityEntry } from '../query/parts.js';
import type { Listing } from './listing.js';
import { renderListing, type Rendered, type RenderOptions } from './render.js';
import { DEFAULT_LANG, t, type Lang } from '../i18n/index.js';
import { documentLabeller, unitCell } from './task-cells.js';

type Options = RenderOptions & { readonly multi: boolean };

const KIND_LABEL = { purpose: 'cell.purpose', requirement: 'cell.requirement', target: 'cell.target' } as const;

// Items in one cell are bulleted with "•", not "-": a cell starting with "-" is one csv
// must neutralise as a formula.
const docColumn = (multi: boolean, lang: Lang) => (multi ? [{ header: t(lang, 'column.document'), size: 'fit' as const, max: 20 }] : []);
const strip = <T extends { document: unknown }>(list: readonly T[], multi: boolean): object[] =>
  list.map(({ document, ...rest }) => ({ ...rest, ...(multi ? { document } : {}) }));

export function formatObjectives(list: readonly ObjectiveEntry[], options: Options): Promise<Rendered> {
  const lang = options.lang ?? DEFAULT_LANG;
  const label = documentLabeller(list.map((x) => x.document));
  const listing: Listing = {
    columns: [{ header: t(lang, 'column.code'), size: 'fit', max: 14 }, { header: t(lang, 'column.kind'), size: 'fit' }, { header: t(lang, 'column.text'), size: 'flex' }, ...docColumn(options.multi, lang)],
    rows: list.map((o) => [o.id, t(lang, KIND_LABEL[o.kind]), o.text, ...(options.multi ? [label(o.document)] : [])]),
  };
  return renderListing(listing, strip(list, options.multi), options);
}

export function formatContent(list: readonly ContentEntry[], options: Options): Promise<Rendered> {
  const lang = options.lang ?? DEFAULT_LANG;
  const label = documentLabeller(list.map((x) => x.document));
  const listing: Listing = {
    columns: [{ header: t(lang, 'column.code'), size: 'fit', max: 14 }, { header: t(lang, 'column.area'), size: 'flex', weight: 1 }, { header: t(lang, 'column.items'), size: 'flex', weight: 3 }, ...docColumn(options.multi, lang)],
    rows: list.map((a) => [a.id, a.title, a.items.map((i) => `• ${i.replace(/^[-+•]\s*/, '')}`).join('\n'), ...(options.multi ? [label(a.document)] : [])]),
  };
  return renderListing(listing, strip(list, options.multi), options);
}

export function formatResponsibilities(list: readonly ResponsibilityEntry[], options: Options): Promise<Rendered> {
  const lang = options.lang ?? DEFAULT_LANG;
  const label = documentLabeller(list.map((x) => x.document));
  const listing: Listing = {
    columns: [
      { header: t(lang, 'column.code'), size: 'fit', max: 14 },
      { header: t(lang, 'column.unit'), size: 'flex', weight: 1 },
      { header: t(lang, 'column.task'), size: 'flex', weight: 3 },
      ...docColumn(options.multi, lang),
    ],
    rows: list.map((r) => [
      r.match === 'collective' ? `${r.id} *` : r.id,
      r.mode === 'requested' ? t(lang, 'cell.requested', { unit: unitCell(r.units) || r.heading }) : unitCell(r.units) || r.heading,
      r.duties.map((d) => `• ${d.replace(/^[-+•]\s*/, '')}`).join('\n'),
      ...(options.multi ? [label(r.document)] : []),
    ]),
    ...(list.some((r) => r.match === 'collective') ? { notes: [t(lang, 'legend.collectiveTask')] } : {}),
  };
  return renderListing(listing, strip(list, options.multi), options);
}
