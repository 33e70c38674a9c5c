/**
 * A công văn (official letter) is not a plan, even one that sets out who must do what under a
 * heading "TỔ CHỨC THỰC HIỆN" (holdout-e e10's kind). NĐ 30/2020 gives the công văn no type
 * abbreviation ("Số: 318/UBND-VX") and no type name line; only a công văn has a "V/v …" trích
 * yếu, and it is addressed "Kính gửi: …" (domain.md §1.3, §1.4). Its type is read from those.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, validatePlan } from '../../src/index.js';

const letter = (number: string, subject: string, salutation: string): string => `ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: ${number}
${subject}

Quảng Trị, ngày 10 tháng 4 năm 2026

${salutation}
- Sở Giáo dục và Đào tạo;
- Sở Y tế.

Thực hiện Kế hoạch số 40/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:

I. NỘI DUNG

1. Rà soát kết quả thực hiện Kế hoạch số 40/KH-UBND.

II. TỔ CHỨC THỰC HIỆN

1. Sở Giáo dục và Đào tạo: chủ trì, tổng hợp kết quả, báo cáo trước ngày 30/4/2026.

2. Sở Y tế: phối hợp thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, VX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Hải
`;

const read = (text: string) => {
  const { plan, diagnostics } = parsePlan(text, { path: 'letter.txt' });
  const structure = validatePlan(plan, diagnostics, { lang: 'en' }).filter((d) => d.ruleId === 'plan-structure' && d.severity === 'error');
  return { plan, structure };
};

describe('a công văn that holds a TỔ CHỨC THỰC HIỆN', () => {
  it('is read as a letter: type name Công văn, no type abbreviation', () => {
    const { plan } = read(letter('318/UBND-VX', 'V/v đôn đốc thực hiện Kế hoạch số 40/KH-UBND', 'Kính gửi:'));
    expect([plan.document.number, plan.document.type, plan.document.typeName]).toEqual(['318/UBND-VX', null, 'Công văn']);
    // What it assigns is read all the same: the heading is there, and its parts.
    expect(plan.responsibilities.map((r) => r.id)).toEqual(['II.1', 'II.2']);
  });

  it('does not pass validate as a plan', () => {
    const { structure } = read(letter('318/UBND-VX', 'V/v đôn đốc thực hiện Kế hoạch số 40/KH-UBND', 'Kính gửi:'));
    expect(structure.map((d) => d.messageId)).toEqual(['plan-structure.notAPlanMissing']);
    expect(structure[0]?.message).toContain('The document is a Công văn, not a plan');
  });

  it('from either mark: the "V/v" subject ("Vv" as some offices type it) or "Kính gửi"', () => {
    expect(read(letter('318/UBND-VX', 'Vv đôn đốc thực hiện Kế hoạch', '')).plan.document.typeName).toBe('Công văn');
    expect(read(letter('318/UBND-VX', '', 'Kính gửi: Sở Giáo dục và Đào tạo')).plan.document.typeName).toBe('Công văn');
    expect(read(letter('318/UBND-VX', '', '')).plan.document.typeName).toBeNull();
  });

  it('a type read from the number or a type line stands: a plan addressed "Kính gửi" is a plan', () => {
    const plan = letter('41/KH-UBND', '', 'Kính gửi:');
    expect(read(plan).plan.document.type).toBe('KH');
    expect(read(plan).structure).toEqual([]);
    const typed = letter('41/UBND-VX', 'KẾ HOẠCH\nĐôn đốc thực hiện Kế hoạch số 40/KH-UBND', 'Kính gửi:');
    expect([read(typed).plan.document.type, read(typed).plan.document.typeName]).toEqual(['KH', 'Kế hoạch']);
  });

  it('a word that only begins like a mark is none ("Vvv")', () => {
    expect(read(letter('318/UBND-VX', 'Vvv', '')).plan.document.typeName).toBeNull();
  });
});
