/**
 * Issue 12 §3: tasks written in the body whose assignment labels carry a clause, read on a
 * text written for the test; each expectation is read from the line it names.
 */
import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/model/types.js';
import { lineOf, readPlan } from './plan-text.js';

const BODY = [
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Bảo đảm thực hiện.',
  'II. NHIỆM VỤ',
  '1. Rà soát các quy định về thủ tục hành chính.',
  'Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ; Văn phòng UBND tỉnh.',
  '2. Xây dựng cơ sở dữ liệu.',
  'Đơn vị chủ trì: Sở Khoa học và Công nghệ. Đơn vị phối hợp: Công an tỉnh.',
  '3. Sửa đổi các văn bản.',
  'Cơ quan thực hiện: Bộ Tài chính tiến hành rà soát; các bộ, ngành rà soát, sửa đổi văn bản thuộc thẩm quyền.',
  '4. Kiểm tra an toàn thực phẩm.',
  'Đơn vị chủ trì: Sở Y tế. Thời gian: Quý II/2026.',
  '5. Triển khai thí điểm.',
  'Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.',
  'Thời gian thực hiện:',
  '+ Giai đoạn 1: năm 2026.',
  '+ Giai đoạn 2: năm 2027.',
  '6. Xây dựng quy chế bảo vệ bí mật nhà nước (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan, tổ chức có liên quan tham mưu).',
  '7. Sắp xếp đơn vị sự nghiệp.',
  'Đơn vị chủ trì: Sở Tài chính.',
  'Đơn vị phối hợp: Cơ quan quản lý cấp trên của đơn vị sự nghiệp công lập.',
  '8. Cập nhật thông tin trên cổng.',
  'Đơn vị chủ trì: Công TTĐT tỉnh.',
];
const { plan, diagnostics } = readPlan(BODY);
const task = (id: string): Task => {
  const t = plan.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};
const names = (units: Task['lead']): string[] => units.map((u) => u.text);

describe('assignment labels whose value is a clause', () => {
  it('reads one task per numbered task, all from the body', () => {
    expect(plan.tasks.map((t) => [t.id, t.origin])).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'II.8'].map((id) => [id, 'body']));
  });

  it('"X chủ trì, phối hợp với Y; Z": lead X, support Y and Z', () => {
    expect(names(task('II.1').lead)).toEqual(['Sở Tư pháp']);
    expect(names(task('II.1').support)).toEqual(['Sở Nội vụ', 'Văn phòng UBND tỉnh']);
  });

  it('"Đơn vị chủ trì: X. Đơn vị phối hợp: Y" on one line', () => {
    expect([names(task('II.2').lead), names(task('II.2').support)]).toEqual([['Sở Khoa học và Công nghệ'], ['Công an tỉnh']]);
  });

  it('"X tiến hành …; các bộ, ngành rà soát …": the units before each verb lead', () => {
    expect(task('II.3').lead.map((u) => [u.text, u.collective])).toEqual([
      ['Bộ Tài chính', false],
      ['các bộ, ngành', true],
    ]);
    expect(task('II.3').support).toEqual([]);
  });

  it('a time label on the unit\'s line', () => {
    expect(names(task('II.4').lead)).toEqual(['Sở Y tế']);
    expect(task('II.4').timeframe).toMatchObject({ text: 'Quý II/2026', start: '2026-04-01', end: '2026-06-30' });
  });

  it('a timeframe written as "+" lines under its label', () => {
    expect(task('II.5').timeframe).toMatchObject({ text: 'Giai đoạn 1: năm 2026; Giai đoạn 2: năm 2027', start: '2026-01-01', end: '2027-12-31' });
  });

  it('a delegation in parentheses, read by the same splitter', () => {
    const t = task('II.6');
    expect(t.description).toBe('Xây dựng quy chế bảo vệ bí mật nhà nước');
    expect(names(t.lead)).toEqual(['Công an tỉnh']);
    expect(names(t.support)).toEqual(['Văn phòng UBND tỉnh', 'Sở Tư pháp', 'các cơ quan, tổ chức có liên quan']);
  });

  it('a plain list of units is not cut at a verb-like word inside a name', () => {
    expect(names(task('II.7').support)).toEqual(['Cơ quan quản lý cấp trên của đơn vị sự nghiệp công lập']);
  });

  it('reports a repair in a body task where it is written', () => {
    expect(task('II.8').lead.map((u) => u.name)).toEqual(['Cổng Thông tin điện tử tỉnh']);
    const d = diagnostics.filter((x) => x.ruleId === 'repair-unit-name');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'info', actual: 'Công', expected: 'Cổng', place: { line: lineOf(BODY, 'Đơn vị chủ trì: Công TTĐT tỉnh.'), column: 17 } });
  });
});

