import type { Plan } from '../model/types.js';
import { diffAppendices, diffFunding, diffReporting } from './closing.js';
import { diffHeader } from './header.js';
import { diffItems } from './lists.js';
import { diffResponsibilities } from './responsibilities.js';
import { diffSections } from './sections.js';
import { diffTasks } from './tasks.js';
import type { Change, DocumentSummary, PlanDiff } from './types.js';
import { DEFAULT_LANG, type Lang } from '../i18n/index.js';

/**
 * `plan diff OLD NEW`: the two models compared part by part, in the order a reader meets the
 * parts. Works on models, so a .doc draft compares with an issued PDF. The few words of its own
 * (a header change's `note`) are in `lang`, with their message id beside them.
 */
export function diffPlans(oldPlan: Plan, newPlan: Plan, lang: Lang = DEFAULT_LANG): PlanDiff {
  const changes: Change[] = [
    ...diffHeader(oldPlan, newPlan, lang),
    ...diffItems('basis', oldPlan.document.bases.map((b) => ({ id: null, text: b.text, source: b.source })), newPlan.document.bases.map((b) => ({ id: null, text: b.text, source: b.source }))),
    ...diffSections(oldPlan, newPlan),
    ...diffItems('objective', oldPlan.objectives, newPlan.objectives),
    ...diffItems('content', contentItems(oldPlan), contentItems(newPlan)),
    ...diffFunding(oldPlan, newPlan),
    ...diffResponsibilities(oldPlan.responsibilities, newPlan.responsibilities),
    ...diffReporting(oldPlan, newPlan),
    ...diffItems('recipient', recipients(oldPlan), recipients(newPlan)),
    ...diffAppendices(oldPlan, newPlan),
    ...diffTasks(oldPlan.tasks, newPlan.tasks),
  ];
  return { diffVersion: 1, old: summary(oldPlan), new: summary(newPlan), same: !changes.some((c) => c.substantive), changes };
}

function summary(plan: Plan): DocumentSummary {
  return { path: plan.source.path, number: plan.document.number, date: plan.document.date };
}

/** Items of the content areas, each under its area's id and line (items carry no position of their own). */
function contentItems(plan: Plan) {
  return plan.contentAreas.flatMap((a) => a.items.map((text) => ({ id: a.id, text, source: a.source })));
}

function recipients(plan: Plan) {
  return plan.document.recipients.map((text) => ({ id: null, text, source: null }));
}
