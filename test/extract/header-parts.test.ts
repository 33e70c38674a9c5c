/**
 * Header parts (holdout B item 7): which preamble clauses are bases, the type of the plan a
 * decision carries, and a title set on two lines. Plans written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const read = (lines: readonly string[]) => parsePlan(lines.join('\n\n'), { path: 'plan.txt' }).plan;

const DECISION = [
  'ỦY BAN NHÂN DÂN', 'TỈNH NINH THUẬN', 'Số: 41/QĐ-UBND', 'Phan Rang, ngày 09 tháng 4 năm 2024',
  'QUYẾT ĐỊNH', 'Ban hành Kế hoạch hành động phát triển năng lượng tái tạo',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  'Thực hiện Nghị quyết số 55-NQ/TW ngày 11/02/2020 của Bộ Chính trị;',
  'Xét đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 12/TTr-SCT ngày 01/4/2024.',
  'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động phát triển năng lượng tái tạo.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT.', 'CHỦ TỊCH', 'Trần Văn Bình',
  'KẾ HOẠCH HÀNH ĐỘNG', 'Phát triển năng lượng tái tạo tỉnh Ninh Thuận', '(Ban hành kèm theo Quyết định số 41/QĐ-UBND ngày 09/4/2024)',
  'I. MỤC ĐÍCH, YÊU CẦU', 'Khai thác tiềm năng điện gió, điện mặt trời.',
  'II. TỔ CHỨC THỰC HIỆN', '1. Sở Công Thương: Chủ trì theo dõi thực hiện.',
];

describe('bases are the "Căn cứ" and "Thực hiện" clauses (spec: document.bases)', () => {
  it('a proposal ("Xét đề nghị", "Theo đề nghị") is not a basis, and does not run into one', () => {
    const plan = read(DECISION);
    expect(plan.document.bases.map((b) => b.text)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Thực hiện Nghị quyết số 55-NQ/TW ngày 11/02/2020 của Bộ Chính trị;',
    ]);
    const wrapped = read(['KẾ HOẠCH', 'Chuyển đổi số năm 2024', 'Căn cứ Quyết định số 7/QĐ-UBND ngày 02/01/2024 của UBND tỉnh; Theo đề nghị của Sở Khoa học và Công nghệ,', 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:', 'I. MỤC TIÊU', 'Số hóa hồ sơ.']);
    expect(wrapped.document.bases.map((b) => b.text)).toEqual(['Căn cứ Quyết định số 7/QĐ-UBND ngày 02/01/2024 của UBND tỉnh']);
  });
});

describe('the plan a decision carries', () => {
  it('keeps the type as written, alias included', () => {
    expect(read(DECISION).document.carries?.typeName).toBe('Kế hoạch hành động');
    const plain = DECISION.map((l) => (l === 'KẾ HOẠCH HÀNH ĐỘNG' ? 'KẾ HOẠCH' : l));
    expect(read(plain).document.carries?.typeName).toBe('Kế hoạch');
  });
});

describe('a title set on two lines (one paragraph each, as a .docx gives it)', () => {
  const plan = (title: readonly string[], after = 'Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;') =>
    read(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 20/KH-UBND', 'Lào Cai, ngày 05 tháng 01 năm 2024', 'KẾ HOẠCH', ...title, after, 'I. MỤC ĐÍCH', 'Thu hút khách.']);

  it('goes on with a capitalised name after a line left open', () => {
    expect(plan(['Phát triển du lịch Khu bảo tồn thiên nhiên', 'Hoàng Liên Sa Pa năm 2024']).document.title).toBe('Phát triển du lịch Khu bảo tồn thiên nhiên Hoàng Liên Sa Pa năm 2024');
  });

  it('stops at a line closed by punctuation, a note in brackets, or the sentence that issues the plan', () => {
    expect(plan(['Phát triển du lịch năm 2024', '(Kèm theo Quyết định số 3/QĐ-UBND)']).document.title).toBe('Phát triển du lịch năm 2024');
    expect(plan(['Phát triển du lịch năm 2024'], 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:').document.title).toBe('Phát triển du lịch năm 2024');
  });

  it('a title in capitals is not continued by a line in capitals (a decision\'s authority)', () => {
    expect(read(DECISION.map((l) => (l.startsWith('Ban hành Kế hoạch') ? 'BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG PHÁT TRIỂN NĂNG LƯỢNG TÁI TẠO' : l))).document.title).toBe('BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG PHÁT TRIỂN NĂNG LƯỢNG TÁI TẠO');
  });
});

describe('the rule under a title', () => {
  // A web page (or .docx) keeps the rule as a paragraph of its own; a text file's is no paragraph.
  const lines = (rule: string) => ['ỦY BAN NHÂN DÂN', 'TỈNH PHÚ YÊN', 'Số: 30/KH-UBND', 'Phú Yên, ngày 12 tháng 3 năm 2024', 'KẾ HOẠCH', 'Phòng, chống thiên tai năm 2024', rule, 'I. MỤC ĐÍCH, YÊU CẦU', 'Chủ động ứng phó với thiên tai.', 'II. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính: bảo đảm kinh phí.'];
  const plan = (rule: string) => parsePlan(`<html><body>${lines(rule).map((l) => `<p>${l}</p>`).join('\n')}</body></html>`, { path: 'plan.html' }).plan;
  it('ends it, whether of underscores or of dashes: it is no word of the title', () => {
    expect(plan('_____________').document.title).toBe('Phòng, chống thiên tai năm 2024');
    expect(plan('-------------').document.title).toBe('Phòng, chống thiên tai năm 2024');
  });
});
