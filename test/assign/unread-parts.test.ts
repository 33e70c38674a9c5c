/**
 * Holdout B item 4: responsibility parts that were dropped although the outline has them — a
 * person addressed as "Đồng chí" whose family name is in no list of the most frequent ones, a
 * part naming a collective of hospitals or centres — and the warning for a part-shaped heading
 * beside read parts that still names no unit. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { lineOf, readPlan } from './plan-text.js';

describe('people addressed by a form of address and a post', () => {
  const { plan } = readPlan([
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Đồng chí Sùng Thị Dợ, Phó Chủ tịch UBND xã: Chỉ đạo các thôn triển khai Kế hoạch.',
    '2. Ông Giàng Seo Phử - Trưởng Công an xã: Bảo đảm an ninh trật tự.',
    '3. Đồng chí Nguyễn Văn Tâm, Chủ tịch UBND xã: Chỉ đạo chung.',
    '4. Văn phòng HĐND và UBND xã: Tổng hợp, báo cáo.',
  ]);
  it('reads each as a part of a person named by the name, whatever the family name', () => {
    expect(plan.responsibilities.map((r) => [r.id, r.units.map((u) => [u.name, u.person])])).toEqual([
      ['III.1', [['Sùng Thị Dợ', true]]],
      ['III.2', [['Giàng Seo Phử', true]]],
      ['III.3', [['Nguyễn Văn Tâm', true]]],
      ['III.4', expect.any(Array)],
    ]);
  });
  it('a bare name with an unlisted family name and no form of address is not taken for a person', () => {
    const { plan: p } = readPlan(['II. NỘI DUNG', 'Kiểm tra.'], ['PHỤ LỤC', '', 'TT\tNhiệm vụ\tNgười thực hiện', '1\tKiểm tra hồ sơ\tSùng Thị Dợ']);
    expect(p.tasks[0]?.lead.map((u) => u.person)).toEqual([false]);
  });
});

describe('parts naming a collective of hospitals or centres', () => {
  const { plan, diagnostics } = readPlan([
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Sở Y tế: Chủ trì, hướng dẫn triển khai.',
    '2. Các bệnh viện tuyến huyện, Trung tâm Kiểm soát bệnh tật tỉnh: Tiếp nhận, điều trị người bệnh chuyển tuyến.',
    '3. Các trung tâm y tế huyện: Tổ chức khám sàng lọc.',
  ]);
  it('reads every part, with a collective and a named body apart', () => {
    expect(plan.responsibilities.map((r) => [r.id, r.units.map((u) => [u.text, u.collective])])).toEqual([
      ['III.1', [['Sở Y tế', false]]],
      ['III.2', [['Các bệnh viện tuyến huyện', true], ['Trung tâm Kiểm soát bệnh tật tỉnh', false]]],
      ['III.3', [['Các trung tâm y tế huyện', true]]],
    ]);
    expect(diagnostics.filter((d) => d.ruleId === 'part-unread')).toEqual([]);
  });
});

describe('a part-shaped heading beside read parts that names no unit is reported, not lost in silence', () => {
  const BODY = [
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Sở Nội vụ: Theo dõi, đôn đốc.',
    '2. Nhân dân trên địa bàn: Tích cực tham gia giữ gìn vệ sinh môi trường.',
    '3. Công an tỉnh: Bảo đảm an ninh.',
    '4. Chế độ báo cáo: Các đơn vị báo cáo kết quả trước ngày 15/12/2026.',
  ];
  const { plan, diagnostics } = readPlan(BODY);
  it('a warning with the part\'s id and place; reporting and other topics are not parts', () => {
    expect(plan.responsibilities.map((r) => r.id)).toEqual(['IV.1', 'IV.3']);
    const found = diagnostics.filter((d) => d.ruleId === 'part-unread');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', place: { line: lineOf(BODY, BODY[2] as string), column: 1 } });
    expect(found[0]?.message).toContain('IV.2 "Nhân dân trên địa bàn"');
  });
  it('no warning where no part is read at all (a section of topics)', () => {
    const { diagnostics: d } = readPlan(['IV. TỔ CHỨC THỰC HIỆN', '1. Công tác tuyên truyền: Đẩy mạnh tuyên truyền.', '2. Công tác kiểm tra: Kiểm tra định kỳ.']);
    expect(d.filter((x) => x.ruleId === 'part-unread')).toEqual([]);
  });
});
