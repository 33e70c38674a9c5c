import type { en } from './en.js';

/** The id of a message of the catalogs (the English catalog defines them; vi.ts must have each). */
export type MessageId = keyof typeof en;
