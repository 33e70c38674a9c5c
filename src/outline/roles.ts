import type { SectionRole } from '../model/types.js';
import { foldKey } from '../input/keys.js';
import sections from '../../data/sections.json' with { type: 'json' };
import { LETTER } from '../model/letters.js';

const LEADING_NON_LETTERS = new RegExp(String.raw`^[^${LETTER}]+`, 'u');

type Entry = readonly [string, string];

function byLength(table: Record<string, readonly string[]>): Entry[] {
  const out: Entry[] = [];
  for (const [role, names] of Object.entries(table)) for (const n of names) out.push([n, role]);
  return out.sort((a, b) => b[0].length - a[0].length);
}

const ROLES = byLength(sections.roles);
const OBJECTIVE_KINDS = byLength(sections.objectiveKinds);
const LEADING: readonly string[] = sections.leadingWords;
const REPORTING = [...sections.reporting].sort((a, b) => b.length - a.length);

// Section names are a few words: the start of a title is enough to look it up, and folding a
// whole run-on title (a heading that took a page of text) would cost more than the lookup.
const NAME_PREFIX = 200;

function lookup(table: readonly Entry[], title: string): string | null {
  let f = foldKey(title.slice(0, NAME_PREFIX)).replace(LEADING_NON_LETTERS, '');
  for (const w of LEADING) if (f.startsWith(`${w} `)) f = f.slice(w.length + 1);
  for (const [name, value] of table) if (f.startsWith(name) && NAME_ENDS.has(f.charAt(name.length))) return value;
  return null;
}

// What may follow a section's name in its title: nothing, or a space, comma, colon or full stop.
const NAME_ENDS = new Set(['', ' ', ',', ':', '.']);

/** The role of a section from its title; an unknown title keeps the role 'other'. */
export function roleOfTitle(title: string): SectionRole {
  return (lookup(ROLES, title) as SectionRole | null) ?? 'other';
}

export function objectiveKindOf(title: string): 'purpose' | 'requirement' | 'target' | null {
  return lookup(OBJECTIVE_KINDS, title) as 'purpose' | 'requirement' | 'target' | null;
}

export function isReportingTitle(title: string): boolean {
  const f = foldKey(title.slice(0, NAME_PREFIX));
  return REPORTING.some((n) => f === n || f.startsWith(`${n} `) || f.startsWith(`${n}:`));
}
