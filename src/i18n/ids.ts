import type { englishCatalog } from './en.js';

/** The id of a message of the catalogs (the English catalog defines them; vi.ts must have each). */
export type MessageId = keyof ReturnType<typeof englishCatalog>;
