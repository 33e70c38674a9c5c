import { placeOf } from '../../model/diagnostic.js';
import type { Appendix, Plan, Section } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { termsOf } from '../pairing.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';
import { DEFERS_TO_APPENDIX } from '../defers.js';

/**
 * An appendix group (at any level: letter groups, Roman sub-groups, numbered ones under them)
 * corresponds to the body when some section of the body, at any depth, covers at least this
 * share of the group title's distinctive terms (syllables and syllable pairs). Distinctive: not a function word
 * (data/stopwords.json) and not shared with a sibling group's title, since what siblings share
 * ("Phát triển kinh tế số, xã hội số …" in every group B.* of Đồng Nai 179) says nothing about
 * which subject a group is. Half: "… trong y tế" is "Y tế" (IV.6), one of {trong… y} once
 * "trong" is shared with "… trong giáo dục"; a cross pair shares no distinctive word.
 */
export const GROUP_MATCH = 0.5;

const DEFERS = DEFERS_TO_APPENDIX;
/** A phase of a roadmap rather than a subject: "Giai đoạn 1 (2026 - 2027)", "Năm 2026", "Quý I". */
const PHASE = /^(?:giai đoạn|lộ trình|năm\s*\d{4}|quý|quí|đợt|bước|từ năm|trước năm|sau năm|\d{4}\s*[-–]\s*\d{4})/iu;

/**
 * Folded syllables without function words, and pairs of adjacent ones: "giao thông" is a
 * subject where "thông" alone is in every "thông tin" (the same terms as duty ↔ task pairing).
 */
function contentWords(text: string): string[] {
  // Pairs do not cross punctuation: "Thi đua, khen thưởng" has no pair "đua khen".
  return text.split(/[,;:.()/–-]/u).flatMap(termsOf);
}

interface GroupNode {
  readonly id: string;
  readonly title: string;
  readonly parent: string | null;
}

/** The groups of a task appendix with their parents ("B.IV~2.5.1" → "B.IV~2"), in order. */
function groupTree(a: Appendix): GroupNode[] {
  const ids = new Set(a.groups.map((g) => g.id));
  return a.groups.map((g) => {
    let parent: string | null = null;
    for (let cut = g.id.lastIndexOf('.'); cut > 0; cut = g.id.lastIndexOf('.', cut - 1)) {
      if (ids.has(g.id.slice(0, cut))) {
        parent = g.id.slice(0, cut);
        break;
      }
    }
    return { id: g.id, title: g.title, parent };
  });
}

/** Every section of the body that can hold subjects: all but objectives, organization and funding parts. */
function bodySections(plan: Plan): Section[] {
  const out: Section[] = [];
  const stack = [...plan.outline].reverse();
  for (let s = stack.pop(); s !== undefined; s = stack.pop()) {
    if (plan.outline.includes(s) && (s.role === 'objectives' || s.role === 'organization' || s.role === 'funding')) continue;
    out.push(s);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i] as Section);
  }
  return out;
}

/** Whether the body hands the tasks to the appendix, or is a roadmap of phases: then there is nothing to compare. */
function nothingToCompare(plan: Plan, sections: readonly Section[]): boolean {
  if (sections.some((s) => DEFERS.test(s.title))) return true;
  if (plan.contentAreas.some((c) => DEFERS.test(c.title) || c.items.some((i) => DEFERS.test(i)))) return true;
  return plan.outline.some((top) => {
    if (top.role !== 'content' && top.role !== 'other') return false;
    if (/^lộ trình/iu.test(top.title)) return true;
    const phases = top.children.filter((c) => PHASE.test(c.title.trim())).length;
    return top.children.length > 0 && phases * 2 >= top.children.length;
  });
}

export const groupContentMismatch: Rule = {
  id: 'group-content-mismatch',
  severity: 'warning',
  description:
    'A group of the appendix task table (at any level) is on a subject that no section of the body raises. Silent when the body hands the tasks to the appendix ("chi tiết tại Phụ lục") or is a roadmap of phases.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const sections = bodySections(ctx.plan);
    if (sections.length === 0 || nothingToCompare(ctx.plan, sections)) return out;
    const bodyWords = [
      ...sections.map((s) => new Set(contentWords(s.title))),
      ...ctx.plan.contentAreas.flatMap((c) => c.items.map((i) => new Set(contentWords(i)))),
    ];
    for (const a of ctx.plan.appendices) {
      if (a.kind !== 'tasks') continue;
      const groups = groupTree(a);
      const matched = new Map<string, boolean>();
      for (const g of groups) {
        const siblings = groups.filter((o) => o.parent === g.parent && o.id !== g.id).map((o) => new Set(contentWords(o.title)));
        const own = [...new Set(contentWords(g.title))];
        const distinctive = own.filter((w) => !siblings.some((s) => s.has(w)));
        const words = distinctive.length > 0 ? distinctive : own;
        matched.set(g.id, words.length > 0 && bodyWords.some((b) => words.filter((w) => b.has(w)).length >= GROUP_MATCH * words.length));
      }
      // A group stands for the body when it or one of its sub-groups matches; report the
      // highest group of an unmatched branch only.
      const anyBelow = (id: string): boolean => groups.some((g) => g.id.startsWith(`${id}.`) && matched.get(g.id));
      for (const g of groups) {
        if (matched.get(g.id) || anyBelow(g.id)) continue;
        if (g.parent !== null && !matched.get(g.parent) && !anyBelow(g.parent)) continue;
        const first = ctx.plan.tasks.find((t) => t.appendix === a.id && (t.group?.id === g.id || t.group?.id.startsWith(`${g.id}.`)));
        out.push({
          message: msg('group-content-mismatch.noSubject', { group: g.id, title: g.title, appendix: a.id }),
          place: placeOf(first?.source ?? a.source),
        });
      }
    }
    return out;
  },
  examples: {
    notOk: examplePlan({
      body: ['I. NỘI DUNG', '1. Công tác chỉ đạo, định hướng', '2. Chia sẻ dữ liệu, ấn phẩm truyền thông'],
      rows: [
        'I\tCông tác chỉ đạo, định hướng\t\t\t',
        '1\tChỉ đạo, định hướng tuyên truyền về ASEAN\tBan Tuyên giáo Tỉnh ủy\tSở Thông tin và Truyền thông\t2020',
        'II\tTổ chức hội chợ thương mại\t\t\t',
        '1\tTổ chức hội chợ hàng Việt tại các huyện\tSở Công Thương\tCác huyện\t2020',
      ],
    }),
    ok: examplePlan({
      body: ['I. NỘI DUNG', '1. Công tác chỉ đạo, định hướng', '2. Chia sẻ dữ liệu, ấn phẩm truyền thông'],
      rows: [
        'I\tCông tác chỉ đạo, định hướng\t\t\t',
        '1\tChỉ đạo, định hướng tuyên truyền về ASEAN\tBan Tuyên giáo Tỉnh ủy\tSở Thông tin và Truyền thông\t2020',
        'II\tChia sẻ dữ liệu, ấn phẩm truyền thông\t\t\t',
        '1\tChia sẻ dữ liệu, ấn phẩm lên Cổng thông tin ASEAN Việt Nam\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020',
      ],
    }),
  },
};
