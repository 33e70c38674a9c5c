/**
 * Lettered points written "a." "b." (Word's list style) rather than NĐ 30/2020's "a)": items of
 * the outline like "a)", in a plan with blank lines and in one with one line per paragraph.
 */
import { describe, expect, it } from 'vitest';
import { outline, read, withoutBlankLines } from './read.js';

const PLAN = `ỦY BAN NHÂN DÂN
HUYỆN THỬ NGHIỆM

Số: 41/KH-UBND

Thử Nghiệm, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Phát triển nghề thủ công năm 2024

I. MỤC TIÊU

a. Khôi phục 03 làng nghề truyền thống.

b. 100% hộ làm nghề được tập huấn kỹ thuật.

II. NHIỆM VỤ

1. Hỗ trợ làng nghề

a. Xây dựng nhãn hiệu tập thể cho sản phẩm mây tre đan, v.v.
theo quy định.

b. Tổ chức phiên chợ sản phẩm làng nghề.

2. Đào tạo nghề

III. TỔ CHỨC THỰC HIỆN

Phòng Kinh tế chủ trì theo dõi, tổng hợp.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lý Văn Hùng
`;

const EXPECTED = [
  'I MỤC TIÊU',
  'I.a Khôi phục 03 làng nghề truyền thống.',
  'I.b 100% hộ làm nghề được tập huấn kỹ thuật.',
  'II NHIỆM VỤ',
  'II.1 Hỗ trợ làng nghề',
  'II.1.a Xây dựng nhãn hiệu tập thể cho sản phẩm mây tre đan, v.v. theo quy định.',
  'II.1.b Tổ chức phiên chợ sản phẩm làng nghề.',
  'II.2 Đào tạo nghề',
  'III TỔ CHỨC THỰC HIỆN',
];

describe('lettered points written with a dot', () => {
  it('are items under a section and under a numbered item, with blank lines between paragraphs', () => {
    expect(outline(read(PLAN).plan)).toEqual(EXPECTED);
  });

  it('stand apart from the heading above them with one line per paragraph (a .docx)', () => {
    const text = withoutBlankLines(PLAN).replace('đan, v.v.\ntheo', 'đan, v.v. theo');
    expect(outline(read(text).plan)).toEqual(EXPECTED);
  });
});
