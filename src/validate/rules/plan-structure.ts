import { placeOf, type Place } from '../../model/diagnostic.js';
import type { Section } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { toneKey } from '../../input/keys.js';
import { quote } from '../quote.js';
import { examplePlan } from './example-plan.js';
import words from '../../../data/plan-structure.json' with { type: 'json' };
import { LETTER } from '../../model/letters.js';

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

export const planStructure: Rule = {
  id: 'plan-structure',
  severity: 'error',
  description:
    'The parts every plan has were not found: no numbered sections, a document of a type that is not a plan (a Thông báo), no TỔ CHỨC THỰC HIỆN with no responsibilities and no tasks, a TỔ CHỨC THỰC HIỆN from which no unit was read, an appendix titled as a task list with no task rows, or a large share of the text assigned to no part. A plan that was not understood does not pass.',
  check(ctx: RuleContext): Finding[] {
    const { plan } = ctx;
    const out: Finding[] = [];
    if (plan.outline.length === 0) {
      out.push({
        message:
          'No numbered sections (I., II., 1., 2. …) were found, so the plan was read as a header and nothing else. Check that the body is in the file and that its sections are numbered (NĐ 30/2020: I., 1., a)); a plan written as plain paragraphs cannot be checked.',
        place: START,
      });
    }
    const organization = findOrganization(plan.outline);
    const doc = plan.document;
    // What says who must do what: a TỔ CHỨC THỰC HIỆN, the units' parts, the tasks.
    const missing = [
      ...(organization ? [] : ['TỔ CHỨC THỰC HIỆN section']),
      ...(plan.responsibilities.length ? [] : ["unit's responsibilities"]),
      ...(plan.tasks.length ? [] : ['task']),
    ];
    if (doc.type && !PLAN_TYPES.has(doc.type) && !doc.carries) {
      const kind = `${doc.typeName ?? 'document'} (${doc.type})`;
      out.push({
        message: `The document is a ${kind}, not a plan (Kế hoạch, Chương trình, Phương án, Đề án, or a Quyết định that issues one)${missing.length ? `, and no ${missing.join(', no ')} was found in it` : ''}. The checks compare what a plan assigns; check that this is the file meant to be validated.`,
        place: START,
      });
    } else if (plan.outline.length > 0 && missing.length === 3) {
      out.push({
        message: `No TỔ CHỨC THỰC HIỆN section, no unit's responsibilities and no task were found: nothing read says who must do what. Look at the titles of the top sections (${plan.outline.map((s) => s.id).join(', ')}) and at how the tasks name their units ("Đơn vị chủ trì: …", "Giao Sở … chủ trì").`,
        place: placeOf((plan.outline[0] as Section).source),
      });
    }
    if (organization && plan.responsibilities.length === 0) {
      out.push({
        message: `Section ${organization.id} ${quote(organization.title)} was found, but no unit's responsibilities were read from it. Look at how its parts name their units ("1. Sở Tài chính: …", "Giao Sở … chủ trì"): the checks that compare the body with the appendix had nothing to compare.`,
        place: placeOf(organization.source),
      });
    }
    for (const a of plan.appendices) {
      if (!announcesTasks(a.title)) continue;
      if (plan.tasks.some((t) => t.appendix === a.id)) continue;
      out.push({
        message: `Appendix ${a.id} is titled ${quote(a.title)}, but no task row was read from it${a.kind === 'table' ? ' (its table was read as a plain table: no column was taken for the task, the lead unit or the number)' : ' (no table was found under the title)'}. Check its header row and its STT column.`,
        place: placeOf(a.source),
      });
    }
    const cov = ctx.coverage;
    if (cov && cov.lines > 0) {
      const unread = cov.unassigned.reduce((n, r) => n + r.lines, 0);
      if (unread > UNASSIGNED_SHARE * cov.lines) {
        const largest = [...cov.unassigned].sort((x, y) => y.lines - x.lines || x.place.line - y.place.line)[0];
        out.push({
          message: `${unread} of the ${cov.lines} lines that hold text (${Math.round((100 * unread) / cov.lines)}%) were assigned to no part of the plan; the largest run, ${largest?.lines ?? 0} lines, starts here. Look for numbering the outline did not recognise there.`,
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
