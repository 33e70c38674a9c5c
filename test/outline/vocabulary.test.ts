import { describe, expect, it } from 'vitest';
import { opensWithIssuer, opensWithIssuingBody } from '../../src/outline/issuers.js';
import { opensWithBasisWord } from '../../src/outline/basis-words.js';
import { frameLineKind, isMottoLine } from '../../src/outline/line-kinds.js';
import { sentenceCase } from '../../src/extract/casing.js';
import { parsePlan } from '../../src/parse-plan.js';
import { splitUnits } from '../../src/units/split.js';
import { canonicalUnit } from '../../src/units/canonical.js';

// The word lists of data/ (issuers, motto, basis words, funding words, name case), read through
// the functions that use them, on lines written for each rule.

describe('issuer heads (data/issuers.json, NĐ 30/2020 Điều 8 (2))', () => {
  it.each(['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'UỶ BAN NHÂN DÂN', 'UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG', 'BỘ NỘI VỤ', 'BAN CHỈ ĐẠO 389', 'HỘI ĐỒNG NHÂN DÂN TỈNH', 'HỘI ĐỒNG THI ĐUA', 'TỈNH ỦY THANH HÓA', 'VĂN PHÒNG UBND TỈNH'])('%s opens with an issuing body', (line) => {
    expect(opensWithIssuingBody(line)).toBe(true);
    expect(opensWithIssuer(line)).toBe(true);
  });

  it('a head is a whole word: "SỐ:" and "BANG" do not open a body, "SỞ" does', () => {
    expect(opensWithIssuingBody('SỐ: 12/KH-UBND')).toBe(false);
    expect(opensWithIssuingBody('BANG GIAO')).toBe(false);
    expect(opensWithIssuingBody('SỞ')).toBe(true);
  });

  it('a state title issues in the header, but a title alone is no body (a signer after an appendix)', () => {
    expect(opensWithIssuer('CHỦ TỊCH NƯỚC')).toBe(true);
    expect(opensWithIssuingBody('CHỦ TỊCH')).toBe(false);
  });

  it('the issuer is the last body named under its parent', () => {
    const text = ['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG', 'Số: 12/KH-SCT', 'Lào Cai, ngày 3 tháng 4 năm 2026', 'KẾ HOẠCH', 'Kiểm tra cơ sở kinh doanh năm 2026', 'I. MỤC ĐÍCH', '1. Kiểm tra các cơ sở.'].join('\n');
    expect(parsePlan(text).plan.document.issuer).toBe('Sở Công Thương');
  });
});

describe('the motto (data/motto.json, NĐ 30/2020 Điều 8 (1))', () => {
  it.each([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'motto'],
    ['CỘNG HOÀ XÃ HỘI', 'motto'],
    ['CỘNG HÒA XÃ', 'motto'],
    ['Độc lập - Tự do - Hạnh phúc', 'motto-end'],
    ['Độc lập, Tự do, Hạnh phúc', 'motto-end'],
    ['Độc lập – Tự do – Hạnh phúc', 'motto-end'],
  ])('%s is %s', (line, kind) => {
    expect(frameLineKind(line)).toBe(kind);
    expect(isMottoLine(line)).toBe(true);
  });

  it('one word of the name alone, or another line, is not the motto', () => {
    // Two words of the name are the shortest start a wrap leaves that is still the Quốc hiệu.
    expect(isMottoLine('CỘNG HÒA')).toBe(true);
    expect(isMottoLine('CỘNG')).toBe(false);
    expect(isMottoLine('Độc lập suy nghĩ')).toBe(false);
    expect(isMottoLine('ỦY BAN NHÂN DÂN TỈNH')).toBe(false);
  });
});

