/**
 * The general rules of issue 3 on small texts written for the purpose: each shape the corpus
 * shows (and a few it implies) in isolation, with expectations written from the text below.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse-plan.js';

const PLAN = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THỬ NGHIỆM',
  '-------',
  '',
  'Số:',
  '0130/KH-UBND',
  '',
  'Thử Nghiệm,',
  'ngày 05 tháng 3 năm 2024',
  '',
  'KẾ HOẠCH',
  'Thực hiện nhiệm vụ thử nghiệm năm 2024',
  '',
  'Căn cứ Quyết định số 12/QĐ-UBND ngày 01/02/2024 của Ủy ban nhân dân tỉnh;',
  '',
  'II. NHIỆM VỤ VÀ GIẢI PHÁP',
  '',
  '1. Rà soát các văn bản đã ban hành đến hết năm',
  '2030. Mục tiêu này được giữ nguyên.',
  '- Cơ quan chủ trì: Sở Tư pháp. - Cơ quan phối hợp: Sở Nội vụ. - Thời gian thực hiện: Quý III Năm 2026.',
  '',
  '2. Tổ chức tập huấn cho cán bộ.',
  '',
  'Đơn vị chủ trì: Sở Nội vụ; Đơn vị phối hợp: Sở Tài chính.',
  '',
  '2. Kiểm tra việc thực hiện.',
  '',
  'III. KINH PHÍ VÀ NGUỒN LỰC',
  '',
  'Ngân sách tỉnh bảo đảm.',
  '',
  'IV. TỔ CHỨC THỰC HIỆN',
  '',
  '1. Sở Tư pháp: Theo dõi, đôn đốc việc thực hiện.',
  '',
  '2. Sở Tài chính chủ trì, phối hợp với các sở bố trí kinh phí.',
  '',
  '3. Quá trình thực hiện nếu có vướng mắc, các cơ quan báo cáo về Sở Tư pháp.',
  '',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  '',
  'TM. ỦY BAN NHÂN',
  'DÂN',
  'CHỦ TỊCH',
  'Nguyễn Văn A',
  '',
  'PHỤ LỤC',
  'CÁC NHIỆM VỤ',
  '',
  'STT\tNỘI DUNG NHIỆM VỤ\tCHỦ TRÌ\tPHỐI HỢP\tTHỜI GIAN DỰ KIẾN HOÀN THÀNH\tGHI CHÚ',
  '(1)\t(2)\t(3)\t(4)\t(5)\t(6)',
  'I\tNHÓM NHIỆM VỤ VỀ THỂ CHẾ\t\t\t\t',
  '1\tXây dựng quy chế phối hợp\tSở Tư pháp\tSở Nội vụ\tNăm 2025 - 2026\t',
  '2\tBan hành hướng dẫn\tSở Xây dựng\tQuý IV/2025- Quý II/2026',
  'II. NHÓM NHIỆM VỤ VỀ NHÂN LỰC',
  '1\tĐào tạo cán bộ\tSở Nội vụ\tCác sở, ban, ngành\tThường xuyên\t',
  '',
].join('\n');

const { plan, diagnostics } = parsePlan(PLAN, { path: 'rules.txt' });

describe('header', () => {
  it('reads "Số:" and the number on separate lines, a leading zero, and a wrapped place and date', () => {
    expect(plan.document.number).toBe('0130/KH-UBND');
    expect(plan.document.place).toBe('Thử Nghiệm');
    expect(plan.document.date).toBe('2024-03-05');
    expect(plan.document.issuer).toBe('Ủy ban nhân dân tỉnh Thử Nghiệm');
  });

  it('joins an authority wrapped over two lines', () => {
    expect(plan.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: null, title: 'CHỦ TỊCH', signer: 'Nguyễn Văn A' });
  });
});

describe('outline', () => {
  it('starts at II, keeps "2030." as the wrap of a sentence, and keeps a number used twice', () => {
    expect(plan.outline.map((s) => [s.id, s.role])).toEqual([['II', 'content'], ['III', 'funding'], ['IV', 'organization']]);
    const ii = plan.outline[0];
    expect(ii?.children.map((c) => c.id)).toEqual(['II.1', 'II.2', 'II.2~2']);
    expect(ii?.children[0]?.title).toBe('Rà soát các văn bản đã ban hành đến hết năm 2030. Mục tiêu này được giữ nguyên.');
    expect(ii?.children[2]?.title).toBe('Kiểm tra việc thực hiện.');
  });
});

describe('tasks written in the body', () => {
  it('reads "- Cơ quan chủ trì: … - Cơ quan phối hợp: … - Thời gian thực hiện: …" on one line', () => {
    const t = plan.tasks.find((x) => x.id === 'II.1');
    expect(t?.origin).toBe('body');
    expect(t?.appendix).toBeNull();
    expect(t?.lead.map((u) => u.text)).toEqual(['Sở Tư pháp']);
    expect(t?.support.map((u) => u.text)).toEqual(['Sở Nội vụ']);
    expect(t?.timeframe?.text).toBe('Quý III Năm 2026');
  });

  it('reads "Đơn vị chủ trì: …; Đơn vị phối hợp: …" after the task it assigns', () => {
    const t = plan.tasks.find((x) => x.id === 'II.2');
    expect(t?.description).toBe('Tổ chức tập huấn cho cán bộ.');
    expect(t?.lead.map((u) => u.text)).toEqual(['Sở Nội vụ']);
    expect(t?.support.map((u) => u.text)).toEqual(['Sở Tài chính']);
  });

  it('does not make a task of a section without an assignment', () => {
    expect(plan.tasks.find((x) => x.id === 'II.2~2')).toBeUndefined();
    expect(plan.tasks.filter((x) => x.origin === 'body')).toHaveLength(2);
  });
});

describe('responsibilities', () => {
  it('reads "Unit: duty", a sentence cut at its verb, and drops a part that names no unit', () => {
    expect(plan.responsibilities.map((r) => [r.id, r.heading, r.units.map((u) => u.text)])).toEqual([
      ['IV.1', 'Sở Tư pháp', ['Sở Tư pháp']],
      ['IV.2', 'Sở Tài chính', ['Sở Tài chính']],
    ]);
    expect(plan.responsibilities[0]?.duties).toEqual(['Theo dõi, đôn đốc việc thực hiện.']);
    expect(plan.responsibilities[1]?.duties[0]).toBe('Sở Tài chính chủ trì, phối hợp với các sở bố trí kinh phí.');
  });
});

describe('appendix table', () => {
  const a = plan.appendices[0];
  const tasks = plan.tasks.filter((t) => t.origin === 'appendix');

  it('reads headers in capitals, skips the "(1) (2)" row, and reads two-cell and one-cell group rows', () => {
    expect(a?.columns.map((c) => c.role)).toEqual(['number', 'task', 'lead', 'support', 'timeframe', 'note']);
    expect(a?.groups).toEqual([
      { id: 'I', title: 'NHÓM NHIỆM VỤ VỀ THỂ CHẾ' },
      { id: 'II', title: 'NHÓM NHIỆM VỤ VỀ NHÂN LỰC' },
    ]);
    expect(tasks.map((t) => t.id)).toEqual(['I.1', 'I.2', 'II.1']);
  });

  it('puts the cells of a short row under their columns and carries the merged cell down', () => {
    const t = tasks[1];
    expect(t?.lead.map((u) => u.text)).toEqual(['Sở Xây dựng']);
    expect(t?.support.map((u) => u.text)).toEqual(['Sở Nội vụ']); // merged down from I.1
    expect(t?.timeframe?.text).toBe('Quý IV/2025- Quý II/2026');
    expect(diagnostics.filter((d) => d.ruleId === 'repair-merged-cell').map((d) => d.place.line)).toEqual([56]);
  });
});

describe('page furniture', () => {
  it('reads the sample saved with a web page around it as it reads the sample', () => {
    const sample = readFileSync(new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url), 'utf8');
    const page = [
      'Trang chủ',
      'Văn bản pháp luật',
      'Đăng nhập | Đăng ký',
      '',
      sample,
      '',
      'Văn bản liên quan',
      '',
      '1. Quyết định 02/QĐ-BCĐASEAN năm 2019',
      '',
      '2. Kế hoạch 100/KH-UBND năm 2020',
      '',
      'Bản quyền © 2024 Thư viện',
    ].join('\n');
    const bare = parsePlan(sample).plan;
    const wrapped = parsePlan(page).plan;
    expect(wrapped.document.number).toBe('446/KH-UBND');
    expect(wrapped.outline.map((s) => s.id)).toEqual(bare.outline.map((s) => s.id));
    expect(wrapped.tasks.map((t) => t.id)).toEqual(bare.tasks.map((t) => t.id));
    expect(wrapped.responsibilities.map((r) => r.id)).toEqual(bare.responsibilities.map((r) => r.id));
  });
});

describe('appendix reference lines', () => {
  const plan = (reference: string) =>
    parsePlan(
      ['Số: 235/KH-UBND', '', 'Thanh Hóa, ngày 18 tháng 11 năm 2025', '', 'KẾ HOẠCH', 'Quan trắc môi trường', '', 'I. MỤC ĐÍCH', '', '- Bảo đảm.', '', 'PHỤ LỤC I', 'DANH MỤC ĐIỂM QUAN TRẮC', '', reference, '', 'TT\tĐiểm\tSố mẫu', '1\tA\t2'].join('\n'),
      { path: 'x' },
    ).plan.appendices[0]?.reference;

  it('reads the number with or without "số", and a blank one as null', () => {
    expect(plan('(Kèm theo Kế hoạch 235/KH-UBND ngày 18/11/2025 của UBND tỉnh Thanh Hóa)')).toMatchObject({ number: '235/KH-UBND', date: '2025-11-18' });
    expect(plan('(Kèm theo Kế hoạch số 235/KH-UBND ngày 18/11/2025)')).toMatchObject({ number: '235/KH-UBND', date: '2025-11-18' });
    expect(plan('(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND thành phố Hà Nội)')).toMatchObject({ number: null, date: null });
  });
});
