import type { ContentEntry, ObjectiveEntry, ResponsibilityEntry } from '../query/parts.js';
import type { Listing } from './listing.js';
import { renderListing, type Rendered, type RenderOptions } from './render.js';
import { DEFAULT_LANG, t } from '../i18n/index.js';
import { documentLabeller, unitCell } from './task-cells.js';

type Options = RenderOptions & { readonly multi: boolean };

const KIND_LABEL = { purpose: 'Mục đích', requirement: 'Yêu cầu', target: 'Mục tiêu' } as const;

// Items in one cell are bulleted with "•", not "-": a cell starting with "-" is one csv
// must neutralise as a formula.
const docColumn = (multi: boolean) => (multi ? [{ header: 'Văn bản', size: 'fit' as const, max: 20 }] : []);
const strip = <T extends { document: unknown }>(list: readonly T[], multi: boolean): object[] =>
  list.map(({ document, ...rest }) => ({ ...rest, ...(multi ? { document } : {}) }));

export function formatObjectives(list: readonly ObjectiveEntry[], options: Options): Promise<Rendered> {
  const label = documentLabeller(list.map((x) => x.document));
  const listing: Listing = {
    columns: [{ header: 'Mã', size: 'fit', max: 14 }, { header: 'Loại', size: 'fit' }, { header: 'Nội dung', size: 'flex' }, ...docColumn(options.multi)],
    rows: list.map((o) => [o.id, KIND_LABEL[o.kind], o.text, ...(options.multi ? [label(o.document)] : [])]),
  };
  return renderListing(listing, strip(list, options.multi), options);
}

export function formatContent(list: readonly ContentEntry[], options: Options): Promise<Rendered> {
  const label = documentLabeller(list.map((x) => x.document));
  const listing: Listing = {
    columns: [{ header: 'Mã', size: 'fit', max: 14 }, { header: 'Nội dung', size: 'flex', weight: 1 }, { header: 'Các ý', size: 'flex', weight: 3 }, ...docColumn(options.multi)],
    rows: list.map((a) => [a.id, a.title, a.items.map((i) => `• ${i.replace(/^[-+•]\s*/, '')}`).join('\n'), ...(options.multi ? [label(a.document)] : [])]),
  };
  return renderListing(listing, strip(list, options.multi), options);
}

export function formatResponsibilities(list: readonly ResponsibilityEntry[], options: Options): Promise<Rendered> {
  const label = documentLabeller(list.map((x) => x.document));
  const listing: Listing = {
    columns: [
      { header: 'Mã', size: 'fit', max: 14 },
      { header: 'Đơn vị', size: 'flex', weight: 1 },
      { header: 'Nhiệm vụ', size: 'flex', weight: 3 },
      ...docColumn(options.multi),
    ],
    rows: list.map((r) => [
      r.match === 'collective' ? `${r.id} *` : r.id,
      `${r.mode === 'requested' ? '(đề nghị) ' : ''}${unitCell(r.units) || r.heading}`,
      r.duties.map((d) => `• ${d.replace(/^[-+•]\s*/, '')}`).join('\n'),
      ...(options.multi ? [label(r.document)] : []),
    ]),
    ...(list.some((r) => r.match === 'collective') ? { notes: [t(options.lang ?? DEFAULT_LANG, 'legend.collectiveTask')] } : {}),
  };
  return renderListing(listing, strip(list, options.multi), options);
}
