import { RULES } from './rules/index.js';
import { PAIRING_THRESHOLD, CONFIDENT_SCORE, DISTINCT_RATIO } from './pairing.js';
import type { Rule } from './rule.js';

const NOTES: Readonly<Record<string, string>> = {
  'task-owner-mismatch': [
    `Duties are paired with appendix tasks by TF-IDF cosine over folded syllables and syllable pairs, without the function words of \`data/stopwords.json\`, through an inverted index (a duty only meets the tasks it shares a term with). A duty and a task are the same work when the score is at least **${PAIRING_THRESHOLD.toFixed(2)}**.`,
    '',
    'The threshold was chosen by reading pairs in three real plans (scores from the program, "same work" judged by hand):',
    '',
    '| plan | pair | score | same work? |',
    '|---|---|---|---|',
    '| 446 Hà Tĩnh | IV.5 ↔ II.2 and III.1, IV.6 ↔ II.4/II.5/III.3/IV.2, IV.7 ↔ I.2 | 1.00 | yes |',
    '| 446 Hà Tĩnh | IV.2 ↔ III.2 / IV.3 ↔ II.7 / IV.1 ↔ I.3 / IV.7 ↔ I.1 / IV.5 ↔ II.1 / IV.2 ↔ II.3 | 0.97 / 0.91 / 0.88 / 0.86 / 0.80 / 0.75 | yes |',
    '| 446 Hà Tĩnh | IV.5 "Chia sẻ thông tin … trên các Trang thông tin điện tử" ↔ II.5 | 0.42 | yes |',
    '| 617 Đồng Tháp | 3 (Sở Công Thương) ↔ task 5 | 1.00 | yes |',
    '| 310 Hà Nội | 1 ↔ task 1 / 5 "Doanh nghiệp viễn thông … bảo đảm kinh phí" ↔ task 5 | 0.64 / 0.39 | yes |',
    '| 310 Hà Nội | 2 "quản lý nhà nước về viễn thông" ↔ task 1 | 0.37 | no |',
    '| 310 Hà Nội | 4 "Phối hợp … tổ chức thực hiện kế hoạch" ↔ task 1 | 0.32 | no |',
    '| 617 Đồng Tháp | 5 "Xây dựng kế hoạch cụ thể triển khai tại địa phương" ↔ task 5 | 0.29 | no |',
    '| 446 Hà Tĩnh | IV.3 "Lồng ghép … trong các cuộc thi" ↔ II.7 / IV.1 "Chủ trì … triển khai" ↔ II.5 | 0.28 / 0.25 | no |',
    '',
    'The highest unrelated pair scores 0.366, the lowest true pair 0.387; the gap is narrow, so every finding quotes its score and `plan validate --explain` prints every pairing.',
    '',
    `A pair must also stand out: a score of at least **${CONFIDENT_SCORE.toFixed(2)}**, or **${DISTINCT_RATIO}×** the score of the second-best task. A generic duty ("Chủ trì, phối hợp triển khai các nhiệm vụ … của Kế hoạch", given to most units of Đồng Nai 179) fits several tasks about equally and is none of them: VI.8 ↔ C.V.5.2 scores 0.42 with the next task at 0.25 (1.67×) and raised a false error before this test. The price: Hà Nội 310 duty 5 ↔ task 5 (0.39, next 0.28, 1.40×), a true pair, is no longer checked. \`--explain\` marks such duties "not distinct".`,
    '',
    'A task "names" a unit when the unit is its lead or support (by canonical name, `aliases`, or `parents` in plan.config.yaml), or when a collective in the task covers it (the kinds of body its nouns cover, `collectiveNouns` in `data/gazetteer.json`, as for `plan tasks --include-collective`: "các sở, ban, ngành" covers a Sở or a Trung tâm). A collective qualified by "liên quan" ("các sở, ngành liên quan") names nobody and covers no unit. A responsibility heading that names only collectives is not checked.',
  ].join('\n'),
};

function section(rule: Rule): string {
  const lines = [
    `## ${rule.id}`,
    '',
    `Default severity: **${rule.severity}**.`,
    '',
    rule.description,
    '',
  ];
  const note = NOTES[rule.id];
  if (note) lines.push(note, '');
  lines.push('Fails:', '', '```text', rule.examples.notOk.trimEnd(), '```', '', 'Passes:', '', '```text', rule.examples.ok.trimEnd(), '```', '');
  return lines.join('\n');
}

/** docs/rules.md, generated from the rule objects (a test keeps the file equal to this). */
export function renderRulesDoc(): string {
  const head = [
    '# Rules of `plan validate`',
    '',
    '<!-- Generated from src/validate/rules/*.ts by renderRulesDoc() (src/validate/rules-doc.ts). Do not edit by hand. -->',
    '',
    'Set a severity in `plan.config.yaml` (`rules: { numbering: off }`) or with `--rule numbering=off`. Severities: `off`, `info`, `warning`, `error`. Repairs the parser made (`repair-…`, `parse-…`) are reported as `info`.',
    '',
    '| rule | default | what it finds |',
    '|---|---|---|',
    ...RULES.map((r) => `| [${r.id}](#${r.id}) | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`),
    '',
    'Exit codes: 0 when there are no errors and no more warnings than `--max-warnings`; 1 otherwise; 2 for a usage or input error.',
    '',
  ];
  return [...head, ...RULES.map(section)].join('\n');
}
