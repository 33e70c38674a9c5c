import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/units/split.js';

/** [text as written, collective] for each unit, in order. */
type Expected = [string, boolean][];
const names = (cell: string) => splitUnits(cell).map((u) => [u.text, u.collective]);

describe('splitUnits: the spec examples', () => {
  const cases: [string, Expected][] = [
    ['Báo Hà Tĩnh; Đài PT&TH tỉnh', [['Báo Hà Tĩnh', false], ['Đài PT&TH tỉnh', false]]],
    ['Các cơ quan báo chí của tỉnh; Công TTĐT tỉnh', [['Các cơ quan báo chí của tỉnh', true], ['Công TTĐT tỉnh', false]]],
    ['Sở Kế hoạch và Đầu tư, ban QLKKT tỉnh và các sở, ngành liên quan', [['Sở Kế hoạch và Đầu tư', false], ['ban QLKKT tỉnh', false], ['các sở, ngành liên quan', true]]],
    ['Sở Văn hóa, Thể thao và Du lịch', [['Sở Văn hóa, Thể thao và Du lịch', false]]],
    ['Các sở, ban, ngành, đoàn thể, địa phương', [['Các sở, ban, ngành, đoàn thể, địa phương', true]]],
    ['UBND các huyện, thị xã, thành phố', [['UBND các huyện, thị xã, thành phố', true]]],
    ['Các sở, ngành liên quan', [['Các sở, ngành liên quan', true]]],
    ['Các sở, ban, ngành có liên quan', [['Các sở, ban, ngành có liên quan', true]]],
    ['Sở KH&CN', [['Sở KH&CN', false]]],
    ['Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông', [['Ban Quản lý Khu kinh tế', false], ['Sở Công Thương', false], ['các doanh nghiệp viễn thông', true]]],
    // Issue 3 §6: heads of bodies addressed together are separate addressees.
    ['Giám đốc các Sở, Chủ tịch UBND các xã, phường', [['Giám đốc các Sở', true], ['Chủ tịch UBND các xã, phường', true]]],
    ['Giám đốc các Sở, ngành, Thủ trưởng các cơ quan, đơn vị', [['Giám đốc các Sở, ngành', true], ['Thủ trưởng các cơ quan, đơn vị', true]]],
  ];
  it.each(cases)('%s', (cell, expected) => expect(names(cell)).toEqual(expected));

  it('gives canonical names, start offsets and repairs', () => {
    expect(splitUnits('Các cơ quan báo chí của tỉnh; Công TTĐT tỉnh')).toEqual([
      { text: 'Các cơ quan báo chí của tỉnh', name: 'Các cơ quan báo chí của tỉnh', collective: true, person: false, role: null, start: 0 },
      { text: 'Công TTĐT tỉnh', name: 'Cổng Thông tin điện tử tỉnh', collective: false, person: false, role: null, start: 30, repaired: { from: 'Công', to: 'Cổng' } },
    ]);
    const [a, b] = splitUnits('Báo Hà Tĩnh ; Đài PT&TH tỉnh');
    expect(a).toEqual({ text: 'Báo Hà Tĩnh', name: 'Báo Hà Tĩnh', collective: false, person: false, role: null, start: 0 });
    expect(b).toEqual({ text: 'Đài PT&TH tỉnh', name: 'Đài Phát thanh và Truyền hình tỉnh', collective: false, person: false, role: null, start: 14 });
  });

  it('a one-word head with no name after it names the body a unit belongs to ("Thanh tra Bộ", "Văn phòng Sở")', () => {
    expect(names('Thanh tra Bộ')).toEqual([['Thanh tra Bộ', false]]);
    expect(names('Vụ Tổ chức cán bộ, Thanh tra Sở; Văn phòng Bộ')).toEqual([['Vụ Tổ chức cán bộ', false], ['Thanh tra Sở', false], ['Văn phòng Bộ', false]]);
    // With a name after it, the head starts a unit of its own.
    expect(names('Thanh tra tỉnh Sở Xây dựng')).toEqual([['Thanh tra tỉnh', false], ['Sở Xây dựng', false]]);
  });

  it('a board followed by the council or party committee it belongs to is one body; before another body it is not', () => {
    expect(names('Ban Dân tộc HĐND tỉnh; Ban Dân tộc tỉnh')).toEqual([['Ban Dân tộc HĐND tỉnh', false], ['Ban Dân tộc tỉnh', false]]);
    expect(splitUnits('Ban Dân tộc Hội đồng nhân dân thành phố')[0]?.name).toBe('Ban Dân tộc Hội đồng nhân dân thành phố');
    expect(names('Ban Dân vận Tỉnh ủy, Ban Dân tộc tỉnh')).toEqual([['Ban Dân vận Tỉnh ủy', false], ['Ban Dân tộc tỉnh', false]]);
    // A board before a People's Committee is not that committee's board: two bodies with no comma.
    expect(names('Ban Dân tộc Sở Tài chính')).toEqual([['Ban Dân tộc', false], ['Sở Tài chính', false]]);
  });

  it('a unit that ends with its place is complete: a capitalised word after the comma starts the next, known head or not', () => {
    expect(names('Điện lực tỉnh Bình Phước, Mobifone Bình Phước')).toEqual([['Điện lực tỉnh Bình Phước', false], ['Mobifone Bình Phước', false]]);
    expect(names('Trung tâm Y tế tỉnh, Vinaphone')).toEqual([['Trung tâm Y tế tỉnh', false], ['Vinaphone', false]]);
    // A name that lists its fields after a comma does not end with a place.
    expect(names('Phòng Văn hóa, Khoa học và Thông tin')).toEqual([['Phòng Văn hóa, Khoa học và Thông tin', false]]);
  });

  it('a province\'s whole name in capitals after two words of a name ends the unit, with no level word (NAME_BEFORE_PLACE)', () => {
    // Enterprises' branches named for their province: two units, though neither head is listed.
    expect(names('Bưu chính Lạng Sơn, Mobifone Lạng Sơn')).toEqual([['Bưu chính Lạng Sơn', false], ['Mobifone Lạng Sơn', false]]);
    // One word before the province may be the body's whole name with it: no evidence, one text.
    expect(names('Agribank Lạng Sơn, Mobifone Lạng Sơn')).toEqual([['Agribank Lạng Sơn, Mobifone Lạng Sơn', false]]);
    // Written in lower case the words are no place's name.
    expect(names('Bưu chính lạng sơn, Mobifone')).toEqual([['Bưu chính lạng sơn, Mobifone', false]]);
  });

  it('"và các" before the noun the name has just written in capitals goes on with the name; before a kind of body it starts one', () => {
    expect(names('Ban Quản lý Khu kinh tế cửa khẩu và các khu công nghiệp Lạng Sơn')).toEqual([['Ban Quản lý Khu kinh tế cửa khẩu và các khu công nghiệp Lạng Sơn', false]]);
    expect(names('Ban Quản lý Khu kinh tế và các doanh nghiệp')).toEqual([['Ban Quản lý Khu kinh tế', false], ['các doanh nghiệp', true]]);
    // Written in capitals again, the managed noun still goes on with the name.
    expect(names('Sở Tài chính, Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp Khánh Hòa')).toEqual([
      ['Sở Tài chính', false],
      ['Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp Khánh Hòa', false],
    ]);
    // A unit head after "các" starts a list of bodies, even one the name before wrote in capitals.
    expect(names('Trung tâm Phát triển Ban Mai và các Ban Quản lý dự án')).toEqual([['Trung tâm Phát triển Ban Mai', false], ['các Ban Quản lý dự án', true]]);
    // "Tổ" written in capitals before, but "tổ chức" is a kind of body: a unit of its own.
    expect(names('Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố và các tổ chức chính trị - xã hội')).toEqual([['Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố', false], ['các tổ chức chính trị - xã hội', true]]);
  });

  it('the opening words of a unit written again after a comma open another unit of the same kind, whatever its head', () => {
    expect(names('Khu bảo tồn thiên nhiên Pù Mát, Khu bảo tồn thiên nhiên Pù Hoạt')).toEqual([['Khu bảo tồn thiên nhiên Pù Mát', false], ['Khu bảo tồn thiên nhiên Pù Hoạt', false]]);
    // One word written again is not enough (REPEATED_OPENING): with no known head, the text stays one name.
    expect(names('Vườn Cúc Phương, Vườn Ba Vì')).toEqual([['Vườn Cúc Phương, Vườn Ba Vì', false]]);
  });

  it('returns nothing for an empty cell', () => {
    expect(splitUnits('')).toEqual([]);
    expect(splitUnits(' ; , ')).toEqual([]);
  });
});

