/**
 * Layout 1: an item number apart from its text ("3." alone, the number left at the end of the
 * line above, "III." alone). Layout 2: decimal numbering restarting under a new parent right
 * under a heading with no closing punctuation, checked on the whole number path.
 */
import { describe, expect, it } from 'vitest';
import { outline, read, rules } from './read.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 12/KH-UBND
An Giang, ngày 3 tháng 4 năm 2025
KẾ HOẠCH
Phòng, chống thiên tai năm 2025
`;

describe('layout 1: a number apart from its text', () => {
  const { plan, diagnostics } = read(`${HEAD}I.
MỤC TIÊU
Giảm thiểu thiệt hại do thiên tai gây ra.
II.
TỔ CHỨC THỰC HIỆN
1.
Sở Nông nghiệp và Môi trường
Chủ trì, theo dõi thực hiện Kế hoạch. 2.
Sở Tài chính
Bố trí kinh phí. 3.
Công an tỉnh
Bảo đảm an ninh trật tự.
4. Trong năm
2025, các sở, ngành rà soát phương án.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Phước
`);

  it('a Roman or Arabic number alone on its line takes the next line as its title', () => {
    expect(outline(plan).slice(0, 3)).toEqual(['I MỤC TIÊU', 'II TỔ CHỨC THỰC HIỆN', 'II.1 Sở Nông nghiệp và Môi trường']);
  });

  it('a number left at the end of the line above is the next line\'s, and says so', () => {
    expect(plan.responsibilities.map((r) => [r.id, r.units.map((u) => u.name).join(', '), r.duties.join(' ')])).toEqual([
      ['II.1', 'Sở Nông nghiệp và Môi trường', 'Chủ trì, theo dõi thực hiện Kế hoạch.'],
      ['II.2', 'Sở Tài chính', 'Bố trí kinh phí.'],
      ['II.3', 'Công an tỉnh', 'Bảo đảm an ninh trật tự.'],
    ]);
    expect(rules(diagnostics, 'repair-item-number').map((d) => [d.place.line, d.place.column])).toEqual([
      [13, 39],
      [15, 18],
    ]);
  });

  it('a figure on the next line goes on with an open sentence', () => {
    expect(outline(plan)).toContain('II.4 Trong năm 2025, các sở, ngành rà soát phương án.');
  });

  it('a number left at the end of a paragraph is the next paragraph\'s across a blank line too', () => {
    const { plan: p, diagnostics: d } = read(`${HEAD}\nI. TỔ CHỨC THỰC HIỆN\n\n1. Ông Lò Văn Sáng - Phó Chủ tịch UBND xã: Chỉ đạo chung. 2.\n\nBà Lò Thị Hoa - Phó Chủ tịch UBND xã: Tuyên truyền.\n`);
    expect(p.responsibilities.map((r) => [r.id, r.units.map((u) => u.name).join(', ')])).toEqual([
      ['I.1', 'Lò Văn Sáng'],
      ['I.2', 'Lò Thị Hoa'],
    ]);
    expect(rules(d, 'repair-item-number').map((x) => x.place.line)).toEqual([9]);
  });

  it('a figure after a closed sentence that does not continue the numbering stays where it is', () => {
    const { plan: p } = read(`${HEAD}\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính: bố trí kinh phí. 5.\n\nCác đơn vị báo cáo kết quả.\n`);
    expect(outline(p)).toEqual(['I TỔ CHỨC THỰC HIỆN', 'I.1 Sở Tài chính: bố trí kinh phí. 5.']);
  });
});

describe('layout 2: decimal numbering restarting under a new parent', () => {
  it('"4.1" after "3.5" right under a heading with no closing punctuation is a new item (no blank lines)', () => {
    const { plan } = read(`${HEAD}I. NHIỆM VỤ
