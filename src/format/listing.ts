/**
 * A result laid out as rows of text cells: what the table, csv and md formats print. Each
 * command turns its result into a Listing once, so the three formats always show the same
 * columns.
 */
export interface ListingColumn {
  readonly header: string;
  /**
   * How a terminal table sizes the column: 'fit' takes the width of its longest cell (up to
   * `max`); 'flex' shares the remaining width with the other flex columns, by `weight`.
   */
  readonly size: 'fit' | 'flex';
  readonly weight?: number;
  readonly max?: number;
}

export interface Listing {
  readonly columns: readonly ListingColumn[];
  readonly rows: readonly (readonly string[])[];
  /** Lines printed under a table or md table (e.g. what a mark means); not part of csv. */
  readonly notes?: readonly string[];
}
