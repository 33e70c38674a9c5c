import { placeOf, type Place } from '../../model/diagnostic.js';
import type { Section } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { toneKey } from '../../input/keys.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';
import words from '../../../data/plan-structure.json' with { type: 'json' };
import { LETTER } from '../../model/letters.js';
import { mentionsAppendix, planEnding, stopsMidSentence } from '../plan-ending.js';

const LEADING_NON_LETTERS = new RegExp(String.raw`^[^${LETTER}]+`, 'u');

/**
 * A plan the tool did not understand never passes (issue 13): the parts every plan has were
 * looked for and not found, or too much of the text went to no part. Each finding says what
 * was not found and where to look.
 *
 * UNASSIGNED_SHARE: with the parser's coverage, a plan fails when more than this share of its
 * lines holding text went to no part. The header, bases, sections, duties, tables and closing
 * all count as parts, so what is left is text the outline could not place: a quarter of a plan
 * is several sections' worth (the sample's body is 60 of its 190 lines).
 */
export const UNASSIGNED_SHARE = 0.25;

const TASK_TITLES = words.taskTitles.map((w) => toneKey(w));
const PLAN_TYPES = new Set(words.planTypes);
const NOT_TASK_STARTS = words.notTaskStarts.map((w) => toneKey(w));
const START: Place = { line: 1, column: 1 };

/** Whether an appendix's title announces a task table ("DANH MỤC CÁC NHIỆM VỤ …"), not a form that names tasks. */
export function announcesTasks(title: string): boolean {
  const key = toneKey(title).replace(LEADING_NON_LETTERS, '');
  if (NOT_TASK_STARTS.some((w) => key === w || key.startsWith(`${w} `) || key.startsWith(`${w}:`))) return false;
  return TASK_TITLES.some((w) => ` ${key} `.includes(` ${w} `) || key.includes(` ${w},`));
}

function findOrganization(outline: readonly Section[]): Section | null {
  const stack = [...outline].reverse();
  for (let s = stack.pop(); s !== undefined; s = stack.pop()) {
    if (s.role === 'organization') return s;
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i] as Section);
  }
  return null;
}

// The last words of a paragraph that breaks off, quoted so that the reader finds the spot: a
// few words are enough to search for and stay on one line of a terminal.
const TAIL_WORDS = 6;

/**
 * A plan cut off or saved in part (a plan it could not read never passes): NĐ 30/2020 ends
 * every text with its recipients (Nơi nhận) and the signature block (domain.md §1.6), and a
 * draft leaves the name blank but keeps both parts. A plan with neither, whose last paragraph
 * also breaks off mid-sentence or whose body refers to an appendix the file does not hold, was
 * cut; a body given without its closing that ends on a whole sentence is an excerpt and passes.
 * The finding stands where the text stops.
 */
function cutOff(ctx: RuleContext): Finding | null {
  const { plan } = ctx;
  const doc = plan.document;
  if (doc.recipients.length > 0 || doc.signature) return null;
  const end = planEnding(plan);
  if (!end) return null;
  const evidence = [
    ...(stopsMidSentence(end.text) ? [msg('plan-structure.endsMidSentence', { text: end.text.trim().split(/\s+/u).slice(-TAIL_WORDS).join(' ') })] : []),
    ...(plan.appendices.length === 0 && mentionsAppendix(plan) ? [msg('plan-structure.appendixAbsent')] : []),
  ];
  return evidence.length ? { message: msg('plan-structure.cutOff', { evidence }), place: placeOf(end.source) } : null;
}

export const planStructure: Rule = {
  id: 'plan-structure',
  severity: 'error',
  description:
    'The parts every plan has were not found: no numbered sections, a document of a type that is not a plan (a Thông báo; a Công văn, read from its "V/v" subject or "Kính gửi" with no type in its number), no TỔ CHỨC THỰC HIỆN with no responsibilities and no tasks, a TỔ CHỨC THỰC HIỆN from which no unit was read, an appendix titled as a task list with no task rows, a plan that stops with neither Nơi nhận nor signature and breaks off mid-sentence or lacks the appendix it refers to (cut off), or a large share of the text assigned to no part. A plan that was not understood does not pass.',
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    const out: Finding[] = [];
    if (plan.outline.length === 0) {
      out.push({
        message: msg('plan-structure.noSections'),
        place: START,
      });
    }
    const organization = findOrganization(plan.outline);
    const doc = plan.document;
    // What says who must do what: a TỔ CHỨC THỰC HIỆN, the units' parts, the tasks.
    const missing = [
      ...(organization ? [] : [msg('plan-structure.partOrganization')]),
      ...(plan.responsibilities.length ? [] : [msg('plan-structure.partResponsibilities')]),
      ...(plan.tasks.length ? [] : [msg('plan-structure.partTasks')]),
    ];
    // A type with no abbreviation (a công văn, read from its "V/v" and "Kính gửi") is no plan's.
    const ownType = doc.type ?? (doc.typeName ? '' : null);
    if (ownType !== null && !PLAN_TYPES.has(ownType) && !doc.carries) {
      const kind = doc.type ? `${doc.typeName ?? doc.type} (${doc.type})` : (doc.typeName as string);
      out.push({
        message: missing.length ? msg('plan-structure.notAPlanMissing', { kind, missing }) : msg('plan-structure.notAPlan', { kind }),
        place: START,
      });
    } else if (plan.outline.length > 0 && missing.length === 3) {
      out.push({
        message: msg('plan-structure.nothingAssigned', { sections: plan.outline.map((s) => s.id).join(', ') }),
        place: placeOf((plan.outline[0] as Section).source),
      });
    }
    const cut = plan.outline.length > 0 && (ownType === null || PLAN_TYPES.has(ownType) || doc.carries) ? cutOff(ctx) : null;
    if (cut) out.push(cut);
    if (organization && plan.responsibilities.length === 0) {
      out.push({
        message: msg('plan-structure.noResponsibilities', { id: organization.id, title: organization.title }),
        place: placeOf(organization.source),
      });
    }
    for (const a of plan.appendices) {
      if (!announcesTasks(a.title)) continue;
      if (plan.tasks.some((t) => t.appendix === a.id)) continue;
      out.push({
        message: msg('plan-structure.noTaskRows', { appendix: a.id, title: a.title, why: msg(a.kind === 'table' ? 'plan-structure.plainTable' : 'plan-structure.noTable') }),
        place: placeOf(a.source),
      });
    }
    const cov = ctx.coverage;
    if (cov && cov.lines > 0) {
      const unread = cov.unassigned.reduce((n, r) => n + r.lines, 0);
      if (unread > UNASSIGNED_SHARE * cov.lines) {
        const largest = [...cov.unassigned].sort((x, y) => y.lines - x.lines || x.place.line - y.place.line)[0];
        out.push({
          message: msg('plan-structure.unassigned', { unread, lines: cov.lines, percent: Math.round((100 * unread) / cov.lines), largest: largest?.lines ?? 0 }),
          place: largest?.place ?? START,
        });
      }
    }
    return out;
  },
  examples: {
    notOk: examplePlan({ body: ['Các sở, ngành căn cứ chức năng, nhiệm vụ tổ chức thực hiện.'] }),
    ok: examplePlan({
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN', 'II. TỔ CHỨC THỰC HIỆN', '1. Sở Thông tin và Truyền thông', '- Mở chuyên mục về ASEAN trên Cổng thông tin điện tử.'],
    }),
  },
};
