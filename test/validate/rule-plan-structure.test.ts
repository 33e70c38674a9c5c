import { describe, expect, it } from 'vitest';
import { planStructure, announcesTasks, UNASSIGNED_SHARE } from '../../src/validate/rules/plan-structure.js';
import { ruleTester, planText } from './rule-tester.js';
import { stopsMidSentence } from '../../src/validate/plan-ending.js';
import { runCli } from '../setup/cli.js';

const ok = ['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN', 'II. TỔ CHỨC THỰC HIỆN', '1. Sở Thông tin và Truyền thông', '- Mở chuyên mục về ASEAN trên Cổng thông tin điện tử.'];
const coverage = (lines: number, unread: number) => ({ lines, unassigned: [{ place: { line: 12, column: 1 }, lines: unread }] });
// A table under a task-list title whose header names no task or unit column: read as a plain table.
const plainTable = (title: string) =>
  `${planText(ok)}\nPhụ lục\n${title}\n\nCột 1\tCột 2\tCột 3\nmột\thai\tba\nbốn\tnăm\tsáu\n`;

// A notice (NĐ 30/2020 Phụ lục III: Thông báo, TB) with numbered points: read, but not a plan.
const notice = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THỬ NGHIỆM',
  'Số: 45/TB-UBND',
  'Thử Nghiệm, ngày 10 tháng 3 năm 2026',
  '',
  'THÔNG BÁO',
  'Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc về tiến độ giải ngân vốn',
  '',
  'Ngày 05 tháng 3 năm 2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì buổi làm việc. Chủ tịch kết luận như sau:',
  '',
  '1. Đánh giá cao nỗ lực của các chủ đầu tư trong quý I.',
  '',
  '2. Tiến độ giải ngân còn chậm so với yêu cầu.',
  '',
  'TL. CHỦ TỊCH',
  'CHÁNH VĂN PHÒNG',
  '',
  'Lê Văn C',
  '',
].join('\n');
// A Quyết định issuing a plan: its type is QĐ, and the plan it carries is what is checked.
const decision = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THỬ NGHIỆM',
  'Số: 88/QĐ-UBND',
  'Thử Nghiệm, ngày 10 tháng 3 năm 2026',
  '',
  'QUYẾT ĐỊNH',
  'Ban hành Kế hoạch phát triển du lịch năm 2026',
  '',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
  '',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  '',
  'QUYẾT ĐỊNH:',
  '',
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch năm 2026.',
  '',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  '',
  'Nơi nhận:',
  '- Như Điều 2;',
  '- Lưu: VT.',
  '',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  '',
  'Lê Văn C',
  '',
  'KẾ HOẠCH',
  'Phát triển du lịch năm 2026',
  '(Kèm theo Quyết định số 88/QĐ-UBND ngày 10/3/2026 của UBND tỉnh)',
  '',
  'I. NỘI DUNG',
  '',
  '1. Quảng bá điểm đến',
  '',
  'II. TỔ CHỨC THỰC HIỆN',
  '',
  '1. Sở Văn hóa, Thể thao và Du lịch: Chủ trì triển khai Kế hoạch.',
  '',
].join('\n');

// A plan that stops before its closing: the header, the body lines (each followed by a blank
// line but the last), then the closing lines given; no final newline. Body line i is on line 8 + 2i.
const stopped = (body: readonly string[], closing: readonly string[] = []): string =>
  ['Số: 31/KH-SYT', '', 'Thử Nghiệm, ngày 04 tháng 5 năm 2026', '', 'KẾ HOẠCH', 'Phòng, chống dịch sốt xuất huyết năm 2026', '', ...[...body, ...closing].flatMap((l) => [l, ''])].join('\n').replace(/\n+$/u, '');
const cutBody = [
  'I. NỘI DUNG',
  '1. Diệt lăng quăng tại hộ gia đình; danh mục nhiệm vụ tại Phụ lục kèm theo.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Sở Y tế: Chủ trì tổ chức các đợt chiến dịch diệt lăng quăng.',
  '2. Sở Giáo dục và Đào tạo: Chỉ đạo các trường tuyên truyền cho học sinh về',
];

