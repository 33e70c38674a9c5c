import { describe, expect, it } from 'vitest';
import { unitWithoutTask } from '../../src/validate/rules/unit-without-task.js';
import { supportingKindOf, FIRST_CLAUSE_WORDS } from '../../src/validate/duty-kinds.js';
import { ruleTester, planText } from './rule-tester.js';

const ROW = '1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020';
const tt = ['2. Sở Thông tin và Truyền thông', '- Mở chuyên mục về ASEAN trên Cổng thông tin điện tử.'];
const section = (heading: string, ...duties: string[]) => planText(['I. TỔ CHỨC THỰC HIỆN', heading, ...duties.map((d) => `- ${d}`), ...tt], [ROW]);
const message = (id: string, unit: string) =>
  `Section ${id} gives duties to "${unit}", but no task of the appendix names it as lead or support. Add it to the tasks it carries out, or check that the appendix spells it the same way.`;

ruleTester(unitWithoutTask, {
  valid: [
    { name: 'funding duties only (Sở Tài chính "bố trí kinh phí")', text: section('1. Sở Tài chính', 'Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch.', 'Thẩm định dự toán kinh phí của các đơn vị.') },
    { name: 'coordination and inspection duties', text: section('1. Sở Nội vụ', 'Phối hợp với các sở, ngành liên quan triển khai Kế hoạch.', 'Kiểm tra, giám sát việc thực hiện Kế hoạch.') },
    { name: 'reporting duties', text: section('1. Văn phòng Ủy ban nhân dân tỉnh', 'Tổng hợp, báo cáo kết quả thực hiện Kế hoạch.') },
    { name: 'Thanh tra, whatever its duties', text: section('1. Thanh tra tỉnh', 'Xây dựng kế hoạch thanh tra chuyên đề năm 2020.') },
    { name: 'a collective', text: section('1. Các sở, ban, ngành', 'Xây dựng kế hoạch triển khai tại đơn vị.') },
    { name: 'a body that is asked ("Đề nghị"), not assigned', text: section('1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Tuyên truyền, vận động hội viên tham gia.') },
    { name: 'no appendix task table: nothing to hold the body against', text: planText(['I. TỔ CHỨC THỰC HIỆN', '1. Sở Văn hóa, Thể thao và Du lịch', '- Xuất bản ấn phẩm du lịch.']) },
  ],
  invalid: [
    {
      name: 'a department with a substantive duty and no task',
      text: section('1. Sở Văn hóa, Thể thao và Du lịch', 'Xuất bản các ấn phẩm giới thiệu du lịch của tỉnh.'),
      errors: [{ message: message('I.1', 'Sở Văn hóa, Thể thao và Du lịch'), line: 10, column: 1 }],
    },
    {
      name: 'one substantive duty among funding ones is enough',
      text: section('1. Sở Tài chính', 'Bố trí kinh phí thực hiện Kế hoạch.', 'Xây dựng cơ sở dữ liệu giá tài sản công.'),
      errors: [{ message: message('I.1', 'Sở Tài chính'), line: 10, column: 1 }],
    },
    {
      name: '"Chủ trì, phối hợp" is leading, not coordinating',
      text: section('1. Sở Công Thương', 'Chủ trì, phối hợp triển khai các nhiệm vụ chuyển đổi số trong lĩnh vực công thương.'),
      errors: [{ messageIncludes: '"Sở Công Thương"', line: 10, column: 1 }],
    },
  ],
});

describe('the first clause of a duty (FIRST_CLAUSE_WORDS)', () => {
  it('funding words within the first clause count, past it they do not', () => {
    const pad = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');
    expect(supportingKindOf(`Xây dựng ${pad(FIRST_CLAUSE_WORDS - 4)} kinh phí`)).toBe('funding');
    expect(supportingKindOf(`Xây dựng ${pad(FIRST_CLAUSE_WORDS - 2)} kinh phí`)).toBeNull();
  });
  it('kinds by how a duty starts', () => {
    expect(supportingKindOf('Phối hợp huy động nguồn lực')).toBe('coordination');
    expect(supportingKindOf('Chủ động phối hợp với Sở Nội vụ')).toBe('coordination');
    expect(supportingKindOf('Theo dõi, kiểm tra việc thực hiện')).toBe('coordination');
    expect(supportingKindOf('Thanh tra việc chấp hành')).toBe('inspection');
    expect(supportingKindOf('Tổng hợp kết quả, báo cáo UBND tỉnh')).toBe('reporting');
    expect(supportingKindOf('Xây dựng kế hoạch và báo cáo kết quả')).toBeNull();
  });
});
