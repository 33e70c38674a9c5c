import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Plan } from '../../model/types.js';
import { formatDate, type Labels } from './labels.js';
import { isProblem, sectionAnchor, type PlanContext } from './context.js';

/**
 * The period the plan's tasks span: the earliest start and the latest end of the timeframes
 * that give dates (a deadline's start is not known, so it adds only its end). Null when no
 * timeframe gives a date.
 */
export function planPeriod(plan: Plan): { start: string | null; end: string | null } | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const t of plan.tasks) {
    const tf = t.timeframe;
    if (!tf) continue;
    if (tf.start !== null && (start === null || tf.start < start)) start = tf.start;
    if (tf.end !== null && (end === null || tf.end > end)) end = tf.end;
  }
  return start === null && end === null ? null : { start, end };
}

function periodText(plan: Plan, labels: Labels): string | null {
  const period = planPeriod(plan);
  if (!period) return null;
  const from = period.start !== null ? formatDate(period.start, labels) : '…';
  const to = period.end !== null ? formatDate(period.end, labels) : '…';
  return `${from} – ${to} (${labels.periodNote})`;
}

function signerText(plan: Plan): string | null {
  const s = plan.document.signature;
  if (!s || (!s.signer && !s.title)) return null;
  const role = [s.capacity, s.title].filter((x): x is string => Boolean(x)).join(' – ');
  return s.signer ? (role ? `${s.signer} (${role})` : s.signer) : role;
}

function deadlineText(plan: Plan, labels: Labels): string | null {
  const r = plan.reporting;
  if (!r) return null;
  const date = r.deadline !== null ? formatDate(r.deadline, labels) : null;
  if (date === null) return r.recurring ? labels.recurringReport : null;
  return r.recurring ? `${date} (${labels.recurringReport})` : date;
}

/** Number, date, issuer, title, signer, period, report deadline, source file and its SHA-256. */
export function headerCard(ctx: PlanContext): Element {
  const { plan, file, findings } = ctx.input;
  const { labels } = ctx;
  const doc = plan.document;
  const rows: [string, string | null, string?][] = [
    [labels.number, doc.number],
    [labels.date, doc.date !== null ? formatDate(doc.date, labels) : null],
    [labels.issuer, doc.issuer],
    [labels.title, [doc.typeName, doc.title].filter(Boolean).join(' ') || null],
    [labels.signer, signerText(plan)],
    [labels.period, periodText(plan, labels)],
    [labels.reportDeadline, deadlineText(plan, labels)],
    [labels.sourceFile, file],
    [labels.sha256, plan.source.sha256, 'hash'],
  ];
  const errors = findings.filter((d) => d.severity === 'error').length;
  const warnings = findings.filter((d) => d.severity === 'warning').length;
  return h('section.card', { id: sectionAnchor(ctx.prefix, 'header') }, [
    h('h2', [doc.number ? `${doc.typeName ?? labels.plans} ${doc.number}` : (doc.title ?? file)]),
    h(
      'dl',
      rows.flatMap(([term, value, cls]) => [h('dt', term), h('dd', cls ? { class: cls } : {}, value ?? labels.none)]),
    ),
    h('p.counts', [
      h('a', { href: `#${sectionAnchor(ctx.prefix, 'findings')}`, class: errors > 0 ? 'bad' : warnings > 0 ? 'warn' : 'ok' }, labels.counts(plan.tasks.length, plan.units.length, errors, warnings)),
    ]),
    findings.some(isProblem) ? null : h('p.note', labels.noFindings),
  ]);
}
