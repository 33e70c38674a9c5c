/**
 * Commas and "và" inside one body's name, and between two bodies (issue 12 §4–5, holdout B item
 * 3): what follows decides. Names written for these tests, of other bodies than the plans where
 * the shapes were met.
 */
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/units/split.js';
import { subjectOf } from '../../src/extract/assignment-clause.js';

const names = (cell: string) => splitUnits(cell).map((u) => [u.text, u.collective]);

describe('a comma inside a body\'s name stays', () => {
  it('a field written as a pair of verbs ("Phòng, chống …") after "và" is not a body', () => {
    expect(names('Cục Kiểm soát ô nhiễm và Phòng, chống cháy nổ')).toEqual([['Cục Kiểm soát ô nhiễm và Phòng, chống cháy nổ', false]]);
    expect(names('Trung tâm Cứu hộ và Phòng, chống dịch bệnh, Sở Y tế')).toEqual([['Trung tâm Cứu hộ và Phòng, chống dịch bệnh', false], ['Sở Y tế', false]]);
    // The same head with a name of its own, or listing plural nouns, still starts a unit.
    expect(names('Sở Y tế và Phòng Y tế các xã')).toEqual([['Sở Y tế', false], ['Phòng Y tế các xã', true]]);
    expect(names('Sở Y tế, Công an, các xã')).toEqual([['Sở Y tế', false], ['Công an', false], ['các xã', true]]);
  });

  it('a head that names a field ("Thống kê", "Hải quan") goes on naming the body before it when no place follows', () => {
    expect(names('Viện Kinh tế, Thống kê')).toEqual([['Viện Kinh tế, Thống kê', false]]);
    expect(names('Trung tâm Dữ liệu, Thống kê nông nghiệp; Sở Tài chính')).toEqual([['Trung tâm Dữ liệu, Thống kê nông nghiệp', false], ['Sở Tài chính', false]]);
    // Written with its place, or after a known body, it is a body of its own.
    expect(names('Viện Kinh tế, Thống kê tỉnh')).toEqual([['Viện Kinh tế', false], ['Thống kê tỉnh', false]]);
    expect(names('Trung tâm Dữ liệu, Hải quan khu vực III')).toEqual([['Trung tâm Dữ liệu', false], ['Hải quan khu vực III', false]]);
    expect(names('Sở Tài chính, Thống kê')).toEqual([['Sở Tài chính', false], ['Thống kê', false]]);
    expect(names('Viện Kinh tế, Kho bạc Nhà nước')).toEqual([['Viện Kinh tế', false], ['Kho bạc Nhà nước', false]]);
  });

  it('a ministry\'s collective of its vụ and cục is one unit', () => {
    expect(names('Các Vụ, Cục, Thanh tra Bộ')).toEqual([['Các Vụ, Cục', true], ['Thanh tra Bộ', false]]);
    expect(names('Các Vụ, Cục, đơn vị trực thuộc')).toEqual([['Các Vụ, Cục, đơn vị trực thuộc', true]]);
    // A vụ or cục with its name is one body, not the start of a collective.
    expect(names('Vụ Tổ chức cán bộ, Cục Kinh tế hợp tác')).toEqual([['Vụ Tổ chức cán bộ', false], ['Cục Kinh tế hợp tác', false]]);
    expect(names('Các sở, ngành, Cục Thuế tỉnh')).toEqual([['Các sở, ngành', true], ['Cục Thuế tỉnh', false]]);
  });
});

describe('"và" inside an office\'s name', () => {
  it('an office that serves two bodies names both, with their level once at the end', () => {
    expect(names('Văn phòng HĐND và UBND phường')).toEqual([['Văn phòng HĐND và UBND phường', false]]);
    expect(names('Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh, Sở Nội vụ')).toEqual([
      ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', false],
      ['Sở Nội vụ', false],
    ]);
  });

  it('an office whose body has its level already is a whole name', () => {
    expect(names('Văn phòng UBND tỉnh và UBND các phường')).toEqual([['Văn phòng UBND tỉnh', false], ['UBND các phường', true]]);
    expect(names('Văn phòng Sở và UBND xã')).toEqual([['Văn phòng Sở', false], ['UBND xã', false]]);
  });
});

describe('a comma before a unit head starts a unit', () => {
  it('border posts and health stations are bodies', () => {
    expect(names('Công an phường, Đồn Biên phòng Cửa khẩu Lao Bảo')).toEqual([['Công an phường', false], ['Đồn Biên phòng Cửa khẩu Lao Bảo', false]]);
    expect(names('Trường học các phường, Trạm y tế các phường')).toEqual([['Trường học các phường', true], ['Trạm y tế các phường', true]]);
    expect(names('Ban Chỉ huy Quân sự các xã, Trạm Khuyến nông huyện')).toEqual([['Ban Chỉ huy Quân sự các xã', true], ['Trạm Khuyến nông huyện', false]]);
  });
});

describe('a verb that is a syllable of a name\'s field', () => {
  const subject = (text: string): string | null => {
    const s = subjectOf(text);
    return s ? text.slice(0, s.end) : null;
  };
  it('"Trợ giúp" after a head is the field, not the verb "giúp"', () => {
    expect(subject('Trung tâm Trợ giúp pháp lý nhà nước tỉnh')).toBeNull();
    expect(subject('Trung tâm Trợ giúp pháp lý nhà nước tỉnh chủ trì tổ chức tập huấn.')).toBe('Trung tâm Trợ giúp pháp lý nhà nước tỉnh');
  });
  it('a one-word verb after a lower-case word, or a verb of two words after a capital, ends the units', () => {
    expect(subject('Sở Tư pháp giúp Ủy ban nhân dân tỉnh theo dõi.')).toBe('Sở Tư pháp');
    expect(subject('Cục Thuế chủ trì thực hiện.')).toBe('Cục Thuế');
  });
});
