import type { ChalkInstance } from 'chalk';
import type { Listing } from './listing.js';
import type { OutputFormat } from './output-format.js';
import { toCsv } from './csv.js';
import { toMarkdownTable } from './markdown.js';
import { toTable } from './table.js';
import { toJson, toYaml } from './data.js';
import type { Lang } from '../i18n/index.js';

export interface RenderOptions {
  readonly format: OutputFormat;
  /** Terminal width for `table`. */
  readonly columns: number;
  readonly chalk: ChalkInstance;
  /** CSV byte order mark (default true; `--no-bom`). */
  readonly bom?: boolean;
  /** The language of the tool's own words under a table (legends, notes); Vietnamese when absent. */
  readonly lang?: Lang;
}

/** A rendered result: text, or the bytes of a workbook (xlsx). */
export type Rendered = string | Uint8Array;

/** Prints a result: table, csv, md and xlsx from its Listing; json and yaml from its data. */
export async function renderListing(listing: Listing, data: unknown, options: RenderOptions): Promise<Rendered> {
  switch (options.format) {
    case 'table':
      return listing.rows.length === 0 ? '' : toTable(listing, options);
    case 'csv':
      return toCsv(listing, { bom: options.bom ?? true });
    case 'md':
      return toMarkdownTable(listing);
    case 'json':
      return toJson(data);
    case 'yaml':
      return toYaml(data);
    case 'xlsx':
      // Loaded on use: the workbook library is for the runs that ask for a workbook.
      return (await import('./xlsx-sheets.js')).listingWorkbook(listing, options.lang);
  }
}