describe('a sentence that assigns its section\'s work (§2: the assignment inside each numbered task)', () => {
  const body = [
    'III. MỘT SỐ HOẠT ĐỘNG TRỌNG TÂM',
    '1. Tổ chức Cuộc thi tìm hiểu về cải cách hành chính',
    'Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng, tổ chức Cuộc thi.',
    '2. Thực hiện tuyên truyền trên các phương tiện thông tin đại chúng',
    'Nội dung tuyên truyền bám sát kế hoạch.',
    'Báo và Phát thanh, Truyền hình tỉnh chủ trì, phối hợp với UBND các xã, phường, đặc khu xây dựng chuyên mục.',
    '3. Tổ chức tập huấn nghiệp vụ',
    'Sở Nội vụ phối hợp với các sở tổ chức các lớp tập huấn.',
    '4. Kiểm tra công tác cải cách hành chính',
    'Sở Nội vụ chủ trì thực hiện.',
    'Đơn vị chủ trì: Sở Nội vụ. Đơn vị phối hợp: Văn phòng UBND tỉnh.',
  ];
  const { plan: p } = readPlan(body);
  it('is a task of the section, led by the units before "chủ trì", supported by those after "phối hợp với"', () => {
    expect(p.tasks.map((t) => [t.id, t.description, names(t.lead), names(t.support)])).toEqual([
      ['III.1', 'Tổ chức Cuộc thi tìm hiểu về cải cách hành chính', ['Sở Nội vụ'], ['các cơ quan, đơn vị liên quan']],
      ['III.2', 'Thực hiện tuyên truyền trên các phương tiện thông tin đại chúng', ['Báo và Phát thanh, Truyền hình tỉnh'], ['UBND các xã, phường, đặc khu']],
      // III.3 has no lead verb ("phối hợp" alone assigns no task). III.4's labels assign the
      // paragraph before them (issue 3 §5), and the sentence makes no second task.
      ['III.4', 'Sở Nội vụ chủ trì thực hiện.', ['Sở Nội vụ'], ['Văn phòng UBND tỉnh']],
    ]);
  });
});

describe('delegations in parentheses', () => {
  const { plan: p } = readPlan([
    'II. NHIỆM VỤ',
    '1. Rà soát văn bản quy phạm pháp luật (Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ; Sở Tài chính).',
    '2. Xây dựng chuyên mục tuyên truyền (Giao Sở Văn hóa, Thể thao và Du lịch thực hiện).',
    '3. Kiện toàn đội ngũ (giao nhiệm vụ cho các đơn vị).',
    '4. Nâng cao năng lực (thực hiện thường xuyên).',
  ]);
  it('with "Giao" or with units and "chủ trì" only; other parentheses assign nothing', () => {
    expect(p.tasks.map((t) => [t.id, t.description, names(t.lead), names(t.support)])).toEqual([
      ['II.1', 'Rà soát văn bản quy phạm pháp luật', ['Sở Tư pháp'], ['Sở Nội vụ', 'Sở Tài chính']],
      ['II.2', 'Xây dựng chuyên mục tuyên truyền', ['Sở Văn hóa, Thể thao và Du lịch'], []],
    ]);
  });
});
