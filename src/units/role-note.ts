import data from '../../data/assignments.json' with { type: 'json' };
import people from '../../data/people.json' with { type: 'json' };
import { foldKey, toneKey } from '../input/keys.js';
import { lazy } from './lazy.js';
import { personOf } from './person.js';

const OPENS = [...data.roleNotes.opens].sort((a, b) => b.length - a.length);
// Compared with their tone marks: folded, "Trưởng" (a post) would be "Trường" (a school's head).
const OFFICIALS = lazy(() => [...people.honorifics, ...people.posts].map((w) => toneKey(w)));

export interface RoleNote {
  /** Where the unit's own words end in the text (before the parenthesis). */
  readonly unitEnd: number;
  /** The note as written, without its parentheses: "cơ quan chủ trì". */
  readonly role: string;
}

/**
 * A role note in parentheses at the end of a unit's text ("Sở Tài chính (cơ quan chủ trì)",
 * "Công an tỉnh (thường trực)"), or null when the text has none, or when the parenthesis says
 * something else ("Đài Tiếng nói Việt Nam (VOV)" keeps its short form in the name). The official
 * who answers for the unit is a note too ("Sở Kế hoạch và Đầu tư (đồng chí Phó Giám đốc phụ
 * trách)", "(ông Nguyễn Văn An)"): the work is the body's, the note says who in it carries it.
 */
export function roleNoteOf(text: string): RoleNote | null {
  const m = /\(([^()]*)\)[\s.,;:]*$/u.exec(text);
  if (!m || m.index === 0) return null;
  const role = (m[1] ?? '').trim();
  if (!opensRole(role) && !namesOfficial(role)) return null;
  return { unitEnd: text.slice(0, m.index).trimEnd().length, role };
}

function opensRole(note: string): boolean {
  const f = foldKey(note);
  return OPENS.some((o) => f === o || f.startsWith(`${o} `) || f.startsWith(`${o},`));
}

/** A note that opens with a form of address or a post (data/people.json), or is a person's name. */
function namesOfficial(note: string): boolean {
  const t = toneKey(note);
  return OFFICIALS().some((o) => t === o || t.startsWith(`${o} `)) || personOf(note) !== null;
}
