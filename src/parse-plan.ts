import type { Plan, InputFormat } from './model/types.js';
import type { Diagnostic } from './model/diagnostic.js';

export interface ParseOptions {
  /** The path as the user gave it, or null for standard input / a string. */
  readonly path?: string | null;
  /** Overrides format detection. */
  readonly format?: InputFormat;
}

export interface ParseResult {
  readonly plan: Plan;
  /** Repairs made while reading (info) and structural findings; sorted by place. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads a plan from bytes (any supported format) or from a string of text. Never throws on a
 *  badly structured document; throws InputError when the input cannot be read as a plan. */
export function parsePlan(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  void input;
  void options;
  throw new Error('not implemented yet');
}
