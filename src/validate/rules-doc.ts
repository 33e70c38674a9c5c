import { RULES } from './rules/index.js';
import { PAIRING_THRESHOLD, CONFIDENT_SCORE, DISTINCT_RATIO } from './pairing.js';
import { GROUP_MATCH } from './rules/group-content-mismatch.js';
import { UNASSIGNED_SHARE } from './rules/plan-structure.js';
import type { Rule } from './rule.js';
import type { Lang } from '../i18n/index.js';
import { RULE_DESCRIPTIONS_VI, RULE_OPTIONS_VI } from '../i18n/vi/rules.js';
import { CORPUS_VI, NOTES_VI, PAGE_VI } from './rules-doc-vi.js';

/** A rule's one-line description in `lang` (English: the rule's own). */
export function ruleDescription(rule: Rule, lang: Lang): string {
  return lang === 'vi' ? (RULE_DESCRIPTIONS_VI[rule.id] ?? rule.description) : rule.description;
}

const NOTES: Readonly<Record<string, string>> = {
  'plan-structure': `An appendix announces a task list when its title holds "nhiệm vụ" and does not start with "Biểu", "Mẫu", "Báo cáo", "Đề cương" … (\`data/plan-structure.json\`). When the caller passes the parser's coverage, more than **${UNASSIGNED_SHARE * 100}%** of the lines holding text assigned to no part is a finding too. A plan with neither Nơi nhận nor a signature (NĐ 30/2020 ends every text with both; a draft keeps them with the name blank) is cut off when its last paragraph also breaks off mid-sentence or its body refers to an appendix the file does not hold; a body without its closing that ends on a whole sentence is read as an excerpt.`,
  'group-content-mismatch': `A group matches when some section of the body, at any depth, holds at least **${GROUP_MATCH * 100}%** of the group title's distinctive terms (folded syllables and syllable pairs that no sibling group shares, without function words). A letter group stands by its Roman sub-groups; only the highest group of an unmatched branch is reported. A content area without a group is not a finding: an appendix may list only the key tasks ("nhiệm vụ trọng tâm").`,
  'unit-without-task': 'Not held to it: sections whose duties are all funding ("bố trí kinh phí", "thẩm định dự toán"), inspection, reporting or coordination ("Phối hợp với …"), read from the start of each duty (`data/duty-kinds.json`); Thanh tra; bodies that are asked ("Đề nghị …") rather than assigned; collectives.',
  timeframe: 'The period is read from the plan\'s own words, the title first and then the purposes: "năm 2026", "giai đoạn 2026 – 2030", "đến năm 2030", "từ nay đến hết năm 2026"; "năm 2026 và các năm tiếp theo" leaves it open. Dates and numbers of cited documents ("Quyết định số 06/QĐ-TTg ngày 06/01/2022", "Luật Dữ liệu năm 2024") are set aside first. A timeframe set by another document or event ("Theo hướng dẫn của Trung ương", "Sau 03 tháng kể từ …"; `data/conditional-timeframes.json`) is not unreadable.',
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
    'A task "names" a unit when the unit is its lead or support (by canonical name, `aliases`, or `parents` in plan.config.yaml), or when a collective in the task covers it (the kinds of body its nouns cover, `collectiveNouns` in `data/gazetteer.json`, as for `plan tasks --include-collective`: "các sở, ban, ngành" covers a Sở or a Trung tâm). A collective qualified by "liên quan" ("các sở, ngành liên quan") names nobody and covers no unit. A responsibility heading that names only collectives is not checked. A duty that directs another body to do the work ("Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh bảo đảm …"; `directs` in `data/duty-kinds.json`) is done through that body: a task that names it is rightly assigned.',
  ].join('\n'),
};

/**
 * What each rule found on the corpus (the sample and fixtures/corpus/*, read on the validate
 * branch, 2026-11-28; numbering, timeframe, task-unit-not-in-body and appendix-reference read
 * again on the reader2 branch, 2026-11-29) and how many of those findings are real problems of the plan, judged by
 * reading them; the default severities follow from these counts.
 */
const CORPUS: Readonly<Record<string, string>> = {
  'plan-structure': 'none: every plan of the corpus that the parser reads has numbered sections, a TỔ CHỨC THỰC HIỆN with units, and task rows under each task-list title.',
  'task-owner-mismatch': '3, all real (446 Hà Tĩnh IV.5: the centre is given work the appendix gives Sở Kế hoạch và Đầu tư and Sở Thông tin và Truyền thông).',
  'unit-without-task': '5, 1 real (446 IV.5); the others are duties a key-task appendix does not list (617 IV.4, 179 VI.10, VI.20) and a heading read as a unit (Lâm Đồng CCHC II.1). Hence info.',
  'task-unit-not-in-body': '1, real (446: "Tỉnh đoàn" leads IV.3 and has no section); people who lead tasks are not held to it (3 false warnings on Lào Cai SCT 2026 before, where a "Người thực hiện" column names staff).',
  'group-content-mismatch': 'none since it compares every level (Đồng Nai 179 raised 8 false warnings comparing letter groups with second-level areas).',
  'appendix-reference': '3, all real (446, 310 and 09/KH-BTNMT leave the number and date blank).',
  numbering: '3, all real: the plans skip numbers (252 B.V goes 1, 2, 4; 179 IV.6 goes from đ) to k); 144 IV.1.2 from d) to g)).',
  signature: '1, real (446 "KÊ CHỦ TỊCH").',
  timeframe: 'none since conditional times ("Theo hướng dẫn của Trung ương") are read as such (4 false warnings on Lâm Đồng CCHC before) and a day written without its year ("Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1") is a day of the plan\'s year (21 false warnings on Lâm Đồng tuyên truyền CCHC before).',
  'unknown-unit': '40, one a slip of the plan (446 "Công TTĐT tỉnh"); the rest are real bodies the gazetteer does not hold yet (divisions of a department, national committees, bodies merged in 2025 such as "Báo và Phát thanh, Truyền hình tỉnh") or collectives and headings read as names. A suggestion, hence info.',
};

