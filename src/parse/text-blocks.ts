// What the parser hands on: lines of text and table cells, with where they start in the text.

/** One line of text as the document shows it, with where it starts in ReadDocument.text. */
export interface Line {
  readonly text: string;
  readonly offset: number;
}

export interface Cell {
  readonly text: string;
  readonly offset: number;
  /** Columns this cell spans (a group row merged across the table). */
  readonly colspan?: number;
  /** The cell repeats a value merged down from the row above. */
  readonly merged?: boolean;
  /**
   * The cell's own lines, when it has more than one (paragraphs of a .docx cell, "<br>" in
   * HTML): each is an item of its own ("Đỗ Mạnh Cường" / "Vũ Việt Linh").
   */
  readonly lines?: readonly string[];
  /** Where each of `lines` starts in ReadDocument.text, when the reader knows it. */
  readonly lineOffsets?: readonly number[];
}

export type Block =
  | { readonly kind: 'text'; readonly lines: readonly Line[]; readonly heading: boolean; readonly depth?: number }
  | { readonly kind: 'table'; readonly rows: readonly (readonly Cell[])[]; readonly offset: number };
