/**
 * The plan model: the JSON contract of `plan export` (../shared/spec/model.md).
 * Add fields freely; rename or remove one only with a schemaVersion bump.
 */

/** Where a part of the model was read. */
export interface Source {
  /** 'line' for text, Markdown and HTML; 'paragraph' or 'row' for .docx and .doc; 'page' for PDF. */
  readonly kind: 'line' | 'paragraph' | 'row' | 'page';
  /** 1-based line in the original file (paragraph / table-row index for .docx; line on the page for PDF). */
  readonly line: number;
  /** 1-based page number (PDF only). */
  readonly page?: number;
  /** 1-based column in the original file, counted in UTF-16 code units of the original text. */
  readonly column: number;
}

export type InputFormat = 'text' | 'markdown' | 'docx' | 'html' | 'pdf' | 'doc';

export interface Plan {
  readonly schemaVersion: 1;
  readonly source: { readonly path: string | null; readonly format: InputFormat; readonly sha256: string };
  readonly document: DocumentInfo;
  readonly outline: readonly Section[];
  readonly objectives: readonly Objective[];
  readonly contentAreas: readonly ContentArea[];
  readonly funding: { readonly text: string; readonly source: Source } | null;
  readonly responsibilities: readonly Responsibility[];
  readonly reporting: Reporting | null;
  readonly appendices: readonly Appendix[];
  readonly tasks: readonly Task[];
  readonly units: readonly Unit[];
  /** What the reader read and what it could not place (DESIGN.md §16); absent in hand-built plans. */
  readonly coverage?: Coverage;
}

/**
 * How much of the document became parts of the model: a reader (and `validate`) can tell
 * "nothing there" from "not understood".
 */
export interface Coverage {
  /** Body rows of the task tables (header rows aside): how many became tasks or group rows. */
  readonly rows: { readonly total: number; readonly tasks: number; readonly groups: number; readonly unread: number };
  /** Numbered paragraphs and lines (I., 1., a) …) of the document: how many became sections. */
  readonly numbered: { readonly total: number; readonly sections: number };
  /**
   * Lines of text assigned to no part (not header, basis, section, closing or appendix), and
   * the runs they make, each where it starts.
   */
  readonly unassigned: { readonly lines: number; readonly runs?: readonly { readonly source: Source; readonly lines: number }[] };
  /** Lines of the document that hold text (paragraph lines and table rows): what the share of unassigned lines is taken of. */
  readonly lines?: number;
}

export interface DocumentInfo {
  /** "446/KH-UBND" as written after "Số:"; null when the number is blank (a draft). */
  readonly number: string | null;
  /** Abbreviation of the type taken from the number ("KH"), or from the type name. */
  readonly type: string | null;
  readonly typeName: string | null;
  readonly issuer: string | null;
  readonly place: string | null;
  /** ISO date YYYY-MM-DD. */
  readonly date: string | null;
  readonly title: string | null;
  readonly bases: readonly Basis[];
  readonly signature: Signature | null;
  readonly recipients: readonly string[];
  /** A Quyết định that issues a plan: the attached plan's type name and title. */
  readonly carries: { readonly typeName: string; readonly title: string | null } | null;
}

export interface Basis {
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly source: Source;
}

export interface Citation {
  readonly text: string;
  readonly type: string | null;
  readonly number: string | null;
  readonly date: string | null;
  readonly issuer: string | null;
}

export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN" */
  readonly authority: string | null;
  /** "KT. CHỦ TỊCH", repaired when OCR wrote "KÊ CHỦ TỊCH". */
  readonly capacity: string | null;
  readonly title: string | null;
  readonly signer: string | null;
  /** The capacity line exactly as the document printed it ("KÊ CHỦ TỊCH"), when it was repaired. */
  readonly capacityAsWritten: string | null;
  readonly source: Source;
}

export type SectionRole = 'objectives' | 'content' | 'funding' | 'organization' | 'other';

export interface Section {
  /** "IV.5": the numbers of the section and its ancestors joined by dots. */
  readonly id: string;
  /** The marker as numbered: "IV", "5", "a". */
  readonly number: string;
  readonly title: string;
  readonly role: SectionRole;
  readonly children: readonly Section[];
  readonly source: Source;
}

