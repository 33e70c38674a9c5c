/**
 * The library API for scripts:
 *
 *   import { parsePlan, findTasks, validatePlan } from 'kehoach';
 *   const { plan, diagnostics } = parsePlan(bytes, { path: 'plan.txt' });
 *   const hits = findTasks([plan], { unit: 'Sở Giáo dục' });
 *   const findings = validatePlan(plan, diagnostics);
 *
 * Every format but PDF is available through parsePlan from this entry; readPlan reads PDF too
 * (the CLI loads each reader only when a file needs it).
 */
import { registerReaders } from './parse-plan.js';
import { readDocx } from './parse/docx/index.js';
import { readHtml } from './parse/html.js';
import { readMarkdown } from './parse/markdown.js';
import { readDoc } from './parse/doc/index.js';

// PDF is not registered here: pdf.js is large and asynchronous, so readPlan loads it for the
// PDF files it is given (parsePlan refuses a PDF and says to call readPlan).
registerReaders({ docx: (bytes, file) => readDocx(bytes, file), html: readHtml, markdown: readMarkdown, doc: readDoc });

export type * from './model/types.js';
export type { Diagnostic, Severity, Place } from './model/diagnostic.js';
export type { PlanConfig } from './config/types.js';
export { InputError, UsageError } from './model/errors.js';
export { parsePlan, readPlan, type ParseOptions, type ParseResult } from './parse-plan.js';
export { validatePlan, explainPairings, RULES, type ValidateOptions, type RuleSetting } from './validate/index.js';
export { findTasks, listUnits, unitDossier, planOverview, listObjectives, listContent, listResponsibilities, type TaskFilters, type TaskHit } from './query/index.js';
export { createUnitMatcher, sameUnit, suggestUnits } from './units/match.js';
export { canonicalUnit } from './units/canonical.js';
export { diffPlans } from './diff/index.js';
export type { PlanDiff, Change } from './diff/index.js';
export { successorsOf, predecessorsOf, type Succession, type SuccessorUnit } from './units/successors.js';
export { planProvince } from './units/province.js';
export { withSuccessors } from './query/as-of.js';
