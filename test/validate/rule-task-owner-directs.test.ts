/**
 * task-owner-mismatch and a duty that directs another body (holdout D): "Chỉ đạo Chi cục … kiểm
 * tra …" is done by the body it directs, so a task led by that body is the same work rightly
 * assigned; the same duty without the directed body, or directing a body the task does not
 * name, is still a mismatch. Texts written for the test.
 */
import { taskOwnerMismatch } from '../../src/validate/rules/task-owner-mismatch.js';
import { ruleTester, planText } from './rule-tester.js';

const body = (duty: string): string[] => [
  'I. NỘI DUNG',
  '1. Bảo đảm an toàn hồ chứa nước',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Sở Nông nghiệp và Môi trường',
  `- ${duty}`,
];
const rows = [
  'I\tBẢO ĐẢM AN TOÀN HỒ CHỨA\t\t\t',
  '1\tKiểm tra an toàn các hồ chứa nước trước mùa mưa lũ\tChi cục Thủy lợi\tUBND các xã\tQuý II/2026',
];

ruleTester(taskOwnerMismatch, {
  valid: [
    { name: 'the duty directs the body that leads the task', text: planText(body('Chỉ đạo Chi cục Thủy lợi kiểm tra an toàn các hồ chứa nước trước mùa mưa lũ.'), rows) },
    { name: 'after an opening ("Chủ động hướng dẫn …")', text: planText(body('Chủ động hướng dẫn Chi cục Thủy lợi kiểm tra an toàn các hồ chứa nước trước mùa mưa lũ.'), rows) },
  ],
  invalid: [
    {
      name: 'the same work without a directed body',
      text: planText(body('Kiểm tra an toàn các hồ chứa nước trước mùa mưa lũ.'), rows),
      errors: [{ messageIncludes: 'Section II.1 gives "Sở Nông nghiệp và Môi trường" the duty', line: 16, column: 1 }],
    },
    {
      name: 'the duty directs a body the task does not name',
      text: planText(body('Chỉ đạo Chi cục Kiểm lâm kiểm tra an toàn các hồ chứa nước trước mùa mưa lũ.'), rows),
      errors: [{ messageIncludes: 'Section II.1 gives "Sở Nông nghiệp và Môi trường" the duty', line: 16, column: 1 }],
    },
  ],
});