export interface Objective {
  readonly id: string;
  readonly kind: 'purpose' | 'requirement' | 'target';
  readonly text: string;
  readonly source: Source;
}

export interface ContentArea {
  readonly id: string;
  readonly title: string;
  readonly items: readonly string[];
  readonly source: Source;
}

export interface Responsibility {
  readonly id: string;
  readonly heading: string;
  readonly units: readonly UnitRef[];
  readonly mode: 'assigned' | 'requested';
  readonly duties: readonly string[];
  /** Where each duty was read, in the order of `duties`. */
  readonly dutySources: readonly Source[];
  readonly source: Source;
}

export interface Reporting {
  readonly deadline: string | null;
  readonly recurring: boolean;
  /**
   * A deadline written without a year, as one that recurs is ("trước ngày 10/12 hằng năm"):
   * its month and day (month 12, day 10). A day of every month ("trước ngày 18 hằng tháng")
   * has a day and no month. Absent when the deadline has a year or no day is written.
   */
  readonly month?: number;
  readonly day?: number;
  readonly text: string;
  readonly source: Source;
}

export type ColumnRole = 'number' | 'task' | 'lead' | 'support' | 'timeframe' | 'output' | 'budget' | 'note' | 'other';

export interface Appendix {
  readonly id: string;
  readonly kind: 'tasks' | 'table' | 'text';
  readonly title: string;
  readonly reference: { readonly text: string; readonly number: string | null; readonly date: string | null; readonly source: Source } | null;
  readonly columns: readonly { readonly header: string; readonly role: ColumnRole }[];
  readonly groups: readonly { readonly id: string; readonly title: string }[];
  readonly rows: readonly (readonly string[])[] | null;
  readonly source: Source;
}

export interface Timeframe {
  readonly text: string;
  readonly kind: 'date' | 'range' | 'deadline' | 'recurring' | 'continuous' | 'unknown';
  readonly start: string | null;
  readonly end: string | null;
}

export interface UnitRef {
  /** As written: "Đài PT&TH tỉnh". */
  readonly text: string;
  /** Canonical: "Đài Phát thanh và Truyền hình tỉnh". */
  readonly name: string;
  readonly collective: boolean;
  /** A named person ("Ông Nguyễn Văn A - Phó Giám đốc"), not a body: `name` is the person's name. */
  readonly person: boolean;
  /** A role note written with the unit: "Sở Tài chính (cơ quan chủ trì)" → "cơ quan chủ trì". */
  readonly role: string | null;
  /**
   * Only in `plan export --as-of DATE`: who does the unit's work on that day (data/successors.json),
   * null when no change of the body is known. `name` stays as the plan names it.
   */
  readonly successor?: UnitSuccessor | null;
}

/** A unit's successor after a restructuring (the 2025 merges), as of a day. */
export interface UnitSuccessor {
  /** The day the answer is for, YYYY-MM-DD. */
  readonly asOf: string;
  readonly kind: 'merged' | 'renamed' | 'split' | 'abolished';
  /** The day the successor started work (YYYY-MM-DD), or the year when the sources give no day. */
  readonly effective: string;
  /** Every successor; several for a split (the function decides which), each with the functions it took. */
  readonly units: readonly { readonly name: string; readonly scope: string | null }[];
  /** The body changed, but its successor's name in the plan's province is not known (`units` is empty). */
  readonly unknown: boolean;
  readonly note: string | null;
}

export interface Task {
  readonly id: string;
  readonly origin: 'appendix' | 'body';
  readonly appendix: string | null;
  readonly group: { readonly id: string; readonly title: string } | null;
  /** The STT cell as written; for a sub-row, the STT of its numbered row. */
  readonly number: string;
  /** A sub-row (no STT of its own, under a vertically merged STT cell) names its numbered row's task id. */
  readonly parent: string | null;
  readonly description: string;
  readonly lead: readonly UnitRef[];
  readonly support: readonly UnitRef[];
  readonly timeframe: Timeframe | null;
  readonly extra: Readonly<Record<string, string>>;
  readonly source: Source;
  /** Where the lead and support cells were read (absent for body tasks that name none). */
  readonly leadSource?: Source;
  readonly supportSource?: Source;
}

export interface Unit {
  readonly name: string;
  readonly variants: readonly string[];
  readonly collective: boolean;
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly responsibilities: readonly string[];
}
