import { describe, expect, it } from 'vitest';
import { canonicalUnit } from '../../src/units/canonical.js';
import { lookupUnit, nearestKnownUnit } from '../../src/units/gazetteer.js';
import { expandAbbreviations } from '../../src/units/abbreviations.js';

describe('canonicalUnit', () => {
  const cases: [string, string][] = [
    ['Đài PT&TH tỉnh', 'Đài Phát thanh và Truyền hình tỉnh'],
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
    ['Sở VH-TT&DL', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở Văn hóa -Thể thao & Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở VH,TT&DL', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở Lao động - Thương binh và Xã hội', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở Lao động TBXH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở LĐTB &XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['ban QLKKT tỉnh', 'Ban Quản lý Khu kinh tế tỉnh'],
    ['Ban Quản lý Khu kinh tế', 'Ban Quản lý Khu kinh tế tỉnh'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Sở Nông nghiệp & PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Sở TN&MT', 'Sở Tài nguyên và Môi trường'],
    ['Sở GTVT', 'Sở Giao thông vận tải'],
    ['Bộ CHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['BHXH tỉnh', 'Bảo hiểm xã hội tỉnh'],
    ['KBNN tỉnh', 'Kho bạc Nhà nước tỉnh'],
    ['Hội LHPN tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ['Ủy ban MTTQ tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['Sở Tài Chính', 'Sở Tài chính'],
    ['UBND', 'Ủy ban nhân dân'],
    ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['Đài PT&TH Hà Tĩnh', 'Đài Phát thanh và Truyền hình tỉnh'],
  ];
  it.each(cases)('%s → %s', (text, name) => {
    const c = canonicalUnit(text);
    expect(c.name).toBe(name);
    expect(c.collective).toBe(false);
  });

  it('gives two spellings of one body one name, the "tỉnh" qualifier included', () => {
    expect(canonicalUnit('Đài PT&TH tỉnh').name).toBe(canonicalUnit('Đài Phát thanh - Truyền hình tỉnh').name);
    expect(canonicalUnit('Công an').name).toBe(canonicalUnit('Công an tỉnh').name);
    expect(canonicalUnit('Liên minh Hợp tác xã Tỉnh').name).toBe('Liên minh Hợp tác xã tỉnh');
  });

  it('repairs the OCR slip "Công" for "Cổng" and says so', () => {
    const c = canonicalUnit('Công TTĐT tỉnh');
    expect(c).toEqual({ name: 'Cổng Thông tin điện tử tỉnh', collective: false, known: true, repaired: { from: 'Công', to: 'Cổng' } });
    expect(canonicalUnit('Cổng TTĐT tỉnh').repaired).toBeNull();
  });

  it('reads a head word printed twice once', () => {
    expect(canonicalUnit('Sở Sở Công thương')).toEqual({
      name: 'Sở Công Thương', collective: false, known: true, repaired: { from: 'Sở Sở', to: 'Sở' },
    });
  });

  it('keeps unknown names as written: white space folded, first letter capitalised', () => {
    expect(canonicalUnit('  Trung tâm Xúc tiến   Đầu tư tỉnh ')).toEqual({ name: 'Trung tâm Xúc tiến Đầu tư tỉnh', collective: false, known: false, repaired: null });
    expect(canonicalUnit('hội doanh nghiệp tỉnh').name).toBe('Hội doanh nghiệp tỉnh');
    expect(canonicalUnit('Trung tâm TT-CB-TH').name).toBe('Trung tâm TT-CB-TH');
  });

  it('knows "Báo <tỉnh>" and district bodies through a head-word rule', () => {
    expect(canonicalUnit('Báo Hà Tĩnh')).toMatchObject({ name: 'Báo Hà Tĩnh', known: true });
    expect(canonicalUnit('Báo Nghệ An')).toMatchObject({ name: 'Báo Nghệ An', known: true });
    expect(canonicalUnit('UBND huyện Kỳ Anh')).toMatchObject({ name: 'Ủy ban nhân dân huyện Kỳ Anh', known: true });
    expect(canonicalUnit('Báo cáo viên').known).toBe(false);
  });

  it('marks collectives', () => {
    expect(canonicalUnit('Các sở, ban, ngành, đoàn thể, địa phương').collective).toBe(true);
    // Read from its plural nouns (data/gazetteer.json collectiveNouns), not from a stored phrase:
    // the same nouns in another order or with "và" make a collective, written as the plan wrote it.
    expect(canonicalUnit('Các sở, ban, ngành, địa phương, đoàn thể')).toMatchObject({ name: 'Các sở, ban, ngành, địa phương, đoàn thể', collective: true, known: false });
    expect(canonicalUnit('Các sở, ngành, đoàn thể và địa phương')).toMatchObject({ collective: true, known: false });
    expect(canonicalUnit('UBND các huyện, thị xã, thành phố')).toMatchObject({ name: 'Ủy ban nhân dân các huyện, thị xã, thành phố', collective: true });
    expect(canonicalUnit('sở, ngành liên quan').collective).toBe(true);
    expect(canonicalUnit('Hội Cựu chiến binh các cấp').collective).toBe(true);
    expect(canonicalUnit('sở giáo dục').collective).toBe(false);
    expect(canonicalUnit('Ban Quản lý các khu công nghệ cao và khu công nghiệp').collective).toBe(false);
  });

  it('drops a lead-in and list punctuation', () => {
    expect(canonicalUnit('Đề nghị Ban Tuyên giáo Tỉnh ủy').name).toBe('Ban Tuyên giáo Tỉnh ủy');
    expect(canonicalUnit('- Bộ Ngoại giao.').name).toBe('Bộ Ngoại giao');
  });
});

describe('lookupUnit', () => {
  it('finds a body by any variant, in any case, NFC or NFD, either tone placement', () => {
    expect(lookupUnit('SỞ THÔNG TIN VÀ TRUYỀN THÔNG')?.name).toBe('Sở Thông tin và Truyền thông');
    expect(lookupUnit('Sở Văn hóa, Thể thao và Du lịch'.normalize('NFD'))?.name).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(lookupUnit('Sở Văn hoá, Thể thao và Du lịch')?.name).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(lookupUnit('Ban Tuyên giáo Tỉnh uỷ')?.name).toBe('Ban Tuyên giáo Tỉnh ủy');
    expect(lookupUnit('sở tt&tt')?.name).toBe('Sở Thông tin và Truyền thông');
  });
  it('gives the 2025 successor', () => {
    expect(lookupUnit('Sở TT&TT')?.successor).toBe('Sở Khoa học và Công nghệ');
    expect(lookupUnit('Sở KH&ĐT')?.successor).toBe('Sở Tài chính');
    expect(lookupUnit('Sở GTVT')?.successor).toBe('Sở Xây dựng');
    expect(lookupUnit('Sở Y tế')?.successor).toBeUndefined();
  });
  it('keeps ministries distinct from departments, and Đ distinct from D', () => {
    expect(lookupUnit('Bộ Giáo dục và Đào tạo')?.kind).toBe('ministry');
    expect(lookupUnit('Sở Giáo dục và Đào tạo')?.kind).toBe('department');
    expect(lookupUnit('Sở KH&DT')).toBeNull();
  });
  it('does not match without diacritics (that is nearestKnownUnit) nor an empty name', () => {
    expect(lookupUnit('So Giao duc va Dao tao')).toBeNull();
    expect(lookupUnit('  ')).toBeNull();
  });
});

describe('nearestKnownUnit', () => {
  it('finds the body an OCR slip stands for', () => {
    expect(nearestKnownUnit('Công TTĐT tỉnh')).toEqual({ name: 'Cổng Thông tin điện tử tỉnh', score: 1 });
  });
  it('scores near misses below 1 and far ones not at all', () => {
    const near = nearestKnownUnit('Sở Giáo dụe và Đào tạo');
    expect(near?.name).toBe('Sở Giáo dục và Đào tạo');
    expect(near?.score).toBeLessThan(1);
    expect(nearestKnownUnit('Các doanh nghiệp viễn thông')).toBeNull();
  });
});

describe('expandAbbreviations', () => {
  it('ignores the separators inside a short form and leaves other words alone', () => {
    expect(expandAbbreviations('Sở LĐ-TB&XH')).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(expandAbbreviations('Sở VH,TT&DL;')).toBe('Sở Văn hóa, Thể thao và Du lịch;');
    expect(expandAbbreviations('BQL KKT tỉnh')).toBe('Ban Quản lý Khu kinh tế tỉnh');
    expect(expandAbbreviations('Trung tâm TT-CB-TH')).toBe('Trung tâm TT-CB-TH');
    expect(expandAbbreviations('SỞ GIÁO DỤC')).toBe('SỞ GIÁO DỤC');
  });
});
