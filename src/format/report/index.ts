import { h } from 'hastscript';
import type { Element } from 'hast';
import { planContext, sectionAnchor, type PlanContext, type ReportPlan } from './context.js';
import { reportLabels, type ReportLang } from './labels.js';
import { headerCard } from './header-card.js';
import { matrix } from './matrix.js';
import { timeline } from './timeline.js';
import { taskList } from './task-list.js';
import { excerpts, findings } from './findings.js';
import { dossiers } from './dossiers.js';
import { crossPlan, planLabels } from './cross-plan.js';
import { renderPage } from './page.js';

export type { ReportPlan } from './context.js';
export type { ReportLang } from './labels.js';

export interface ReportOptions {
  readonly lang?: ReportLang;
  /** The program's name and version, printed in the footer. */
  readonly generator?: string;
}

function planSection(ctx: PlanContext, label: string, multi: boolean): Element {
  return h('section.plan', { id: ctx.prefix }, [
    multi ? h('h2.plan-title', label) : null,
    headerCard(ctx),
    matrix(ctx),
    timeline(ctx),
    findings(ctx),
    dossiers(ctx),
    taskList(ctx),
    excerpts(ctx),
  ]);
}

/**
 * `plan report`: one self-contained HTML page for one plan or several (a plan selector and a
 * view of the units across them). Pure: the caller reads the files and runs validate.
 */
export function renderReport(plans: readonly ReportPlan[], options: ReportOptions = {}): string {
  const labels = reportLabels(options.lang ?? 'vi');
  const contexts = plans.map((p, i) => planContext(p, labels, i));
  const names = planLabels(contexts);
  const multi = contexts.length > 1;
  const first = contexts[0];
  const title = multi || !first ? `${labels.pageTitle}: ${names.join(', ')}` : `${labels.pageTitle} ${names[0] ?? ''}: ${first.input.plan.document.title ?? ''}`;
  const hasTasks = (first?.input.plan.tasks.length ?? 0) > 0;
  const hasUnits = (first?.input.plan.units.length ?? 0) > 0;
  const sections: [string, string][] = [
    ['header', labels.header],
    ['matrix', labels.matrix],
    ...(hasTasks ? [['timeline', labels.timeline] as [string, string]] : []),
    ['findings', labels.findings],
    ...(hasUnits ? [['units', labels.dossiers] as [string, string]] : []),
    ...(hasTasks ? [['tasks', labels.tasks] as [string, string]] : []),
  ];
  const toc: [string, string][] = multi
    ? [...contexts.map((c, i): [string, string] => [c.prefix, names[i] ?? c.prefix]), ['cross-plan', labels.crossPlan]]
    : first
      ? sections.map(([name, label]): [string, string] => [sectionAnchor(first.prefix, name), label])
      : [];
  return renderPage({
    title: title.trim(),
    labels,
    toc,
    plans: multi ? contexts.map((c, i): [string, string] => [c.prefix, names[i] ?? c.prefix]) : [],
    body: [...contexts.map((c, i) => planSection(c, names[i] ?? c.prefix, multi)), ...(multi ? [crossPlan(contexts, labels)] : [])],
    footer: options.generator ?? labels.generator,
  });
}
