import { groupContentMismatch } from '../../src/validate/rules/group-content-mismatch.js';
import { ruleTester, planText, firstRowLine } from './rule-tester.js';

const message = (id: string, title: string) =>
  `Group ${id} "${title}" of appendix PL is on a subject no section of the body raises. Add the subject to the body, or move its tasks to the group of the subject they belong to.`;

// Letter groups with Roman sub-groups, as Đồng Nai 179 has them; the body has the subjects at
// the second level, under other titles than the letter groups.
const body = [
  'I. NHIỆM VỤ TRỌNG TÂM',
  '1. Hạ tầng số',
  '2. Dữ liệu số',
  'II. GIẢI PHÁP',
  '1. Tuyên truyền, nâng cao nhận thức',
];
const rows = (third: string) => [
  'A\tPHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ\t\t\t',
  'I\tPhát triển hạ tầng số\t\t\t',
  '1\tPhủ sóng 5G các khu công nghiệp\tSở Khoa học và Công nghệ\tCác doanh nghiệp viễn thông\t2026',
  'II\tPhát triển dữ liệu số\t\t\t',
  '2\tXây dựng kho dữ liệu dùng chung\tSở Khoa học và Công nghệ\tCác sở, ngành\t2026',
  'B\tCÁC GIẢI PHÁP\t\t\t',
  `I\t${third}\t\t\t`,
  '3\tTổ chức hội nghị, tập huấn\tSở Khoa học và Công nghệ\tCác sở, ngành\t2026',
];
const first = firstRowLine(body);

ruleTester(groupContentMismatch, {
  valid: [
    { name: 'every sub-group is a body section at another level; the letter groups stand by their sub-groups', text: planText(body, rows('Tuyên truyền, nâng cao nhận thức về kinh tế số')) },
    {
      name: 'the body hands the tasks to the appendix ("chi tiết tại Phụ lục")',
      text: planText(['I. NHIỆM VỤ (chi tiết tại Phụ lục kèm theo)', '1. Hạ tầng số'], rows('Thi đua khen thưởng')),
    },
    {
      name: 'the body is a roadmap of phases, not of subjects',
      text: planText(['I. LỘ TRÌNH THỰC HIỆN', '1. Giai đoạn 1 (2026 - 2027)', '2. Giai đoạn 2 (2028 - 2030)'], rows('Thi đua khen thưởng')),
    },
    {
      name: 'half of the distinctive terms is enough (GROUP_MATCH): "khen thưởng" of "thi đua khen thưởng"',
      text: planText([...body, '2. Công tác khen thưởng'], rows('Thi đua, khen thưởng')),
    },
  ],
  invalid: [
    {
      name: 'a Roman sub-group on a subject the body never raises is reported at its first task',
      text: planText(body, rows('Thi đua, khen thưởng')),
      errors: [{ message: message('B.I', 'Thi đua, khen thưởng'), line: first + 7, column: 1 }],
    },
    {
      name: 'less than half of the distinctive terms: one word of four is not enough',
      text: planText([...body, '2. Khen ngợi'], rows('Thi đua chấm điểm xếp hạng khen')),
      errors: [{ messageIncludes: 'Group B.I "Thi đua chấm điểm xếp hạng khen"', line: firstRowLine([...body, '2. Khen ngợi']) + 7, column: 1 }],
    },
  ],
});
