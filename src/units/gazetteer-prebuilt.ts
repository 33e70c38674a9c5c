/**
 * The gazetteer's tables as JSON text (gazetteer-tables.ts TablesData), or null. The sources hold
 * null: the tables are then built on first use. scripts/build.mjs replaces this module in the
 * bundle by one that holds the tables it computed from the same data files.
 */
export const PREBUILT_TABLES: string | null = null;
