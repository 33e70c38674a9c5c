import { describe, expect, it } from 'vitest';
import { planPeriod, readPeriod } from '../../src/validate/plan-period.js';
import { validatePlan } from '../../src/validate/index.js';
import { plan, task, src } from './build-plan.js';

describe('the period from the plan’s own words', () => {
  it.each([
    ['Tuyên truyền về ASEAN năm 2020 trên địa bàn tỉnh', '2020-12-31', 'năm 2020'],
    ['Phát triển kinh tế số giai đoạn 2026–2030', '2030-12-31', '2026–2030'],
    ['Phát triển kinh tế số giai đoạn 2026 - 2030', '2030-12-31', '2026 - 2030'],
    ['Chuyển đổi số đến năm 2030', '2030-12-31', 'đến năm 2030'],
    ['Cải cách hành chính từ nay đến hết năm 2026', '2026-12-31', 'đến hết năm 2026'],
    ['Thực hiện Chương trình giai đoạn 2021 - 2025, định hướng đến năm 2030', '2030-12-31', 'đến năm 2030'],
    ['Thực hiện từ năm 2026 đến năm 2028', '2028-12-31', '2026 đến năm 2028'],
  ])('%s → %s', (text, end, phrase) => {
    expect(readPeriod(text)).toEqual({ end, phrase });
  });

  it('a start with no end leaves the period open', () => {
    expect(readPeriod('Chuyển đổi số năm 2026 và các năm tiếp theo')).toEqual({ end: null, phrase: 'năm 2026 và các năm tiếp theo' });
  });

  it('dates and numbers of cited documents are citations, not the period', () => {
    expect(readPeriod('Triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ')).toBeNull();
    expect(readPeriod('Thực hiện Chỉ thị 11-CT/TU ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy')).toBeNull();
    expect(readPeriod('Thực hiện Kế hoạch số 283/KH-UBND ngày 16 tháng 12 năm 2024 của UBND tỉnh')).toBeNull();
    expect(readPeriod('Triển khai thi hành Luật Dữ liệu năm 2024')).toBeNull();
    expect(readPeriod('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 trên địa bàn tỉnh năm 2025')).toEqual({ end: '2025-12-31', phrase: 'năm 2025' });
    expect(readPeriod('Triển khai Luật Điện lực số 61/2024/QH15 trong năm 2025')).toEqual({ end: '2025-12-31', phrase: 'năm 2025' });
  });

  it('the title first, then the purposes and targets (not the requirements)', () => {
    const noYear = { title: 'Thực hiện Chỉ thị 11-CT/TU ngày 12/3/2024 của Tỉnh ủy' };
    const objectives = [
      { id: 'I.1', kind: 'requirement' as const, text: 'Hoàn thành trước năm 2024', source: src(20) },
      { id: 'I.2', kind: 'purpose' as const, text: 'Phấn đấu đến năm 2027 hoàn thành các mục tiêu của Chỉ thị', source: src(22) },
    ];
    expect(planPeriod(plan({ document: { ...plan().document, ...noYear }, objectives }))).toEqual({ end: '2027-12-31', phrase: 'đến năm 2027', from: 'purposes' });
    expect(planPeriod(plan({ document: { ...plan().document, ...noYear } }))).toBeNull();
    expect(planPeriod(plan({ objectives }))?.from).toBe('title');
  });
});

describe('timeframe against the period', () => {
  const tf = (text: string, start: string, end: string) => ({ timeframe: { text, kind: 'range' as const, start, end } });
  const tasks = [task('1', 'a', ['Sở Nội vụ'], [], 30, tf('Năm 2025', '2025-01-01', '2025-12-31')), task('2', 'b', ['Sở Nội vụ'], [], 31, tf('2026', '2026-01-01', '2026-12-31'))];
  const found = (title: string) =>
    validatePlan(plan({ document: { ...plan().document, title }, tasks }), [], { lang: 'en' }).filter((d) => d.ruleId === 'timeframe');

  it('a cited decision’s date in the title does not shorten the period (no finding)', () => {
    expect(found('Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ')).toEqual([]);
  });
  it('a task past the period the title names is a finding, quoting where the period was read', () => {
    const d = found('Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 năm 2025');
    expect(d.map((x) => [x.taskId, x.place.line, x.place.column])).toEqual([['2', 31, 1]]);
    expect(d[0]?.message).toBe('Task 2\'s timeframe "2026" ends after the plan\'s period (to 2025-12-31: "năm 2025" in the title). Bring it within the period, or extend the plan\'s period.');
    expect(found('Thực hiện trong năm 2026')).toEqual([]);
  });
});
