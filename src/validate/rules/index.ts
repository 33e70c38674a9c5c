import type { Rule } from '../rule.js';
import { appendixReference } from './appendix-reference.js';
import { groupContentMismatch } from './group-content-mismatch.js';
import { numbering } from './numbering.js';
import { planStructure } from './plan-structure.js';
import { signature } from './signature.js';
import { taskEmpty } from './task-empty.js';
import { taskMissingLead } from './task-missing-lead.js';
import { taskOwnerMismatch } from './task-owner-mismatch.js';
import { taskUnitNotInBody } from './task-unit-not-in-body.js';
import { timeframe } from './timeframe.js';
import { unitWithoutTask } from './unit-without-task.js';
import { unknownUnit } from './unknown-unit.js';
import { unitSuperseded } from './unit-superseded.js';

/** Every rule, in the order docs/rules.md lists them. */
export const RULES: readonly Rule[] = [
  planStructure,
  taskOwnerMismatch,
  unitWithoutTask,
  taskUnitNotInBody,
  groupContentMismatch,
  numbering,
  appendixReference,
  signature,
  taskMissingLead,
  taskEmpty,
  timeframe,
  unknownUnit,
  unitSuperseded,
];
