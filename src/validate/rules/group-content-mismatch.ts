import { placeOf } from '../../model/diagnostic.js';
import type { ContentArea } from '../../model/types.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { foldWords } from '../../input/keys.js';
import { quote } from '../quote.js';
import { examplePlan } from './example-plan.js';

/**
 * Titles of a group and a content area are short and reorder their words ("Công tác chỉ đạo,
 * định hướng" / "Về công tác định hướng, chỉ đạo công tác tuyên truyền"), so they are compared
 * as sets of syllables (Dice coefficient). 0.5 keeps the sample's four true pairs (≥ 0.85) and
 * rejects every cross pair (≤ 0.4).
 */
export const GROUP_MATCH = 0.5;

function dice(a: string, b: string): number {
  const x = new Set(foldWords(a));
  const y = new Set(foldWords(b));
  if (x.size + y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return (2 * both) / (x.size + y.size);
}

export const groupContentMismatch: Rule = {
  id: 'group-content-mismatch',
  severity: 'warning',
  description: 'The groups of the appendix task table and the content areas of the body do not correspond one to one.',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const areas = ctx.plan.contentAreas;
    for (const a of ctx.plan.appendices) {
      if (a.kind !== 'tasks') continue;
      const groups = a.groups.filter((g) => !g.id.includes('.'));
      if (groups.length === 0 || areas.length === 0) continue;
      const pairs = groups
        .flatMap((g, gi) => areas.map((c, ci) => ({ gi, ci, score: dice(g.title, c.title) })))
        .filter((p) => p.score >= GROUP_MATCH)
        .sort((p, q) => q.score - p.score || p.gi - q.gi || p.ci - q.ci);
      const gDone = new Set<number>();
      const cDone = new Set<number>();
      for (const p of pairs) {
        if (gDone.has(p.gi) || cDone.has(p.ci)) continue;
        gDone.add(p.gi);
        cDone.add(p.ci);
      }
      groups.forEach((g, gi) => {
        if (gDone.has(gi)) return;
        const first = ctx.plan.tasks.find((t) => t.appendix === a.id && t.group?.id === g.id);
        out.push({
          message: `Group ${g.id} ${quote(g.title)} of appendix ${a.id} has no matching content area in the body. Add the content area, or move its tasks to the group of the area they belong to.`,
          place: placeOf(first?.source ?? a.source),
        });
      });
      areas.forEach((c: ContentArea, ci) => {
        if (cDone.has(ci)) return;
        out.push({
          message: `Content area ${c.id} ${quote(c.title)} has no matching group in appendix ${a.id}. Add a group with its tasks, or check that the titles say the same thing.`,
          place: placeOf(c.source),
        });
      });
    }
    return out;
  },
  examples: {
    notOk: examplePlan({
      body: ['I. NỘI DUNG', '1. Công tác chỉ đạo, định hướng', '2. Chia sẻ dữ liệu, ấn phẩm truyền thông'],
      rows: ['I\tCông tác chỉ đạo, định hướng\t\t\t', '1\tChỉ đạo, định hướng tuyên truyền về ASEAN\tBan Tuyên giáo Tỉnh ủy\tSở Thông tin và Truyền thông\t2020'],
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
