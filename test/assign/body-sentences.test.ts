/**
 * Issue 12 §3, round 3 (holdout B): tasks of the body whose assignment is written in the task's
 * own paragraph — a "Giao X chủ trì, phối hợp với Y thực hiện." sentence with no parentheses,
 * labels after the task's sentence, labels in parentheses at its end (any case, wrapped over
 * lines) — and "+" label lines under the task. Texts written for the test; each expectation is
 * read from the line it names.
 */
import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/model/types.js';
import { lineOf, readPlan } from './plan-text.js';

const names = (units: Task['lead']): string[] => units.map((u) => u.text);
const byId = (tasks: readonly Task[], id: string): Task => {
  const t = tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id} in ${tasks.map((x) => x.id).join(', ')}`);
  return t;
};

describe('a "Giao X chủ trì, phối hợp với Y" sentence in the task\'s paragraph', () => {
  const BODY = [
    'II. NHIỆM VỤ VÀ GIẢI PHÁP',
    '1. Phát triển du lịch cộng đồng',
    'Khảo sát các điểm du lịch cộng đồng; xây dựng bộ tiêu chí chất lượng dịch vụ (homestay). Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính, Ủy ban nhân dân các xã thực hiện; hoàn thành trong Quý III/2026.',
    '2. Hiện đại hóa công tác lưu trữ',
    'Số hóa tài liệu lưu trữ lịch sử của tỉnh:',
    '- Chỉnh lý hồ sơ tồn đọng;',
    '- Lập cơ sở dữ liệu mục lục hồ sơ.',
    'Giao Sở Nội vụ chủ trì thực hiện; thời gian: năm 2026.',
    '3. Thu hút đầu tư vào khu công nghiệp',
    'Giao Ban Quản lý các khu công nghiệp, Sở Xây dựng chủ trì, phối hợp với Công an tỉnh đẩy nhanh thủ tục cấp phép.',
    '4. Nâng cao chất lượng nguồn nhân lực',
    'Mở các lớp đào tạo nghề ngắn hạn. Giao nhiệm vụ cho các cơ sở đào tạo nghề tổ chức tuyển sinh.',
    '5. Cải tạo chợ trung tâm',
    'Lập dự án cải tạo (hồ sơ theo mẫu số 2. Sở Xây dựng chủ trì thẩm định). Giao UBND TP. Thử Nghiệm chủ trì thực hiện.',
  ];
  const { plan } = readPlan(BODY);
  const task = (id: string): Task => byId(plan.tasks, id);

  it('a sentence after the task: the task is the text before it, the time after its semicolon is the timeframe', () => {
    const t = task('II.1');
    expect(t.description).toBe('Khảo sát các điểm du lịch cộng đồng; xây dựng bộ tiêu chí chất lượng dịch vụ (homestay)');
    expect(names(t.lead)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(names(t.support)).toEqual(['Sở Tài chính', 'Ủy ban nhân dân các xã']);
    expect(t.timeframe).toMatchObject({ text: 'Quý III/2026', start: '2026-07-01', end: '2026-09-30' });
    expect(t.leadSource?.line).toBe(lineOf(BODY, BODY[2] as string));
  });

  it('a "Giao" paragraph after the task\'s bullets stays in its section and assigns it', () => {
    const t = task('II.2');
    expect([t.description, names(t.lead), names(t.support)]).toEqual(['Hiện đại hóa công tác lưu trữ', ['Sở Nội vụ'], []]);
    expect(t.timeframe).toMatchObject({ text: 'năm 2026', start: '2026-01-01', end: '2026-12-31' });
  });

  it('two leads, and the support list ends at the verb after it', () => {
    const t = task('II.3');
    expect([names(t.lead), names(t.support)]).toEqual([['Ban Quản lý các khu công nghiệp', 'Sở Xây dựng'], ['Công an tỉnh']]);
    expect(t.timeframe).toBeNull();
  });

  it('"giao nhiệm vụ cho …" names no unit after "Giao": no task', () => {
    expect(plan.tasks.map((t) => t.id)).toEqual(['II.1', 'II.2', 'II.3', 'II.5']);
  });

  it('a dot inside parentheses or after a short abbreviation ("TP.") ends no sentence', () => {
    const t = task('II.5');
    expect([t.description, names(t.lead)]).toEqual(['Lập dự án cải tạo (hồ sơ theo mẫu số 2. Sở Xây dựng chủ trì thẩm định)', ['UBND TP. Thử Nghiệm']]);
  });
});

describe('labels after the task in its own paragraph', () => {
  const BODY = [
    'II. NHIỆM VỤ CHỦ YẾU',
    '1. Quan trắc chất lượng không khí đô thị. Đơn vị chủ trì: Trung tâm Quan trắc môi trường. Đơn vị phối hợp: Sở Xây dựng, Công an tỉnh. Thời gian: Quý IV/2026.',
    '2. Cải tạo hồ điều hòa. Đơn vị chủ trì: Ban Quản lý dự án đầu tư xây dựng tỉnh. Thời gian: Năm 2027.',
    '3. Lắp đặt trạm cảnh báo sớm. Thời gian: Năm 2026.',
  ];
  const { plan } = readPlan(BODY);

  it('each numbered task carries its lead, support and time; the labels are not part of the task', () => {
    expect(plan.tasks.map((t) => [t.id, t.description, names(t.lead), names(t.support), t.timeframe?.text ?? null])).toEqual([
      ['II.1', 'Quan trắc chất lượng không khí đô thị', ['Trung tâm Quan trắc môi trường'], ['Sở Xây dựng', 'Công an tỉnh'], 'Quý IV/2026'],
      ['II.2', 'Cải tạo hồ điều hòa', ['Ban Quản lý dự án đầu tư xây dựng tỉnh'], [], 'Năm 2027'],
      // A time alone assigns no unit: not a task.
    ]);
  });

  it('places the units where they are written', () => {
    const line = lineOf(BODY, BODY[1] as string);
    expect(byId(plan.tasks, 'II.1').leadSource).toMatchObject({ line });
    expect(byId(plan.tasks, 'II.1').supportSource).toMatchObject({ line });
  });
});

describe('lower-case labels in parentheses at the task\'s end', () => {
  const BODY = [
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Tổ chức tập huấn kỹ năng sơ cấp cứu cho giáo viên (cơ quan chủ trì: Sở Giáo dục và Đào tạo; cơ quan phối hợp: Hội Chữ thập đỏ tỉnh, Sở Y tế; thời gian thực hiện: Hằng năm).',
    '2. Kiểm tra an toàn thực phẩm tại bếp ăn tập thể (cơ quan chủ trì: Sở Y tế; thời gian thực hiện: Quý II/2026).',
    // Hard-wrapped: the label "cơ quan phối hợp" is cut between two lines.
    '3. Bảo đảm nước sạch cho các điểm trường vùng cao (cơ quan chủ trì: Sở Nông nghiệp và Môi trường; cơ quan phối\nhợp: Ủy ban nhân dân các xã; thời gian thực hiện: Năm 2026).',
  ];
  const { plan } = readPlan(BODY);

  it('reads the labels inside the parentheses; the task is the text before them', () => {
    expect(plan.tasks.map((t) => [t.id, t.description, names(t.lead), names(t.support), t.timeframe?.kind ?? null])).toEqual([
      ['II.1', 'Tổ chức tập huấn kỹ năng sơ cấp cứu cho giáo viên', ['Sở Giáo dục và Đào tạo'], ['Hội Chữ thập đỏ tỉnh', 'Sở Y tế'], 'recurring'],
      ['II.2', 'Kiểm tra an toàn thực phẩm tại bếp ăn tập thể', ['Sở Y tế'], [], 'date'],
      ['II.3', 'Bảo đảm nước sạch cho các điểm trường vùng cao', ['Sở Nông nghiệp và Môi trường'], ['Ủy ban nhân dân các xã'], 'date'],
    ]);
  });

  it('a label cut over two lines is still a label; the task is placed on its first line', () => {
    const first = lineOf(BODY, BODY[3] as string);
    const t = byId(plan.tasks, 'II.3');
    expect(t.extra).toEqual({});
    expect([t.source.line, t.leadSource?.line, t.supportSource?.line]).toEqual([first, first, first]);
  });
});

describe('"+" label lines under a task', () => {
  const { plan } = readPlan([
    'II. NHIỆM VỤ',
    '1. Rà soát hiện trạng cầu yếu trên quốc lộ',
    '+ Chủ trì: Khu Quản lý đường bộ II;',
    '+ Phối hợp: Sở Xây dựng, Ban Quản lý dự án 2;',
    '+ Thời gian hoàn thành: Quý III/2026.',
    '2. Lập kế hoạch bảo trì năm sau',
    '+ Chủ trì: Khu Quản lý đường bộ II;',
    '+ Phối hợp: Các Sở Xây dựng;',
    '+ Thời gian hoàn thành: Trước ngày 15/10/2026.',
  ]);

  it('reads support and time from their own "+" lines', () => {
    expect(plan.tasks.map((t) => [t.id, names(t.lead), names(t.support)])).toEqual([
      ['II.1', ['Khu Quản lý đường bộ II'], ['Sở Xây dựng', 'Ban Quản lý dự án 2']],
      ['II.2', ['Khu Quản lý đường bộ II'], ['Các Sở Xây dựng']],
    ]);
    expect(byId(plan.tasks, 'II.1').timeframe).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
    expect(byId(plan.tasks, 'II.2').timeframe).toMatchObject({ kind: 'deadline', end: '2026-10-15' });
  });
});

describe('a lead clause, then a support clause after a semicolon; a time inside the clause', () => {
  const BODY = [
    'II. NỘI DUNG THỰC HIỆN',
    '1. Cấp phát tài liệu: In và cấp phát 2.000 cuốn sổ tay an toàn giao thông cho học sinh. Sở Giao thông vận tải là cơ quan chủ trì; Đoàn Thanh niên tỉnh, Công an tỉnh phối hợp thực hiện; thời gian: tháng 8/2026.',
    '2. Tổ chức diễn đàn thanh niên với văn hóa giao thông. Đoàn Thanh niên tỉnh là đơn vị chủ trì; Sở Giáo dục và Đào tạo phối hợp.',
    '3. Mở lớp hướng dẫn lái xe an toàn',
    'Mở 10 lớp cho công nhân các khu công nghiệp. Trung tâm Đào tạo lái xe tỉnh chủ trì; Ban Quản lý các khu công nghiệp phối hợp.',
    '4. Lắp đèn tín hiệu tại nút giao',
    'Lắp đèn tín hiệu tại 05 nút giao trọng điểm. Sở Xây dựng chủ trì, phối hợp với Công an tỉnh thực hiện trong quý IV/2026.',
    '5. Khảo sát điểm đen tai nạn',
    'Khảo sát các điểm đen. Sở Xây dựng chủ trì, phối hợp với Công an tỉnh thực hiện trong phạm vi được giao.',
  ];
  const { plan } = readPlan(BODY);
  const row = (id: string): unknown[] => {
    const t = byId(plan.tasks, id);
    return [t.description, names(t.lead), names(t.support), t.timeframe ? [t.timeframe.start, t.timeframe.end] : null];
  };

  it('"X là cơ quan chủ trì; Y phối hợp thực hiện; thời gian: …" in a numbered paragraph with nothing under it', () => {
    expect(row('II.1')).toEqual(['Cấp phát tài liệu: In và cấp phát 2.000 cuốn sổ tay an toàn giao thông cho học sinh', ['Sở Giao thông vận tải'], ['Đoàn Thanh niên tỉnh', 'Công an tỉnh'], ['2026-08-01', '2026-08-31']]);
    expect(byId(plan.tasks, 'II.1').supportSource?.line).toBe(lineOf(BODY, BODY[1] as string));
  });

  it('"X là đơn vị chủ trì; Y phối hợp." with no time', () => {
    expect(row('II.2')).toEqual(['Tổ chức diễn đàn thanh niên với văn hóa giao thông', ['Đoàn Thanh niên tỉnh'], ['Sở Giáo dục và Đào tạo'], null]);
  });

  it('"X chủ trì; Y phối hợp." in the paragraph under the task', () => {
    expect(row('II.3')).toEqual(['Mở 10 lớp cho công nhân các khu công nghiệp', ['Trung tâm Đào tạo lái xe tỉnh'], ['Ban Quản lý các khu công nghiệp'], null]);
  });

  it('"… thực hiện trong quý IV/2026" inside the clause is the timeframe; "thực hiện trong phạm vi …" is none', () => {
    expect(row('II.4')).toEqual(['Lắp đèn tín hiệu tại 05 nút giao trọng điểm', ['Sở Xây dựng'], ['Công an tỉnh'], ['2026-10-01', '2026-12-31']]);
    expect(row('II.5')[3]).toBeNull();
  });
});
