/**
 * Parts numbered in words ("Phần thứ nhất", its title in capitals on the next line) with Arabic
 * clauses inside and no Roman level: a reader cites them "Phần II, mục 3", so each takes the
 * Roman numeral of its ordinal.
 */
import { describe, expect, it } from 'vitest';
import { outline, read } from './read.js';

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

describe('parts numbered "Phần thứ nhất", "Phần thứ hai" …', () => {
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
