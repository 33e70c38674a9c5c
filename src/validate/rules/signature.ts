import { placeOf, type Place } from '../../model/diagnostic.js';
import type { Finding, Rule, RuleContext } from '../rule.js';
import { msg } from '../../i18n/index.js';
import { examplePlan } from './example-plan.js';

// ND 30, Điều 13 (domain.md §1.6): the capacity line starts with one of these prefixes.
const PREFIX = /^(TM|KT|TL|TUQ|Q)\.\s*\S/u;
// Older or careless forms of the same prefixes (domain.md §1.6: "K/T", "T/M", "KT" without a dot).
const OLD_FORMS: readonly [RegExp, string][] = [
  [/^K\s*\/\s*T\.?\s*/u, 'KT. '],
  [/^T\s*\/\s*M\.?\s*/u, 'TM. '],
  [/^T\s*\/\s*L\.?\s*/u, 'TL. '],
  [/^(TM|KT|TL|TUQ|Q)\s+/u, '$1. '],
];

export const signature: Rule = {
  id: 'signature',
  severity: 'warning',
  description: 'The signature block has a capacity line that is not TM./KT./TL./TUQ./Q. (as OCR\'s "KÊ CHỦ TỊCH"); the likely form is given.',
  check(ctx: RuleContext): Finding[] {
    const sig = ctx.plan.document.signature;
    if (!sig) return [];
    const written = sig.capacityAsWritten ?? sig.capacity;
    if (!written || PREFIX.test(written)) return [];
    let likely: string | null = sig.capacityAsWritten && sig.capacity && PREFIX.test(sig.capacity) ? sig.capacity : null;
    for (const [re, to] of OLD_FORMS) if (!likely && re.test(written)) likely = written.replace(re, to);
    return [
      {
        message: likely ? msg('signature.notAForm', { written, likely }) : msg('signature.notAFormNoGuess', { written }),
        place: repairPlace(ctx, written) ?? placeOf(sig.source),
        ...(likely ? { expected: likely } : {}),
        actual: written,
      },
    ];
  },
  examples: {
    notOk: examplePlan({
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN'],
      signature: ['TM. ỦY BAN NHÂN DÂN', '', 'KÊ CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn A'],
    }),
    ok: examplePlan({
      body: ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN'],
      signature: ['TM. ỦY BAN NHÂN DÂN', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn A'],
    }),
  },
};

/** The capacity line itself, when the parser repaired it and said where (Signature.source is the block's first line). */
function repairPlace(ctx: RuleContext, written: string): Place | null {
  return ctx.parseDiagnostics.find((d) => d.ruleId.startsWith('repair-signature') && d.message.includes(written))?.place ?? null;
}
