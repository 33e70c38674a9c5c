import data from '../../data/doc-types.json' with { type: 'json' };
import { foldKey, toneKey } from '../input/keys.js';

// The types of administrative documents and their abbreviations (data/doc-types.json): read by
// the outline (a line naming a type opens a document's title, or the plan a decision carries)
// and by extract (the type of a document number).

interface TypeEntry {
  readonly abbrev: string;
  readonly name: string;
  readonly aliases?: readonly string[];
}

const ENTRIES: readonly TypeEntry[] = [...data.administrative, ...data.legal, ...data.copies];
// Abbreviations are compared exactly: ND 30 pairs QĐ/QyĐ, ĐA/DA, HD/HĐ, CT/CTr differ only in
// case or in Đ/D (domain.md §1.5).
const BY_ABBREV = new Map<string, string>(ENTRIES.map((e) => [e.abbrev, e.name]));
const BY_NAME = new Map<string, string>();
// The name or alias as the data writes it, by its key: "CHƯƠNG TRÌNH HÀNH ĐỘNG" → "Chương trình hành động".
const WRITTEN = new Map<string, string>();
for (const e of ENTRIES) {
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    BY_NAME.set(toneKey(n), e.abbrev);
    WRITTEN.set(toneKey(n), n);
  }
}

/** The type's name as a line writes it, alias included ("CHƯƠNG TRÌNH HÀNH ĐỘNG" → "Chương trình hành động"), or null. */
export function typeNameAsWritten(line: string): string | null {
  return WRITTEN.get(toneKey(line)) ?? null;
}

/** "KH" → "Kế hoạch" (ND 30 Phụ lục III, and the legal types cited by plans). */
export function typeNameOf(abbrev: string): string | null {
  return BY_ABBREV.get(abbrev.normalize('NFC').trim()) ?? null;
}

/** "Kế hoạch", "KẾ HOẠCH", "Chương trình hành động" → the abbreviation; tone placement ignored. */
export function typeAbbrevOf(typeName: string): string | null {
  return BY_NAME.get(toneKey(typeName)) ?? null;
}

const LETTER_MARKS = [...data.letter.subject, ...data.letter.salutation];
// The longest mark ("Kính gửi") and the colon after it fit in this many characters.
const LETTER_MARK_SPAN = 12;

/** The type name of a công văn, which has no abbreviation (data/doc-types.json `letter`). */
export const LETTER_TYPE_NAME = data.letter.name;

/**
 * A line only a công văn has: its trích yếu after "V/v" ("V/v tăng cường triển khai …") or its
 * address "Kính gửi: …" (data/doc-types.json `letter`).
 */
export function isLetterMark(line: string): boolean {
  // The marks open the line: its first words are enough (a paragraph may run long).
  const f = foldKey(line.trim().slice(0, LETTER_MARK_SPAN));
  return LETTER_MARKS.some((m) => f.startsWith(m) && /^(?:[\s:]|$)/u.test(f.slice(m.length)));
}