describe('basis words (data/basis-words.json, NĐ 30/2020 Phụ lục I)', () => {
  it.each(['Căn cứ Luật Tổ chức chính quyền địa phương;', 'Thực hiện Kế hoạch số 12/KH-UBND;', 'Theo đề nghị của Sở Nội vụ', 'Xét đề nghị của Sở Y tế', 'Theo chỉ đạo của Tỉnh ủy', 'Triển khai Nghị quyết số 5'])('%s opens with a basis word', (line) => {
    expect(opensWithBasisWord(line)).toBe(true);
  });

  it('a word that only starts like one does not', () => {
    expect(opensWithBasisWord('Căn cước công dân')).toBe(false);
    expect(opensWithBasisWord('Thực hành tiết kiệm')).toBe(false);
  });

  it('clauses run together on one line are cut where a basis word opens after ";"', () => {
    const text = ['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'Số: 5/KH-UBND', 'Hà Tĩnh, ngày 3 tháng 4 năm 2020', 'KẾ HOẠCH', 'Tuyên truyền về ASEAN năm 2020', '', 'Căn cứ Quyết định số 02/QĐ-BCĐ ngày 26/6/2019 của Ban Chỉ đạo; Theo chỉ đạo của Tỉnh ủy tại Văn bản số 9/TU ngày 2/1/2020; Triển khai Kế hoạch số 3/KH-BTG ngày 5/1/2020;', '', 'I. MỤC ĐÍCH', '1. Nâng cao nhận thức.'].join('\n');
    expect(parsePlan(text).plan.document.bases.map((b) => b.text.slice(0, 12))).toEqual(['Căn cứ Quyết', 'Theo chỉ đạo', 'Triển khai K']);
  });
});

describe('name case (data/name-case.json, NĐ 30/2020 Phụ lục II)', () => {
  it('the noun of an administrative unit stays lower case and the name after it is capitalised', () => {
    expect(sentenceCase('ỦY BAN NHÂN DÂN THỊ XÃ KỲ ANH')).toBe('Ủy ban nhân dân thị xã Kỳ Anh');
    expect(sentenceCase('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH')).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh');
  });

  it('a body named by its field capitalises the first word of each field', () => {
    expect(sentenceCase('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH')).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(sentenceCase('CHI CỤC KIỂM LÂM')).toBe('Chi cục Kiểm lâm');
    expect(sentenceCase('TRUNG TÂM Y TẾ')).toBe('Trung tâm y tế');
  });
});

describe('funding words (data/funding-words.json)', () => {
  const plan = (duty: string) =>
    parsePlan(['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'Số: 5/KH-UBND', 'Hà Tĩnh, ngày 3 tháng 4 năm 2020', 'KẾ HOẠCH', 'Tuyên truyền về ASEAN năm 2020', '', 'I. NỘI DUNG', '1. Mở chuyên mục về ASEAN.', 'II. TỔ CHỨC THỰC HIỆN', '1. Sở Thông tin và Truyền thông chủ trì tuyên truyền.', `2. Sở Tài chính ${duty}.`].join('\n')).plan;

  it('without a KINH PHÍ section, the part of TỔ CHỨC THỰC HIỆN that arranges the money is the funding text', () => {
    expect(plan('tham mưu bố trí kinh phí thực hiện Kế hoạch').funding?.text).toMatch(/^Sở Tài chính tham mưu bố trí kinh phí/);
    expect(plan('lập dự toán ngân sách cho các hoạt động').funding?.text).toMatch(/^Sở Tài chính lập dự toán ngân sách/);
  });

  it('a part that only mentions money without arranging it is no funding text', () => {
    expect(plan('kiểm tra việc sử dụng tiền').funding).toBeNull();
  });
});

describe('a basis word alone', () => {
  it('cites nothing, so it opens no basis', () => {
    expect(opensWithBasisWord('Căn cứ')).toBe(false);
    expect(opensWithBasisWord('Căn cứ Luật')).toBe(true);
  });
});

describe('joining words (data/joiners.json)', () => {
  it('"và", "cùng" and "&" part two units of a list', () => {
    expect(splitUnits('Sở Y tế và Sở Tài chính').map((u) => u.name)).toEqual(['Sở Y tế', 'Sở Tài chính']);
    expect(splitUnits('Sở Y tế cùng Sở Tài chính').map((u) => u.name)).toEqual(['Sở Y tế', 'Sở Tài chính']);
  });

  it('"và" inside a known name joins its fields, and names compare without it', () => {
    expect(splitUnits('Sở Khoa học và Công nghệ').map((u) => u.name)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(canonicalUnit('Sở Thông tin - Truyền thông').name).toBe('Sở Thông tin và Truyền thông');
  });

  it('"hoặc" joins the plural nouns of one collective', () => {
    expect(splitUnits('các sở, ban, ngành hoặc địa phương').map((u) => u.collective)).toEqual([true]);
  });
});
