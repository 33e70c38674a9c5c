import type { TaskHit } from '../query/tasks.js';
import type { Listing } from './listing.js';
import { renderListing, type Rendered, type RenderOptions } from './render.js';
import { FORMERLY_MARK, formerlyNotes } from './successors.js';
import { documentLabeller, unitCell } from './task-cells.js';
import { DEFAULT_LANG, renderMsg, t, type Lang } from '../i18n/index.js';

/** The mark and its legend for a task reached only through a collective (--include-collective). */
export const COLLECTIVE_MARK = '*';

export interface TaskFormatOptions extends RenderOptions {
  /** Several documents were read: each row says which one it comes from. */
  readonly multi: boolean;
}

/** STT / Nhiệm vụ / Chủ trì / Phối hợp / Thời gian (+ Văn bản when several files; No. / Task / Lead / Support / Timeframe in English), the units as the document wrote them. */
export function taskListing(hits: readonly TaskHit[], multi: boolean, lang: Lang = DEFAULT_LANG): Listing {
  const marked = hits.some((h) => h.match === 'collective');
  const notes = [...(marked ? [t(lang, 'legend.collectiveTask')] : []), ...formerlyNotes(hits).map((n) => renderMsg(lang, n))];
  const label = documentLabeller(hits.map((h) => h.document));
  return {
    columns: [
      { header: t(lang, 'column.id'), size: 'fit', max: 14 },
      { header: t(lang, 'column.task'), size: 'flex', weight: 5 },
      { header: t(lang, 'column.lead'), size: 'flex', weight: 2 },
      { header: t(lang, 'column.support'), size: 'flex', weight: 2 },
      { header: t(lang, 'column.timeframe'), size: 'fit', max: 16 },
      ...(multi ? [{ header: t(lang, 'column.document'), size: 'fit' as const, max: 20 }] : []),
    ],
    rows: hits.map((h) => [
      h.match === 'collective' ? `${h.id} ${COLLECTIVE_MARK}` : h.formerly ? `${h.id} ${FORMERLY_MARK}` : h.id,
      h.description,
      unitCell(h.lead),
      unitCell(h.support),
      h.timeframe?.text ?? '',
      ...(multi ? [label(h.document)] : []),
    ]),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/**
 * json / yaml: Task objects as in spec/model.md; `document` is added when several files were
 * read, and `match: "collective"` on a task reached only through a collective.
 */
export function taskData(hits: readonly TaskHit[], multi: boolean): object[] {
  return hits.map((hit) => {
    const { document, match, undated, ...task } = hit;
    void undated;
    return { ...task, ...(multi ? { document } : {}), ...(match === 'collective' ? { match } : {}) };
  });
}

export async function formatTasks(hits: readonly TaskHit[], options: TaskFormatOptions): Promise<Rendered> {
  if (options.format === 'xlsx') return (await import('./xlsx-sheets.js')).taskWorkbook(hits, options.multi, options.lang);
  return renderListing(taskListing(hits, options.multi, options.lang), taskData(hits, options.multi), options);
}
