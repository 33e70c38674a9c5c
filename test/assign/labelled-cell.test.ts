/**
 * Holdout B item 2 (domain.md §1.8): a task table whose one "Cơ quan thực hiện" column holds
 * "Chủ trì: X" and "Phối hợp: Y, Z" in each cell — as two paragraphs of an HTML or .docx cell,
 * or on one line of a text table. Lead X, support Y and Z; a cell with no label is a plain
 * list of units. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { readPlan, taskRoles as roles } from './plan-text.js';

const HTML = `<html><body>
<p>ỦY BAN NHÂN DÂN</p><p>TỈNH THỬ NGHIỆM</p><p>Số: 31/KH-UBND</p><p>Thử Nghiệm, ngày 02 tháng 4 năm 2026</p>
<p>KẾ HOẠCH</p><p>Phát triển làng nghề truyền thống năm 2026</p>
<p>I. MỤC ĐÍCH, YÊU CẦU</p><p>Bảo tồn và phát triển các làng nghề.</p>
<p>II. TỔ CHỨC THỰC HIỆN</p><p>1. Sở Công Thương: Chủ trì theo dõi, tổng hợp.</p><p>2. Sở Văn hóa, Thể thao và Du lịch: Phối hợp quảng bá làng nghề.</p>
<p>Nơi nhận:</p><p>- Như trên;</p><p>- Lưu: VT.</p><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Trần Văn B</p>
<p>PHỤ LỤC</p><p>NHIỆM VỤ PHÁT TRIỂN LÀNG NGHỀ</p>
<table>
<tr><td>TT</td><td>Nội dung nhiệm vụ</td><td>Cơ quan thực hiện</td><td>Thời gian</td></tr>
<tr><td>1</td><td>Khôi phục nghề dệt thổ cẩm</td><td><p>Chủ trì: Sở Công Thương</p><p>Phối hợp: Hội Liên hiệp Phụ nữ tỉnh, UBND các xã</p></td><td>Năm 2026</td></tr>
<tr><td>2</td><td>Xây dựng điểm giới thiệu sản phẩm làng nghề</td><td><p>Chủ trì: Sở Văn hóa, Thể thao và Du lịch</p></td><td>Quý III/2026</td></tr>
<tr><td>3</td><td>Đào tạo thợ trẻ</td><td><p>Trường Cao đẳng Nghề tỉnh</p></td><td>Năm 2026</td></tr>
</table>
</body></html>`;

describe('one unit cell holding "Chủ trì:" and "Phối hợp:" paragraphs', () => {
  const { plan } = parsePlan(HTML, { path: 'plan.html' });

  it('reads the lead from the "Chủ trì" paragraph and the support from the "Phối hợp" one', () => {
    expect(roles(plan.tasks)).toEqual([
      ['1', ['Sở Công Thương'], ['Hội Liên hiệp Phụ nữ tỉnh', 'UBND các xã']],
      ['2', ['Sở Văn hóa, Thể thao và Du lịch'], []],
      ['3', ['Trường Cao đẳng Nghề tỉnh'], []],
    ]);
  });
});

describe('"Chủ trì: X; Phối hợp: Y" on one line of a text table', () => {
  const { plan } = readPlan(['I. NỘI DUNG', 'Phát triển làng nghề.'], [
    'PHỤ LỤC',
    'NHIỆM VỤ CỤ THỂ',
    '',
    'TT\tNhiệm vụ\tCơ quan thực hiện\tThời gian',
    '1\tMở lớp truyền nghề mây tre đan\tChủ trì: Sở Nông nghiệp và Môi trường; Phối hợp: Liên minh Hợp tác xã tỉnh\tQuý II/2026',
    '2\tHỗ trợ đăng ký nhãn hiệu tập thể\tChủ trì: Sở Khoa học và Công nghệ Phối hợp: Sở Công Thương\tNăm 2026',
  ]);
  it('splits at the second label, with or without a semicolon before it', () => {
    expect(roles(plan.tasks)).toEqual([
      ['1', ['Sở Nông nghiệp và Môi trường'], ['Liên minh Hợp tác xã tỉnh']],
      ['2', ['Sở Khoa học và Công nghệ'], ['Sở Công Thương']],
    ]);
  });
});