ruleTester(planStructure, {
  valid: [
    { name: 'numbered sections, a TỔ CHỨC THỰC HIỆN with a unit', text: planText(ok) },
    {
      name: 'a plan without TỔ CHỨC THỰC HIỆN is not held to it when its tasks name their units',
      text: planText(['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN', 'Đơn vị chủ trì: Sở Thông tin và Truyền thông.']),
    },
    { name: 'a Quyết định that issues a plan is a plan', text: decision },
    { name: 'a Phương án is a plan', text: planText(ok).replace('12/KH-UBND', '12/PA-UBND').replace('KẾ HOẠCH', 'PHƯƠNG ÁN') },
    { name: 'a report form whose title names tasks is not a task list', text: plainTable('Biểu 01: BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM') },
    { name: `text assigned to no part: exactly ${UNASSIGNED_SHARE * 100}% passes`, text: planText(ok), coverage: coverage(100, 25) },
    { name: 'a draft with its recipients and no signature yet is whole', text: stopped(cutBody, ['Nơi nhận:', '- Như trên;', '- Lưu: VT.']) },
    { name: 'a body without its closing that ends on a whole sentence and refers to no appendix (an excerpt)', text: stopped(ok) },
  ],
  invalid: [
    {
      name: 'no numbered sections: read as a header and nothing else',
      text: planText(['Các sở, ngành căn cứ chức năng, nhiệm vụ tổ chức thực hiện Kế hoạch này.']),
      errors: [{ messageIncludes: 'No numbered sections (I., II., 1., 2. …) were found', line: 1, column: 1 }],
    },
    {
      name: 'a Thông báo is not a plan: says so, and what was not found',
      text: notice,
      errors: [
        {
          message:
            'The document is a Thông báo (TB), not a plan (Kế hoạch, Chương trình, Phương án, Đề án, or a Quyết định that issues one), and no TỔ CHỨC THỰC HIỆN section, no unit\'s responsibilities and no task was found in it. The checks compare what a plan assigns; check that this is the file meant to be validated.',
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'numbered sections, but no TỔ CHỨC THỰC HIỆN, no responsibilities and no tasks',
      text: planText(['I. MỤC ĐÍCH', 'Nâng cao nhận thức về ASEAN.', 'II. NỘI DUNG', '1. Mở chuyên mục về ASEAN']),
      errors: [{ messageIncludes: 'No TỔ CHỨC THỰC HIỆN section, no unit\'s responsibilities and no task were found: nothing read says who must do what. Look at the titles of the top sections (I, II)', line: 8, column: 1 }],
    },
    {
      name: 'a TỔ CHỨC THỰC HIỆN from which no unit was read',
      text: planText(['I. NỘI DUNG', '1. Mở chuyên mục về ASEAN', 'II. TỔ CHỨC THỰC HIỆN']),
      errors: [{ messageIncludes: 'Section II "TỔ CHỨC THỰC HIỆN" was found, but no unit\'s responsibilities were read from it.', line: 12, column: 1 }],
    },
    {
      name: 'an appendix titled as a task list with no task rows',
      text: plainTable('DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM'),
      errors: [{ messageIncludes: 'Appendix PL is titled "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM", but no task row was read from it (its table was read as a plain table', line: 25, column: 1 }],
    },
    {
      name: 'a plan cut off mid-sentence, with no Nơi nhận, no signature and the appendix it refers to absent',
      text: stopped(cutBody),
      errors: [
        {
          message:
            'The plan stops here with neither Nơi nhận nor a signature, and its last paragraph breaks off mid-sentence ("… tuyên truyền cho học sinh về") and the text refers to an appendix that the file does not hold: the file may have been cut off or saved in part. Check that it holds the whole text, down to the signature.',
          line: 16,
          column: '2. Sở Giáo dục và Đào tạo: '.length + 1,
        },
      ],
    },
    {
      name: 'a plan with no closing that breaks off mid-sentence (no appendix referred to)',
      text: stopped(cutBody.slice(2)),
      errors: [{ messageIncludes: 'neither Nơi nhận nor a signature, and its last paragraph breaks off mid-sentence ("… tuyên truyền cho học sinh về"): the file', line: 12, column: '2. Sở Giáo dục và Đào tạo: '.length + 1 }],
    },
    {
      name: 'a plan with no closing whose body refers to an appendix it does not hold',
      text: stopped(cutBody.slice(0, 4)),
      errors: [{ messageIncludes: 'neither Nơi nhận nor a signature, and the text refers to an appendix that the file does not hold: the file', line: 14, column: '1. Sở Y tế: '.length + 1 }],
    },
    {
      name: 'just over a quarter of the text assigned to no part',
      text: planText(ok),
      coverage: coverage(100, 26),
      errors: [{ message: '26 of the 100 lines that hold text (26%) were assigned to no part of the plan; the largest run, 26 lines, starts here. Look for numbering the outline did not recognise there.', line: 12, column: 1 }],
    },
  ],
});

describe('plan-structure on the command line', () => {
  it('a plan read as a header only fails (exit 1), never "No problems"', async () => {
    const r = await runCli(['validate', '-'], { input: planText(['Các sở, ngành căn cứ chức năng, nhiệm vụ tổ chức thực hiện Kế hoạch này.']) });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('No problems');
    expect(r.stdout).toContain('docs/rules.md#plan-structure');
  });
  it('the parser\'s coverage is checked with no option: more than a quarter of the text read as no part fails', async () => {
    const plan = (prose: string[]): string =>
      ['ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN', 'Số: 15/KH-UBND', 'Phú Yên, ngày 2 tháng 3 năm 2024', 'KẾ HOẠCH', 'Phát triển du lịch năm 2024', ...prose, 'I. TỔ CHỨC THỰC HIỆN', '1. Sở Văn hóa, Thể thao và Du lịch: chủ trì triển khai.', ''].join('\n');
    const prose = ['Khách du lịch tăng nhanh trong những năm qua.', 'Các sản phẩm du lịch còn đơn điệu.', 'Hạ tầng đến các điểm du lịch còn thiếu đồng bộ.'];
    // 3 of 10 lines (30%) read as no part: an error, where the run starts.
    const over = await runCli(['validate', '-', '--format', 'json'], { input: plan(prose) });
    expect(over.code).toBe(1);
    const [file] = JSON.parse(over.stdout) as [{ diagnostics: { ruleId: string; message: string; line: number }[] }];
    expect(file.diagnostics.filter((d) => d.ruleId === 'plan-structure').map((d) => [d.line, d.message.split(';')[0]])).toEqual([[6, '3 of the 10 lines that hold text (30%) were assigned to no part of the plan']]);
    // 2 of 9 (22%): not a finding.
    expect((await runCli(['validate', '-'], { input: plan(prose.slice(0, 2)) })).code).toBe(0);
  });

  it('titles that announce a task list', () => {
    expect(announcesTasks('CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH')).toBe(true);
    expect(announcesTasks('DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM')).toBe(true);
    expect(announcesTasks('ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ')).toBe(false);
    expect(announcesTasks('PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU')).toBe(false);
  });
});

describe('where a plan breaks off', () => {
  it.each([
    ['Chỉ đạo các trường tuyên truyền cho học sinh về', true],
    ['Bố trí kinh phí cho các xã vùng sâu, vùng xa,', true],
    ['Tổ chức chiến dịch vào tháng 6/2026', true],
    ['Chủ trì tổ chức các đợt chiến dịch.', false],
    ['Báo cáo kết quả về Sở Y tế./.', false],
    ['Thực hiện các nhiệm vụ sau:', false],
    ['(theo Phụ lục đính kèm)', false],
    ['TỔ CHỨC THỰC HIỆN', false],
  ])('%s → %s', (text, mid) => {
    expect(stopsMidSentence(text)).toBe(mid);
  });
});