1. Đào tạo cán bộ
1.1. Mở lớp bồi dưỡng kỹ năng số
1.2. Tổ chức thi tay nghề
2. Thu hút nhân tài
2.1. Ban hành chính sách thu hút
2.2. Hỗ trợ nhà ở công vụ
3.1. Rà soát đội ngũ
3.2. Đánh giá chất lượng
II. TỔ CHỨC THỰC HIỆN
Sở Nội vụ chủ trì.
`);
    expect(outline(plan)).toEqual([
      'I NHIỆM VỤ',
      'I.1 Đào tạo cán bộ',
      'I.1.1 Mở lớp bồi dưỡng kỹ năng số',
      'I.1.2 Tổ chức thi tay nghề',
      'I.2 Thu hút nhân tài',
      'I.2.1 Ban hành chính sách thu hút',
      'I.2.2 Hỗ trợ nhà ở công vụ',
      'I.3.1 Rà soát đội ngũ',
      'I.3.2 Đánh giá chất lượng',
      'II TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('the same in hard-wrapped text with blank lines: "4.1" under "4. …" with no full stop', () => {
    const { plan } = read(`${HEAD}
I. NHIỆM VỤ

3. Đào tạo, bồi dưỡng đội ngũ cán bộ, công chức, viên chức làm công tác chuyển đổi
số của tỉnh
3.1. Tổ chức các lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã theo chương trình của
tỉnh và của các bộ, ngành; mời chuyên gia của các trường đại học tham gia giảng dạy
và biên soạn tài liệu; đánh giá kết quả sau mỗi khóa học và công khai kết quả trên
cổng thông tin điện tử của tỉnh.
3.2. Cử cán bộ tham gia các khóa đào tạo chuyên sâu về an toàn thông tin do các bộ,
ngành trung ương tổ chức; bảo đảm mỗi sở, ngành có ít nhất một cán bộ được đào tạo
chuyên sâu.

4. Thu hút nhân tài
4.1. Ban hành chính sách thu hút người có trình độ cao về làm việc tại các cơ quan
của tỉnh.

II. TỔ CHỨC THỰC HIỆN

Sở Nội vụ chủ trì.
`);
    expect(outline(plan)).toEqual([
      'I NHIỆM VỤ',
      'I.3 Đào tạo, bồi dưỡng đội ngũ cán bộ, công chức, viên chức làm công tác chuyển đổi số của tỉnh',
      expect.stringMatching(/^I\.3\.1 Tổ chức các lớp .* trên cổng thông tin điện tử của tỉnh\.$/u),
      expect.stringMatching(/^I\.3\.2 Cử cán bộ .* được đào tạo chuyên sâu\.$/u),
      'I.4 Thu hút nhân tài',
      'I.4.1 Ban hành chính sách thu hút người có trình độ cao về làm việc tại các cơ quan của tỉnh.',
      'II TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('a number followed by a word in lower case after an open sentence is a wrap', () => {
    const { plan } = read(`${HEAD}I. NHIỆM VỤ
1. Tăng cường kiểm tra
Kết quả thực hiện được báo cáo theo mục
1.1. của Kế hoạch này.
2. Kiểm tra việc thực hiện
`);
    expect(outline(plan)).toEqual(['I NHIỆM VỤ', 'I.1 Tăng cường kiểm tra', 'I.2 Kiểm tra việc thực hiện']);
    expect(plan.outline[0]?.children[0]?.children).toEqual([]);
  });
});

describe('a numbered line read as a wrap is reported where it is', () => {
  it('info for a figure in a sentence, warning for what looks like a unit part', () => {
    const { diagnostics } = read(`${HEAD}I. NHIỆM VỤ
1. Kiểm tra
2. Rà soát các văn bản theo mục
4. Danh mục kèm theo Kế hoạch.
5. Nhiệm vụ của các sở theo mục
7. Sở Tư pháp:
`);
    expect(rules(diagnostics, 'outline-numbered-line').map((d) => [d.severity, d.place.line])).toEqual([
      ['info', 9],
      ['warning', 11],
    ]);
  });
});
