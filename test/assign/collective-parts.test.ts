/**
 * Holdout E items 1–2: parts of TỔ CHỨC THỰC HIỆN that name a collective by a unit's head in
 * the plural ("Các Công ty …") or by the members of a body ("Các thành viên Ban …"), and a part
 * whose unit is followed by the official who answers for it in parentheses. Texts written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { readPlan } from './plan-text.js';
import { validatePlan } from '../../src/validate/engine.js';

describe('a numbered part naming a collective by a head or a member noun', () => {
  const { plan, diagnostics } = readPlan([
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Tổng công ty Cấp nước: Chỉ đạo chung, kiểm tra việc thực hiện.',
    '2. Các Công ty Cấp nước trực thuộc: Bảo đảm nguồn nước sạch trong mùa khô.',
    '3. Các Tổ công tác liên ngành: Kiểm tra các điểm khai thác nước ngầm.',
    '4. Các thành viên Hội đồng Thi đua: Theo dõi lĩnh vực được phân công.',
    '5. Các Chi cục Thủy lợi khu vực: Vận hành hồ chứa theo quy trình.',
  ]);
  it('reads each as a responsibility of that collective, with no id skipped and no part left unread', () => {
    expect(plan.responsibilities.map((r) => [r.id, r.units.map((u) => [u.text, u.collective])])).toEqual([
      ['IV.1', [['Tổng công ty Cấp nước', false]]],
      ['IV.2', [['Các Công ty Cấp nước trực thuộc', true]]],
      ['IV.3', [['Các Tổ công tác liên ngành', true]]],
      ['IV.4', [['Các thành viên Hội đồng Thi đua', true]]],
      ['IV.5', [['Các Chi cục Thủy lợi khu vực', true]]],
    ]);
    expect(diagnostics.filter((d) => d.ruleId === 'part-unread')).toEqual([]);
  });
});

describe('a one-word head before a common word after "Các" names no body', () => {
  const { plan, diagnostics } = readPlan([
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Sở Nội vụ: Theo dõi, đôn đốc.',
    '2. Các Báo cáo chuyên đề: Gửi về Sở Nội vụ trước ngày 15 hằng tháng.',
    '3. Công an tỉnh: Bảo đảm an ninh.',
  ]);
  it('is not a responsibility, and is reported as a part that was not read', () => {
    expect(plan.responsibilities.map((r) => r.id)).toEqual(['IV.1', 'IV.3']);
    expect(diagnostics.filter((d) => d.ruleId === 'part-unread').map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('a unit followed by the official who answers for it, in parentheses', () => {
  const body = [
    'I. NỘI DUNG',
    'Nâng cao chỉ số cải cách hành chính.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Kế hoạch và Đầu tư (đồng chí Phó Giám đốc phụ trách): Theo dõi, đôn đốc các sở, ngành thực hiện Kế hoạch; tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh.',
    '2. Sở Tư pháp (ông Trần Văn Bình): Rà soát thủ tục hành chính.',
  ];
  const appendix = [
    'PHỤ LỤC',
    'DANH MỤC NHIỆM VỤ',
    '',
    'STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
    '1\tTheo dõi, đôn đốc các sở, ngành thực hiện Kế hoạch; tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh\tSở KH&ĐT\tCác sở, ngành\tHằng quý',
    '2\tRà soát thủ tục hành chính\tSở Tư pháp\tCác sở, ngành\tNăm 2026',
  ];
  const { plan, diagnostics } = readPlan(body, appendix);
  it('names the body without the parenthesis and keeps the official as the role', () => {
    expect(plan.responsibilities.map((r) => r.units.map((u) => [u.name, u.role, u.person]))).toEqual([
      [['Sở Kế hoạch và Đầu tư', 'đồng chí Phó Giám đốc phụ trách', false]],
      [['Sở Tư pháp', 'ông Trần Văn Bình', false]],
    ]);
  });
  it('so that validate finds the same body as the appendix\'s lead', () => {
    const found = validatePlan(plan, diagnostics).filter((d) => d.ruleId === 'task-owner-mismatch' || d.ruleId === 'unit-without-task');
    expect(found).toEqual([]);
  });
});
