/**
 * The library API for scripts:
 *
 *   import { parsePlan } from 'kehoach';
 *   const { plan, diagnostics } = parsePlan(bytes, { path: 'plan.txt' });
 */
export type * from './model/types.js';
export type { Diagnostic, Severity, Place } from './model/diagnostic.js';
export type { PlanConfig } from './config/types.js';
export { InputError, UsageError } from './model/errors.js';
export { parsePlan, type ParseOptions, type ParseResult } from './parse-plan.js';
