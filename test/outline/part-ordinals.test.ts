/**
 * "Phần thứ nhất / Phần thứ hai …" (holdout D): each alone on its line, its title in capitals
 * on the next, Arabic clauses inside with no Roman level. A Phần is numbered in Roman numerals
 * (domain.md §1.9, NĐ 30/2020) and a reader cites "Phần thứ hai, mục 3" as "Phần II, mục 3":
 * the Phần takes the Roman numeral of its ordinal, its title is the next line, and the
 * organisation Phần's clauses are its responsibilities. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/model/types.js';
import { readPlan } from '../assign/plan-text.js';
import { outline, read } from '../layout/read.js';

const BODY = [
  'Phần thứ nhất',
  'TÌNH HÌNH THỰC HIỆN NĂM 2025',
  '1. Những việc đã làm được',
  'Hoàn thành việc số hóa hồ sơ đất đai của 12 xã.',
  '2. Tồn tại',
  'Một số xã chậm cập nhật dữ liệu.',
  'Phần thứ hai',
  'NHIỆM VỤ NĂM 2026',
  '1. Hoàn thiện cơ sở dữ liệu đất đai',
  'a) Rà soát hồ sơ địa chính.',
  'b) Chuẩn hóa dữ liệu không gian.',
  'Phần thứ ba',
  'TỔ CHỨC THỰC HIỆN',
  '1. Sở Nông nghiệp và Môi trường: Chủ trì, hướng dẫn các xã triển khai.',
  '2. Sở Tài chính: Bảo đảm kinh phí thực hiện.',
];

const top = (outline: readonly Section[]): [string, string][] => outline.map((s) => [s.id, s.title]);

describe('Phần written as an ordinal, title on the next line', () => {
  const { plan } = readPlan(BODY);

  it('numbers each Phần by the Roman numeral of its ordinal, titled by the next line', () => {
    expect(top(plan.outline)).toEqual([
      ['I', 'TÌNH HÌNH THỰC HIỆN NĂM 2025'],
      ['II', 'NHIỆM VỤ NĂM 2026'],
      ['III', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    expect(plan.outline[1]?.children.map((s) => s.id)).toEqual(['II.1']);
    expect(plan.outline[1]?.children[0]?.children.map((s) => s.id)).toEqual(['II.1.a', 'II.1.b']);
  });

  it('reads the clauses of the organisation Phần as responsibilities', () => {
    expect(plan.responsibilities.map((r) => [r.id, r.units.map((u) => u.name)])).toEqual([
      ['III.1', ['Sở Nông nghiệp và Môi trường']],
      ['III.2', ['Sở Tài chính']],
    ]);
  });
});

const PLAN = `ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 19/KH-UBND

Thử Nghiệm, ngày 14 tháng 1 năm 2025

KẾ HOẠCH
Phòng, chống thiên tai năm 2025

Phần thứ nhất

ĐÁNH GIÁ NĂM 2024

1. Kết quả

Không có thiệt hại về người.

Phần thứ hai

NHIỆM VỤ NĂM 2025

1. Rà soát phương án ứng phó

a) Cập nhật bản đồ ngập lụt.

Phần thứ ba

TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường: Theo dõi, tổng hợp.

2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Vận động nhân dân.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đặng Văn Quang
`;

describe('Phần written as an ordinal, with blank lines and a requested body', () => {
  const { plan } = read(PLAN);

  it('are the top sections, by the Roman numeral of their ordinal, titled by the next line', () => {
    expect(outline(plan)).toEqual([
      'I ĐÁNH GIÁ NĂM 2024',
      'I.1 Kết quả',
      'II NHIỆM VỤ NĂM 2025',
      'II.1 Rà soát phương án ứng phó',
      'II.1.a Cập nhật bản đồ ngập lụt.',
      'III TỔ CHỨC THỰC HIỆN',
      'III.1 Sở Nông nghiệp và Môi trường: Theo dõi, tổng hợp.',
      'III.2 Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Vận động nhân dân.',
    ]);
  });

  it('and the last one\'s clauses are the responsibilities', () => {
    expect(plan.responsibilities.map((r) => [r.id, r.units.map((u) => u.name), r.mode])).toEqual([
      ['III.1', ['Sở Nông nghiệp và Môi trường'], 'assigned'],
      ['III.2', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], 'requested'],
    ]);
  });
});
