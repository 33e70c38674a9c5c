import type { ColumnRole } from '../model/types.js';
import { foldKey } from '../input/keys.js';
import columns from '../../data/columns.json' with { type: 'json' };

interface RoleEntry {
  readonly role: string;
  readonly exact?: readonly string[];
  readonly prefix?: readonly string[];
  readonly contains?: readonly string[];
}

const ENTRIES = columns.roles as readonly RoleEntry[];

/** The role of an appendix column from its header, by the synonyms in data/columns.json. */
// The longest header the synonyms describe is a few words; a longer cell is content (a task's
// description), and folding it to find that out would cost more than the rest of the row.
const MAX_HEADER = 80;

// A synonym compared with its spaces removed must be at least this long ("phoi hop" is; "tt"
// would match inside any word).
export const MIN_GLUED = 6;

export function columnRole(header: string): ColumnRole | null {
  if (header.length > MAX_HEADER) return null;
  const f = foldKey(header).replace(/[()]/g, '').replace(/\s*\/\s*/g, '/').trim();
  if (!f) return null;
  for (const e of ENTRIES) if (e.exact?.some((n) => f === n)) return e.role as ColumnRole;
  for (const e of ENTRIES) if (e.prefix?.some((n) => f === n || f.startsWith(n))) return e.role as ColumnRole;
  for (const e of ENTRIES) if (e.contains?.some((n) => f.includes(n))) return e.role as ColumnRole;
  // Converters glue header words together ("Đơn vịphốihợp", issue 11 layout 5): compare
  // without spaces, only where the glued form is long enough to be unambiguous.
  const glued = f.replace(/\s+/g, '');
  if (glued === f) return null;
  for (const e of ENTRIES) if (e.exact?.some((n) => glued === n.replace(/\s+/g, ''))) return e.role as ColumnRole;
  for (const e of ENTRIES) if (e.prefix?.some((n) => n.length >= MIN_GLUED && glued.startsWith(n.replace(/\s+/g, '')))) return e.role as ColumnRole;
  for (const e of ENTRIES) if (e.contains?.some((n) => n.length >= MIN_GLUED && glued.includes(n.replace(/\s+/g, '')))) return e.role as ColumnRole;
  return null;
}

const EXECUTOR = columns.executor;

/**
 * Whether a unit column's header names the bodies that carry a task out rather than the one
 * that leads it ("Cơ quan thực hiện", not "Đơn vị chủ trì thực hiện" nor "Người thực hiện"): in
 * a table with no support column, such a column lists them with the lead first
 * (data/columns.json, `executor`).
 */
export function namesExecutor(header: string): boolean {
  const f = foldKey(header);
  const has = (list: readonly string[]): boolean => list.some((n) => f.includes(n));
  return has(EXECUTOR.bodies) && has(EXECUTOR.names) && !has(EXECUTOR.unless);
}