describe('splitUnits: real cells and headings (sample 446/KH-UBND and the corpus)', () => {
  const cases: [string, string, Expected][] = [
    ['446 PL II.2 (wrapped across a page)', 'Sở Kế hoạch và Đầu tư, ban QLKKT tỉnh và các sở, ngành liên\n\n\t\t\tquan',
      [['Sở Kế hoạch và Đầu tư', false], ['ban QLKKT tỉnh', false], ['các sở, ngành liên quan', true]]],
    ['446 PL II.3', 'Sở Văn hóa -Thể thao & Du lịch', [['Sở Văn hóa -Thể thao & Du lịch', false]]],
    ['446 PL II.5 support', 'Báo Hà Tĩnh ; Đài PT&TH tỉnh', [['Báo Hà Tĩnh', false], ['Đài PT&TH tỉnh', false]]],
    ['446 PL II.5 lead', 'Các sở, ban, ngành, địa phương', [['Các sở, ban, ngành, địa phương', true]]],
    ['446 PL II.8', 'Sở Lao động - Thương binh và Xã hội', [['Sở Lao động - Thương binh và Xã hội', false]]],
    ['446 IV.6 heading', 'Báo Hà Tĩnh, Đài Phát thanh và Truyền hình tỉnh; Cổng Thông tin điện tử tỉnh, các trang TTĐT tổng hợp, bản tin của các sở, ban, ngành, địa phương',
      [['Báo Hà Tĩnh', false], ['Đài Phát thanh và Truyền hình tỉnh', false], ['Cổng Thông tin điện tử tỉnh', false], ['các trang TTĐT tổng hợp, bản tin của các sở, ban, ngành, địa phương', true]]],
    ['446 IV.7 heading', 'Đề nghị Ban Tuyên giáo Tỉnh ủy', [['Ban Tuyên giáo Tỉnh ủy', false]]],
    ['09 support', 'Các sở, ban, ngành tỉnh; các đơn vị liên quan; UBND các xã, phường',
      [['Các sở, ban, ngành tỉnh', true], ['các đơn vị liên quan', true], ['UBND các xã, phường', true]]],
    ['09 support', 'Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông; các cơ quan, đơn vị liên quan',
      [['Ban Quản lý Khu kinh tế', false], ['Sở Công Thương', false], ['các doanh nghiệp viễn thông', true], ['các cơ quan, đơn vị liên quan', true]]],
    ['09 heading 6', 'Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh',
      [['Hiệp hội Doanh nghiệp tỉnh', false], ['Hội Nông dân tỉnh', false], ['Liên minh Hợp tác xã Tỉnh', false]]],
    ['09 heading 7', 'Các sở, ban, ngành tỉnh,\nỦy ban nhân dân các xã, phường', [['Các sở, ban, ngành tỉnh', true], ['Ủy ban nhân dân các xã, phường', true]]],
    ['11 support (no separator between two Sở)', 'Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã',
      [['Sở Khoa học và Công nghệ', false], ['Sở Công Thương', false], ['UBND các phường, xã', true]]],
    ['11 support', 'Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và Công nghệ, Sở Công Thương',
      [['Ban Quản lý các khu công nghệ cao và khu công nghiệp', false], ['Sở Khoa học và Công nghệ', false], ['Sở Công Thương', false]]],
    ['11 lead', 'Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư', [['Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư', true]]],
    ['13 support', 'Sở Khoa học và Công nghệ, các sở, ban, ngành; UBND các phường xã',
      [['Sở Khoa học và Công nghệ', false], ['các sở, ban, ngành', true], ['UBND các phường xã', true]]],
    ['13 support', 'Ban Quản lý các Khu công nghiệp khu kinh tế, Sở Tài chính, UBND các phường, xã có liên quan',
      [['Ban Quản lý các Khu công nghiệp khu kinh tế', false], ['Sở Tài chính', false], ['UBND các phường, xã có liên quan', true]]],
    ['13 lead', 'Ban Quản lý các Khu công nghiệp, khu kinh tế', [['Ban Quản lý các Khu công nghiệp, khu kinh tế', false]]],
    ['13 support', 'Báo và Phát thanh, Truyền hình tỉnh Đồng Nai', [['Báo và Phát thanh, Truyền hình tỉnh Đồng Nai', false]]],
    ['13 lead', 'Sở Giáo dục và Đào tạo, Sở Văn hóa Thể thao và Du lịch', [['Sở Giáo dục và Đào tạo', false], ['Sở Văn hóa Thể thao và Du lịch', false]]],
    ['13 lead', 'Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh', [['Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh', true]]],
    ['13 lead', 'Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II', [['Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II', false]]],
    ['13 support', 'Sở Tài Chính; Sở Sở Công thương', [['Sở Tài Chính', false], ['Sở Sở Công thương', false]]],
    ['14 heading 15', 'Liên\nđoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã', [['Liên đoàn Lao động', false], ['Hội Nông dân', false], ['Liên minh Hợp tác xã', false]]],
    ['14 heading 16', 'Mặt trận\nTổ quốc tỉnh và các tổ chức chính trị - xã hội', [['Mặt trận Tổ quốc tỉnh', false], ['các tổ chức chính trị - xã hội', true]]],
    ['04 B.III.2.b', 'Mặt trận Tổ quốc Việt Nam, Hội Cựu chiến binh, Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp.',
      [['Mặt trận Tổ quốc Việt Nam', false], ['Hội Cựu chiến binh', false], ['Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp', true]]],
    ['04 B.II.2', 'Bộ Quốc phòng; các Bộ, ngành, cơ quan liên quan.', [['Bộ Quốc phòng', false], ['các Bộ, ngành, cơ quan liên quan', true]]],
    ['04 B.III.2.b', 'Các đơn vị, địa phương; các tổ chức chính trị - xã hội và cơ quan tổ chức có liên quan.',
      [['Các đơn vị, địa phương', true], ['các tổ chức chính trị - xã hội và cơ quan tổ chức có liên quan', true]]],
    ['04 B.V.2.a', 'Bộ Quốc phòng; Bộ Lao động - Thương binh và Xã hội.', [['Bộ Quốc phòng', false], ['Bộ Lao động - Thương binh và Xã hội', false]]],
    ['02 III body task', 'Phòng Quản lý Năng lượng, Phòng Quản lý Thương mại', [['Phòng Quản lý Năng lượng', false], ['Phòng Quản lý Thương mại', false]]],
  ];
  it.each(cases)('%s: %s', (_where, cell, expected) => expect(names(cell)).toEqual(expected));

  it('gives the names a reader would use for the corpus cells', () => {
    expect(splitUnits('Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã').map((u) => u.name)).toEqual([
      'Sở Khoa học và Công nghệ', 'Sở Công Thương', 'Ủy ban nhân dân các phường, xã',
    ]);
    expect(splitUnits('Sở Tài Chính; Sở Sở Công thương').map((u) => u.name)).toEqual(['Sở Tài chính', 'Sở Công Thương']);
    expect(splitUnits('Sở Giáo dục và Đào tạo, Sở Văn hóa Thể thao và Du lịch')[1]?.name).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });

  it('reads NFD text and keeps offsets in it', () => {
    const nfd = 'Sở Kế hoạch và Đầu tư, ban QLKKT tỉnh'.normalize('NFD');
    const units = splitUnits(nfd);
    expect(units.map((u) => u.name)).toEqual(['Sở Kế hoạch và Đầu tư', 'Ban Quản lý Khu kinh tế tỉnh']);
    expect(nfd.slice(units[1]?.start ?? -1).startsWith('ban')).toBe(true);
  });
});