function section(rule: Rule, lang: Lang): string {
  const vi = lang === 'vi';
  const lines = [
    `## ${rule.id}`,
    '',
    `${vi ? PAGE_VI.severity : 'Default severity'}: **${rule.severity}**.`,
    '',
    ruleDescription(rule, lang),
    '',
  ];
  const note = (vi ? NOTES_VI : NOTES)[rule.id];
  if (note) lines.push(note, '');
  const options = Object.entries(rule.options ?? {});
  if (options.length > 0) {
    lines.push(
      `${vi ? PAGE_VI.options : 'Options'} (\`plan.config.yaml\`: \`rules: { ${rule.id}: [error, { ${options.map(([n, o]) => `${n}: ${o.default}`).join(', ')} }] }\`):`,
      '',
      vi ? PAGE_VI.optionsHead : '| option | default | range | what it sets |',
      '|---|---|---|---|',
      ...options.map(([n, o]) => `| \`${n}\` | ${o.default} | ${o.min}–${o.max} | ${vi ? (RULE_OPTIONS_VI[`${rule.id}.${n}`] ?? o.description) : o.description} |`),
      '',
    );
  }
  const corpus = (vi ? CORPUS_VI : CORPUS)[rule.id];
  if (corpus) lines.push(`${vi ? PAGE_VI.corpus : 'On the corpus'}: ${corpus}`, '');
  lines.push(vi ? PAGE_VI.fails : 'Fails:', '', '```text', rule.examples.notOk.trimEnd(), '```', '', vi ? PAGE_VI.passes : 'Passes:', '', '```text', rule.examples.ok.trimEnd(), '```', '');
  return lines.join('\n');
}

/**
 * docs/rules.md (Vietnamese) or docs/rules.en.md (English), generated from the rule objects
 * (a test keeps the files equal to this).
 */
export function renderRulesDoc(lang: Lang): string {
  return lang === 'vi' ? renderVi() : renderEn();
}

function renderVi(): string {
  const head = [
    PAGE_VI.title,
    '',
    '<!-- Generated from src/validate/rules/*.ts by renderRulesDoc() (src/validate/rules-doc.ts). Do not edit by hand. -->',
    '',
    PAGE_VI.other,
    '',
    PAGE_VI.intro,
    '',
    PAGE_VI.tableHead,
    '|---|---|---|',
    ...RULES.map((r) => `| [${r.id}](#${r.id}) | ${r.severity} | ${ruleDescription(r, 'vi').replace(/\|/g, '\\|')} |`),
    '',
    PAGE_VI.exitCodes,
    '',
  ];
  const tail = ['## parser-findings', '', PAGE_VI.parser, '', '## fatal', '', PAGE_VI.fatal, ''];
  return [...head, ...RULES.map((r) => section(r, 'vi')), ...tail].join('\n');
}

function renderEn(): string {
  const head = [
    '# Rules of `plan validate`',
    '',
    '<!-- Generated from src/validate/rules/*.ts by renderRulesDoc() (src/validate/rules-doc.ts). Do not edit by hand. -->',
    '',
    'Tiếng Việt: [rules.md](rules.md).',
    '',
    'Set a severity in `plan.config.yaml` (`rules: { numbering: off }`) or with `--rule numbering=off`; a rule with options takes `[severity, { option: value }]` in the config. Severities: `off`, `info`, `warning`, `error`. What the parser reports is described under [parser-findings](#parser-findings). Each finding names its section of this page (`docs/rules.md#rule-id`).',
    '',
    '| rule | default | what it finds |',
    '|---|---|---|',
    ...RULES.map((r) => `| [${r.id}](#${r.id}) | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`),
    '',
    'Exit codes: 0 when there are no errors and no more warnings than `--max-warnings`; 1 otherwise; 2 for a usage or input error, or when a file could not be read ([fatal](#fatal): the other files are still checked and reported).',
    '',
  ];
  const tail = [
    '## parser-findings',
    '',
    'What the parser reports while reading: `repair-…` findings say what it repaired (a sentence or table row joined across a page break, an OCR slip in a unit name, the signature or the Roman numeral of a section) and are always `info`; `parse-…` findings say what looked like a part and was not read (a table row with no task number), with the severity the parser gives them. Give one a severity like a rule: `--rule repair-page-break=off`.',
    '',
    '## fatal',
    '',
    'A file that could not be read at all (missing, too large, not a plan, a broken .docx). It is reported with its reason in every format (`fatal: true` in JSON, a tool execution notification in SARIF), the other files are still checked, and the run exits 2.',
    '',
  ];
  return [...head, ...RULES.map((r) => section(r, 'en')), ...tail].join('\n');
}
