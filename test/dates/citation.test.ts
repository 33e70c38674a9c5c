import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/extract/citation.js';

describe('findCitations: the sample plan', () => {
  it('one citation with number, date and issuer (446/KH-UBND)', () => {
    const clause = 'Căn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo thông tin tuyên truyền ASEAN '
      + 'về việc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020, Ủy ban nhân dân tỉnh ban hành '
      + 'Kế hoạch thực hiện năm 2020 trên địa bàn tỉnh như sau:';
    expect(findCitations(clause)).toEqual([{
      text: 'Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo thông tin tuyên truyền ASEAN',
      type: 'Quyết định', number: '02/QĐ-BCĐASEAN', date: '2019-06-26', issuer: 'Ban Chỉ đạo thông tin tuyên truyền ASEAN',
    }]);
  });
});

describe('findCitations: corpus clauses', () => {
  it('a clause citing several documents, wrapped over lines (09-dongthap)', () => {
    const clause = `Thực hiện Kế hoạch số
283/KH-UBND ngày 24/9/2025 của Uỷ ban nhân dân Tỉnh về thực hiện Nghị quyết số
71/NQ-CP ngày 01/5/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU
ngày 13/8/2025 của Ban Thường vụ Tỉnh uỷ về thực hiện Nghị quyết số 57-NQ/TW
ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ đổi
mới sáng tạo và chuyển đổi số trên địa bàn tỉnh Đồng Tháp;`;
    expect(findCitations(clause)).toEqual([
      { text: 'Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Uỷ ban nhân dân Tỉnh', type: 'Kế hoạch', number: '283/KH-UBND', date: '2025-09-24', issuer: 'Uỷ ban nhân dân Tỉnh' },
      { text: 'Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ', type: 'Nghị quyết', number: '71/NQ-CP', date: '2025-05-01', issuer: 'Chính phủ' },
      { text: 'Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh uỷ', type: 'Chương trình hành động', number: '10-CTr/TU', date: '2025-08-13', issuer: 'Ban Thường vụ Tỉnh uỷ' },
      { text: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị', type: 'Nghị quyết', number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị' },
    ]);
  });
  it('a law cited by name and date has no number (13-dongnai)', () => {
    expect(findCitations('Căn cứ Luật Tổ chức Chính quyền địa phương ngày 16\ntháng 6 năm 2025;')).toEqual([
      { text: 'Luật Tổ chức Chính quyền địa phương ngày 16 tháng 6 năm 2025', type: 'Luật', number: null, date: '2025-06-16', issuer: null },
    ]);
  });
  it('a law cited with its QPPL number (02-laocai)', () => {
    expect(findCitations('Căn cứ Luật Điện lực số 61/2024/QH15 ngày 30/11/2024;')).toEqual([
      { text: 'Luật Điện lực số 61/2024/QH15 ngày 30/11/2024', type: 'Luật', number: '61/2024/QH15', date: '2024-11-30', issuer: null },
    ]);
  });
  it('a law whose name ends in "số" (02-laocai: "công nghệ số số 71/2025/QH15")', () => {
    expect(findCitations('Căn cứ Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025;')).toMatchObject([
      { type: 'Luật', number: '71/2025/QH15', date: '2025-06-14' },
    ]);
  });
  it('a QPPL Nghị định (02-laocai)', () => {
    expect(findCitations('Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ về quản lý khu công nghiệp và khu kinh tế;')).toEqual([
      { text: 'Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ', type: 'Nghị định', number: '35/2022/NĐ-CP', date: '2022-05-28', issuer: 'Chính phủ' },
    ]);
  });
  it('issuer before date (13-dongnai: "của Thủ tướng Chính phủ ngày 31/3/2022")', () => {
    expect(findCitations('Căn cứ Quyết định số 411/QĐ-TTg của Thủ tướng Chính\nphủ ngày 31/3/2022 phê duyệt Chiến lược quốc gia')).toEqual([
      { text: 'Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022', type: 'Quyết định', number: '411/QĐ-TTg', date: '2022-03-31', issuer: 'Thủ tướng Chính phủ' },
    ]);
  });
  it('a citation without issuer has issuer null (06-sonla)', () => {
    const clause = 'Căn cứ Nghị định số 26/2020/NĐ-CP ngày 28 tháng 02 năm 2020 của Chính phủ Quy định chi tiết một số điều của '
      + 'Luật Bảo vệ bí mật nhà nước; Thông tư số 24/2020/TT-BCA ngày 10 tháng 3 năm 2020 của Bộ trưởng Bộ Công an ban hành '
      + 'biểu mẫu sử dụng trong công tác bảo vệ bí mật nhà nước; Chỉ thị số 02/CT-TTg ngày 15 tháng 11 năm 2019 về tăng cường '
      + 'công tác bảo vệ bí mật nhà nước trong tình hình hiện nay.';
    expect(findCitations(clause)).toEqual([
      { text: 'Nghị định số 26/2020/NĐ-CP ngày 28 tháng 02 năm 2020 của Chính phủ', type: 'Nghị định', number: '26/2020/NĐ-CP', date: '2020-02-28', issuer: 'Chính phủ' },
      { text: 'Thông tư số 24/2020/TT-BCA ngày 10 tháng 3 năm 2020 của Bộ trưởng Bộ Công an', type: 'Thông tư', number: '24/2020/TT-BCA', date: '2020-03-10', issuer: 'Bộ trưởng Bộ Công an' },
      { text: 'Chỉ thị số 02/CT-TTg ngày 15 tháng 11 năm 2019', type: 'Chỉ thị', number: '02/CT-TTg', date: '2019-11-15', issuer: null },
    ]);
  });
  it('two laws in one clause, one with "của" inside its name (06-sonla)', () => {
    const clause = 'Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Sửa đổi bổ sung một số điều của '
      + 'Luật Tổ chức Chính phủ và Luật Tổ chức Chính quyền địa phương ngày 22 tháng 11 năm 2019;';
    expect(findCitations(clause)).toMatchObject([
      { type: 'Luật', number: null, date: '2015-06-19', issuer: null },
      { type: 'Luật', number: null, date: '2019-11-22', issuer: null,
        text: 'Luật Sửa đổi bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức Chính quyền địa phương ngày 22 tháng 11 năm 2019' },
    ]);
  });
  it('a number without "số", with a space after the hyphen; the issuer stops at "(" (15-thanhhoa)', () => {
    const clause = 'Căn cứ Quyết định số\n4255/QĐ-BNN-KHCN ngày 04/12/2024 của Bộ Nông nghiệp và Phát triển nông thôn\n'
      + '(nay là Bộ Nông nghiệp và Môi trường) về việc phê duyệt Chương trình “Quan trắc môi trường” và Kế hoạch 223/KH- UBND '
      + 'ngày 24/10/2025 của UBND tỉnh về quan trắc';
    expect(findCitations(clause)).toEqual([
      { text: 'Quyết định số 4255/QĐ-BNN-KHCN ngày 04/12/2024 của Bộ Nông nghiệp và Phát triển nông thôn', type: 'Quyết định', number: '4255/QĐ-BNN-KHCN', date: '2024-12-04', issuer: 'Bộ Nông nghiệp và Phát triển nông thôn' },
      { text: 'Kế hoạch 223/KH- UBND ngày 24/10/2025 của UBND tỉnh', type: 'Kế hoạch', number: '223/KH-UBND', date: '2025-10-24', issuer: 'UBND tỉnh' },
    ]);
  });
  it('Party numbers and an issuer that ends at the next cited type (02-laocai)', () => {
    const clause = 'Căn cứ Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai về phát triển công nghiệp và Đề án số 08 '
      + 'ban hành kèm theo; Kế hoạch số 42-KH/ĐU ngày 11/02/2026 của Ban Thường vụ Đảng ủy UBND tỉnh thực hiện Đề án 08-ĐA/TU '
      + 'của Tỉnh ủy Lào Cai ngày 29/12/2025 về phát triển';
    expect(findCitations(clause)).toEqual([
      { text: 'Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai', type: 'Nghị quyết', number: '35-NQ/TU', date: '2025-12-29', issuer: 'Tỉnh ủy Lào Cai' },
      { text: 'Đề án số 08', type: 'Đề án', number: '08', date: null, issuer: null },
      { text: 'Kế hoạch số 42-KH/ĐU ngày 11/02/2026 của Ban Thường vụ Đảng ủy UBND tỉnh', type: 'Kế hoạch', number: '42-KH/ĐU', date: '2026-02-11', issuer: 'Ban Thường vụ Đảng ủy UBND tỉnh' },
      { text: 'Đề án 08-ĐA/TU của Tỉnh ủy Lào Cai ngày 29/12/2025', type: 'Đề án', number: '08-ĐA/TU', date: '2025-12-29', issuer: 'Tỉnh ủy Lào Cai' },
    ]);
  });
  it('a date written out in full and an issuer that stops at "về việc" (04-bcdqg1237)', () => {
    expect(findCitations('Căn cứ Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ về việc phê duyệt Đề án tìm kiếm')).toEqual([
      { text: 'Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ', type: 'Quyết định', number: '1237/QĐ-TTg', date: '2013-07-27', issuer: 'Thủ tướng Chính phủ' },
    ]);
  });
  it('a number alone, with neither date nor issuer (04-bcdqg1237)', () => {
    expect(findCitations('Căn cứ quy định tại Điều 3 của Quyết định số 1237/QĐ-TTg và các nội dung phân công tại Kế hoạch này')).toEqual([
      { text: 'Quyết định số 1237/QĐ-TTg', type: 'Quyết định', number: '1237/QĐ-TTg', date: null, issuer: null },
    ]);
  });
  it('an issuer ends before a capitalised verb phrase (13-dongnai "của UBND tỉnh Sửa đổi")', () => {
    expect(findCitations('Căn cứ Căn cứ Kế hoạch số 92/KH-UBND ngày 15/9/2025\ncủa UBND tỉnh Sửa đổi, bổ sung cập nhật Kế hoạch'))
      .toEqual([{ text: 'Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh', type: 'Kế hoạch', number: '92/KH-UBND', date: '2025-09-15', issuer: 'UBND tỉnh' }]);
  });
  it('a Tờ trình in the preamble of a QĐ (06-sonla)', () => {
    expect(findCitations('Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 02/TTr-CAT- ANCTNB ngày 03 tháng 02 năm 2023.')).toEqual([
      { text: 'Tờ trình số 02/TTr-CAT- ANCTNB ngày 03 tháng 02 năm 2023', type: 'Tờ trình', number: '02/TTr-CAT-ANCTNB', date: '2023-02-03', issuer: null },
    ]);
  });
  it('a title in capitals (04-bcdqg1237)', () => {
    expect(findCitations('TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÊ DUYỆT')).toEqual([
      { text: 'QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ', type: 'QUYẾT ĐỊNH', number: '1237/QĐ-TTG', date: '2013-07-27', issuer: 'THỦ TƯỚNG CHÍNH PHỦ' },
    ]);
  });
  it('an appendix reference with blanks (11-hanoi)', () => {
    expect(findCitations('(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND Thành phố)')).toEqual([
      { text: 'Kế hoạch số: /KH-UBND ngày / /2025 của UBND Thành phố', type: 'Kế hoạch', number: null, date: null, issuer: 'UBND Thành phố' },
    ]);
  });
  it('an issuer whose name holds commas and "và" (Bộ Văn hóa, Thể thao và Du lịch)', () => {
    expect(findCitations('Thực hiện Công văn số 1234/BVHTTDL-VP ngày 05/3/2024 của Bộ Văn hóa, Thể thao và Du lịch, Sở ban hành')).toMatchObject([
      { number: '1234/BVHTTDL-VP', date: '2024-03-05', issuer: 'Bộ Văn hóa, Thể thao và Du lịch' },
    ]);
  });
});

describe('findCitations: what is not a citation', () => {
  it('type words used as common nouns', () => {
    expect(findCitations('các cơ quan xây dựng kế hoạch thực hiện năm 2020 và báo cáo kết quả')).toEqual([]);
    expect(findCitations('theo quy định của pháp luật ngày càng hoàn thiện')).toEqual([]);
    expect(findCitations('Kế hoạch 2020 của tỉnh')).toEqual([]);
    expect(findCitations('')).toEqual([]);
  });
  it('a law mentioned without number or date', () => {
    expect(findCitations('quy định chi tiết một số điều của Luật Bảo vệ bí mật nhà nước;')).toEqual([]);
  });
});
