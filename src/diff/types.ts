/**
 * The change list of `plan diff OLD NEW` (docs/diff.md, schema/diff.schema.json): what a
 * reader comparing the two documents side by side would note, part by part. Add fields freely;
 * rename or remove one only with a `diffVersion` bump.
 */

/** One run of a word-level diff (from the `diff` package's diffWords). */
export interface WordPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** A text that changed, with its word-level diff. */
export interface TextChange {
  readonly old: string;
  readonly new: string;
  readonly words: readonly WordPart[];
}

/** Units named in one document and not the other (canonical names; the same body written two ways is no change). */
export interface UnitsChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** A list of texts (duties, items, recipients) compared item by item. */
export interface ListChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly reworded: readonly TextChange[];
}

/** Where a part is in one of the two documents. */
export interface PartRef {
  /** The part's id in that document ("II.1", "IV.5", "PL"); null for parts without one. */
  readonly id: string | null;
  /** 1-based line (paragraph or row for .docx) in that document; null for parts read without a position (recipients, content items use their section's). */
  readonly line: number | null;
  /** Its text: a title, a description, a duty, a unit list. */
  readonly text: string;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

interface ChangeBase {
  readonly kind: ChangeKind;
  /** Where the part is in the old document (null when added). */
  readonly old: PartRef | null;
  /** Where the part is in the new document (null when removed). */
  readonly new: PartRef | null;
  /**
   * False when the two documents say the same thing in other letters: only case, tone placement
   * (hòa/hoà), spacing or punctuation differ, or an OCR slip the parser read the same way in both.
   * `plan diff` exits 0 when no change is substantive.
   */
  readonly substantive: boolean;
}

export type HeaderField =
  | 'number'
  | 'typeName'
  | 'issuer'
  | 'place'
  | 'date'
  | 'title'
  | 'signature.authority'
  | 'signature.capacity'
  | 'signature.title'
  | 'signature.signer';

export interface HeaderChange extends ChangeBase {
  readonly part: 'header';
  readonly field: HeaderField;
  readonly text: TextChange | null;
  /** Why a change is not substantive, when it is not ("both read as "KT. CHỦ TỊCH""), in the language of the run. */
  readonly note?: string;
  /** The catalog id of `note` (src/i18n) and its parameters, so that a script never parses the prose. */
  readonly noteId?: string;
  readonly noteParams?: Readonly<Record<string, string>>;
}

/** A legal basis ("Căn cứ …"), a recipient, an objective or a content item: a text in a list. */
export interface ItemChange extends ChangeBase {
  readonly part: 'basis' | 'recipient' | 'objective' | 'content';
  readonly text: TextChange | null;
}

export interface SectionChange extends ChangeBase {
  readonly part: 'section';
  /** The section has another number (renumbered or moved). */
  readonly moved: boolean;
  readonly title: TextChange | null;
}

export interface ResponsibilityChange extends ChangeBase {
  readonly part: 'responsibility';
  readonly moved: boolean;
  readonly units: UnitsChange | null;
  /** "giao" (assigned) ↔ "đề nghị" (requested). */
  readonly mode: { readonly old: string; readonly new: string } | null;
  /** The heading reworded while naming the same units. */
  readonly heading: TextChange | null;
  readonly duties: ListChange | null;
}

export interface TaskChange extends ChangeBase {
  readonly part: 'task';
  /** The task has another id (renumbered, or moved to another group). */
  readonly moved: boolean;
  readonly description: TextChange | null;
  readonly lead: UnitsChange | null;
  readonly support: UnitsChange | null;
  readonly timeframe: { readonly old: string | null; readonly new: string | null } | null;
}

export interface FundingChange extends ChangeBase {
  readonly part: 'funding';
  readonly text: TextChange | null;
}

export interface ReportingChange extends ChangeBase {
  readonly part: 'reporting';
  readonly deadline: { readonly old: string | null; readonly new: string | null } | null;
  readonly text: TextChange | null;
}

export interface AppendixChange extends ChangeBase {
  readonly part: 'appendix';
  readonly title: TextChange | null;
  /** The "(Kèm theo Kế hoạch số … ngày …)" line. */
  readonly reference: TextChange | null;
  /** Group rows of a task table ("I. Công tác chỉ đạo …"). */
  readonly groups: ListChange | null;
}

export type Change =
  | HeaderChange
  | ItemChange
  | SectionChange
  | ResponsibilityChange
  | TaskChange
  | FundingChange
  | ReportingChange
  | AppendixChange;

export interface DocumentSummary {
  readonly path: string | null;
  readonly number: string | null;
  readonly date: string | null;
}

export interface PlanDiff {
  readonly diffVersion: 1;
  readonly old: DocumentSummary;
  readonly new: DocumentSummary;
  /** True when no change is substantive (`plan diff` exits 0). */
  readonly same: boolean;
  /** In document order of the parts: header, bases, sections, objectives, content, funding, responsibilities, reporting, recipients, appendices, tasks. */
  readonly changes: readonly Change[];
}
