import { placeOf } from '../../model/diagnostic.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { msg, type Msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';

/** "2019-12-16" → "16/12/2019", the way plans write dates in the reference line. */
function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

/** The running number of "446/KH-UBND" (or of "446"), for comparing reference and header. */
function runningNumber(n: string): string {
  return n.replace(/\s+/g, '').split('/')[0] ?? '';
}

export const appendixReference: Rule = {
  id: 'appendix-reference',
  severity: 'warning',
  description:
    'The appendix line "(Kèm theo Kế hoạch số …/KH-UBND ngày …)" leaves the number or date blank while the header gives them, or disagrees with the header.',
  check(ctx: RuleContext): Finding[] {
    const doc = ctx.plan.document;
    const out: Finding[] = [];
    for (const a of ctx.plan.appendices) {
      const ref = a.reference;
      if (!ref) continue;
      const problems: Msg[] = [];
      // ND 30 (domain.md §1.8): the reference repeats the number and date of the document it is
      // attached to. A draft leaves both blank in the header too; then there is nothing to copy.
      if (doc.number) {
        if (ref.number === null) problems.push(msg('appendix-reference.numberBlank'));
        else if (runningNumber(ref.number) !== runningNumber(doc.number))
          problems.push(msg('appendix-reference.numberDiffers', { written: ref.number, header: doc.number }));
      }
      if (doc.date) {
        if (ref.date === null) problems.push(msg('appendix-reference.dateBlank'));
        else if (ref.date !== doc.date) problems.push(msg('appendix-reference.dateDiffers', { written: ref.date, header: doc.date }));
      }
      if (problems.length === 0) continue;
      const fix = [doc.number ? `số ${doc.number}` : null, doc.date ? `ngày ${viDate(doc.date)}` : null].filter(Boolean).join(' ');
      out.push({
        message: msg('appendix-reference.mismatch', { appendix: a.id, reference: ref.text, problems, fix }),
        place: placeOf(ref.source),
        expected: fix,
        actual: ref.text,
      });
    }
    return out;
  },
  examples: {
    notOk: examplePlan({
      number: '446/KH-UBND',
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN'],
      reference: '(Kèm theo Kế hoạch số /KH-UBND ngày /12/2019 của UBND tỉnh)',
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020'],
    }),
    ok: examplePlan({
      number: '446/KH-UBND',
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN'],
      reference: '(Kèm theo Kế hoạch số 446/KH-UBND ngày 16/12/2019 của UBND tỉnh)',
      rows: ['1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020'],
    }),
  },
};
