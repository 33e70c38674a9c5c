import { timeframe } from '../../src/validate/rules/timeframe.js';
import { taskUnitNotInBody } from '../../src/validate/rules/task-unit-not-in-body.js';
import { ruleTester, planText, firstRowLine } from './rule-tester.js';

const body = ['I. TỔ CHỨC THỰC HIỆN', '1. Sở Thông tin và Truyền thông', '- Mở chuyên mục về ASEAN trên Cổng thông tin điện tử.'];
const row = (n: number, when: string, lead = 'Sở Thông tin và Truyền thông') => `${n}\tMở chuyên mục về ASEAN\t${lead}\tBáo Hà Tĩnh\t${when}`;
const first = firstRowLine(body);

ruleTester(timeframe, {
  valid: [
    { name: 'a day and month without a year, in the plan\'s year', text: planText(body, [row(1, 'Từ 19 giờ 30 phút ngày 05 tháng 9')]) },
    { name: 'a year within the period of the title', text: planText(body, [row(1, '2020')]) },
    { name: 'a time set by another document or event', text: planText(body, [row(1, 'Theo hướng dẫn của Trung ương'), row(2, 'Sau 03 tháng kể từ khi có văn bản của Trung ương')]) },
    { name: 'a title that only cites a decision has no period to overrun', text: planText(body, [row(1, '2021')], 'Triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2019 của Thủ tướng Chính phủ') },
  ],
  invalid: [
    {
      name: 'a timeframe that cannot be read',
      text: planText(body, [row(1, 'sớm nhất có thể')]),
      errors: [{ message: 'Task 1\'s timeframe "sớm nhất có thể" cannot be read as a date, a period or a deadline. Write it as "2020", "Quý I/2020", "trước ngày 15/12/2020" or "Thường xuyên".', line: first, column: 1 }],
    },
    {
      name: 'a year after the period of the title',
      text: planText(body, [row(1, '2020'), row(2, '2021')]),
      errors: [{ messageIncludes: 'Task 2\'s timeframe "2021" ends after the plan\'s period (to 2020-12-31: "năm 2020" in the title)', line: first + 1, column: 1 }],
    },
  ],
});

ruleTester(taskUnitNotInBody, {
  valid: [
    { name: 'the lead has a section', text: planText(body, [row(1, '2020')]) },
    { name: 'a person who leads a task needs no section of their own', text: planText(body, [row(1, '2020'), row(2, '2020', 'Ông Trần Văn Bình - Phó Giám đốc')]) },
    {
      name: 'TỔ CHỨC THỰC HIỆN hands the assignments to the appendix',
      text: planText(['I. TỔ CHỨC THỰC HIỆN', '1. Công tác triển khai', '- Cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục kèm theo Kế hoạch này tổ chức thực hiện.', '2. Sở Nội vụ', '- Theo dõi, đôn đốc.'], [row(1, '2020', 'Sở Tư pháp')]),
    },
  ],
  invalid: [
    {
      name: 'a lead with no section',
      text: planText(body, [row(1, '2020'), row(2, '2020', 'Sở Công Thương')]),
      errors: [{ message: '"Sở Công Thương" leads task 2, but TỔ CHỨC THỰC HIỆN has no section for it. Add a section that sets out its duties, or name the unit the body already charges with this work.', line: first + 1, column: 26 }],
    },
  ],
});
