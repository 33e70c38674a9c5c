import data from '../../data/assignments.json' with { type: 'json' };
import { foldKey } from '../input/keys.js';

const OPENS = [...data.roleNotes.opens].sort((a, b) => b.length - a.length);

export interface RoleNote {
  /** Where the unit's own words end in the text (before the parenthesis). */
  readonly unitEnd: number;
  /** The note as written, without its parentheses: "cơ quan chủ trì". */
  readonly role: string;
}

/**
 * A role note in parentheses at the end of a unit's text ("Sở Tài chính (cơ quan chủ trì)",
 * "Công an tỉnh (thường trực)"), or null when the text has none, or when the parenthesis says
 * something else ("Đài Tiếng nói Việt Nam (VOV)" keeps its short form in the name).
 */
export function roleNoteOf(text: string): RoleNote | null {
  const m = /\(([^()]*)\)[\s.,;:]*$/u.exec(text);
  if (!m || m.index === 0) return null;
  const role = (m[1] ?? '').trim();
  const f = foldKey(role);
  if (!OPENS.some((o) => f === o || f.startsWith(`${o} `) || f.startsWith(`${o},`))) return null;
  return { unitEnd: text.slice(0, m.index).trimEnd().length, role };
}
