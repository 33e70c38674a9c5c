import type { UnitEntry } from '../query/units.js';
import type { Listing } from './listing.js';
import { renderListing, type Rendered, type RenderOptions } from './render.js';
import { documentLabeller } from './task-cells.js';
import { successorCell, successorNote } from './successors.js';
import { DEFAULT_LANG, renderMsg, t, type Lang } from '../i18n/index.js';

/** Đơn vị / Cách viết trong văn bản / Chủ trì / Phối hợp / Mục TCTH (+ Văn bản), in the language asked for. */
export function unitListing(units: readonly UnitEntry[], multi: boolean, asOf?: string, lang: Lang = DEFAULT_LANG): Listing {
  const successor = (u: UnitEntry): string => {
    const cell = successorCell(u.successor);
    return cell === '' ? '' : renderMsg(lang, cell);
  };
  const label = documentLabeller(units.map((u) => u.document));
  return {
    columns: [
      { header: t(lang, 'column.unit'), size: 'flex', weight: 3 },
      { header: t(lang, 'column.variants'), size: 'flex', weight: 3 },
      { header: t(lang, 'column.lead'), size: 'flex', weight: 2 },
      { header: t(lang, 'column.support'), size: 'flex', weight: 2 },
      { header: t(lang, 'column.responsibilities'), size: 'fit', max: 12 },
      ...(asOf !== undefined ? [{ header: t(lang, 'column.successor', { day: asOf }), size: 'flex' as const, weight: 3 }] : []),
      ...(multi ? [{ header: t(lang, 'column.document'), size: 'fit' as const, max: 20 }] : []),
    ],
    rows: units.map((u) => [
      u.collective ? `${u.name} *` : u.name,
      u.variants.join('; '),
      countWithIds(u.lead),
      countWithIds(u.support),
      u.responsibilities.join(', '),
      ...(asOf !== undefined ? [successor(u)] : []),
      ...(multi ? [label(u.document)] : []),
    ]),
    ...(units.some((u) => u.collective) || asOf !== undefined
      ? { notes: [...(units.some((u) => u.collective) ? [t(lang, 'legend.collectiveUnit')] : []), ...(asOf !== undefined ? [renderMsg(lang, successorNote(asOf))] : [])] }
      : {}),
  };
}

/** "3 (I.3, II.2, III.1)": the count people ask for, and the ids to look them up. */
function countWithIds(ids: readonly string[]): string {
  return ids.length === 0 ? '0' : `${ids.length} (${ids.join(', ')})`;
}

/** json / yaml: Unit objects as in spec/model.md, plus `document` when several files were read. */
export function unitData(units: readonly UnitEntry[], multi: boolean): object[] {
  return units.map(({ document, ...unit }) => ({ ...unit, ...(multi ? { document } : {}) }));
}

export async function formatUnits(units: readonly UnitEntry[], options: RenderOptions & { readonly multi: boolean; readonly asOf?: string }): Promise<Rendered> {
  if (options.format === 'xlsx') return (await import('./xlsx-sheets.js')).unitWorkbook(units, options.multi, options.lang);
  return renderListing(unitListing(units, options.multi, options.asOf, options.lang), unitData(units, options.multi), options);
}
