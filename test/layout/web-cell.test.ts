/**
 * Layout 4 as a web page saves it: the site's text in the first column of the page's layout
 * table, the document in the cell to its right, so that every line of the document opens with
 * a TAB; the header pairs and the task table carry that TAB too, and the site's links follow
 * the document. Also: a heading in capitals with its first sentence run on after it, and the
 * signature block flattened onto one line.
 */
import { describe, expect, it } from 'vitest';
import { header, outline, read, rules, taskLines } from './read.js';
import { CELL_PROSE, MAX_PAGE_TAIL, MIN_CELL_LINES, OPENING_LINES } from '../../src/parse/layout-cell.js';
import { MIN_PROSE_WORDS } from '../../src/outline/run-together.js';

const SITE = `CỔNG VĂN BẢN TRỰC TUYẾN
Trang nhất › Văn bản địa phương
Kế hoạch 41/KH-UBND năm 2021 về phòng, chống sốt xuất huyết tỉnh Quảng Bình
Số hiệu:\t41/KH-UBND\tLoại văn bản:\tKế hoạch
Người ký:\tHồ An Phong\tNgày ban hành:\t05/04/2021

`;

const PROSE = 'Ngân sách tỉnh bố trí kinh phí cho các hoạt động cấp tỉnh; ngân sách cấp huyện bảo đảm kinh phí cho các hoạt động trên địa bàn; các đơn vị lập dự toán theo quy định hiện hành.';

const CELL = [
  '\tỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH -------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
  '\tSố: 41/KH-UBND\tQuảng Bình, ngày 05 tháng 4 năm 2021',
  '\tKẾ HOẠCH PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2021 Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
  '\tI. MỤC TIÊU 1. Giảm số ca mắc so với năm 2020. 2. Không để dịch lớn xảy ra.',
  `\tII. KINH PHÍ ${PROSE}`,
  '\tIII. TỔ CHỨC THỰC HIỆN 1. Sở Y tế: - Chủ trì triển khai Kế hoạch. 2. Sở Tài chính: - Bố trí kinh phí.',
  '\tNơi nhận: - Bộ Y tế; - TT Tỉnh ủy; - Lưu: VT.\tTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hồ An Phong',
  '\tPHỤ LỤC NHIỆM VỤ PHÒNG, CHỐNG SỐT XUẤT HUYẾT (Kèm theo Kế hoạch số 41/KH-UBND ngày 05/4/2021)',
  '\tTT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian',
  '\t1\tGiám sát ca bệnh tại cộng đồng\tSở Y tế\tUBND các huyện, thị xã, thành phố\tThường xuyên',
  '\t2\tDiệt lăng quăng, bọ gậy\tUBND các huyện, thị xã, thành phố\tSở Y tế\tQuý II/2021',
].join('\n');

const LINKS = '\nIn\tLưu\tChia sẻ\tGửi email\nBản gốc\tTải về\tLược đồ\n';

describe('layout 4: the document in one cell of a web page, every line opening with the cell\'s TAB', () => {
  const { plan, diagnostics } = read(SITE + CELL + LINKS);

  it('reads the document, not the site: header, signature flattened onto one line', () => {
    expect(header(plan)).toEqual({
      number: '41/KH-UBND',
      date: '2021-04-05',
      place: 'Quảng Bình',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Bình',
      title: 'PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2021',
      capacity: 'KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signer: 'Hồ An Phong',
    });
    expect(plan.document.signature?.authority).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(plan.document.recipients).toEqual(['Bộ Y tế', 'TT Tỉnh ủy', 'Lưu: VT']);
  });

  it('reads the sections, a heading in capitals cut from the sentence run on after it', () => {
    expect(plan.outline.map((s) => `${s.id} ${s.title}`)).toEqual(['I MỤC TIÊU', 'II KINH PHÍ', 'III TỔ CHỨC THỰC HIỆN']);
    expect(plan.responsibilities.map((r) => `${r.id} ${r.units.map((u) => u.name).join('; ')}`)).toEqual(['III.1 Sở Y tế', 'III.2 Sở Tài chính']);
  });

  it('reads the task table in the cell, and not the site\'s links after it', () => {
    expect(taskLines(plan)).toEqual(['1 1 | Sở Y tế', '2 2 | Ủy ban nhân dân các huyện, thị xã, thành phố']);
  });

  it('says where the cell is and which lines of the page were not read', () => {
    expect(rules(diagnostics, 'repair-layout-cell').map((d) => [d.place.line, d.message.slice(0, 40)])).toEqual([
      [1, "the web page's own text before the docum"],
      [7, 'the document sits in one cell of a web p'],
      [18, "the web page's own text after the docume"],
    ]);
  });
});

describe('what is not a page-layout cell', () => {
  it(`fewer than ${MIN_CELL_LINES} lines opening with a TAB are a header pair or a row, read as they are`, () => {
    const two = CELL.split('\n').slice(0, MIN_CELL_LINES - 1).join('\n');
    const { diagnostics } = read(`${SITE}${two}\nI. MỤC TIÊU\nGiảm số ca mắc.\n`);
    expect(rules(diagnostics, 'repair-layout-cell')).toEqual([]);
  });

  it(`a run of TAB lines with no line of prose longer than ${CELL_PROSE} characters is a table, not a document`, () => {
    const noProse = CELL.split('\n').filter((l) => l.length - 1 <= CELL_PROSE || l.slice(1).includes('\t')).join('\n');
    expect(rules(read(SITE + noProse + LINKS).diagnostics, 'repair-layout-cell')).toEqual([]);
    expect(rules(read(SITE + CELL + LINKS).diagnostics, 'repair-layout-cell')).toHaveLength(3);
  });
});

describe('a heading in capitals with its first sentence on the same line', () => {
  const plan = (rest: string) =>
    outline(read(`ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSố: 41/KH-UBND\nKẾ HOẠCH\nPhòng, chống sốt xuất huyết\nI. MỤC TIÊU GIẢM ${rest}\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế: chủ trì.\n`).plan);

  it(`is cut where a capitalised word opens ${MIN_PROSE_WORDS} words in lower case or more`, () => {
    expect(plan('Số ca mắc giảm mạnh so với năm trước.')[0]).toBe('I MỤC TIÊU GIẢM');
  });

  it(`is left whole when fewer than ${MIN_PROSE_WORDS} words in lower case follow (a name)`, () => {
    expect(plan('Sở Y tế')[0]).toBe('I MỤC TIÊU GIẢM Sở Y tế');
  });
});

describe('what of the page is kept', () => {
  it(`a document start further down than the cell's first ${OPENING_LINES} lines is a citation: no cell`, () => {
    const lines = CELL.split('\n');
    const late = ['\tNgân sách tỉnh bảo đảm kinh phí.', '\tCác đơn vị chủ động.', '\tTổng hợp kết quả.', ...lines].join('\n');
    expect(rules(read(SITE + late + LINKS).diagnostics, 'repair-layout-cell')).toEqual([]);
  });

  it(`text after the cell is set aside only as a short footer (${MAX_PAGE_TAIL} lines at most, none opening with a number)`, () => {
    const after = (tail: string) => rules(read(SITE + CELL + tail).diagnostics, 'repair-layout-cell').filter((d) => d.message.includes('after'));
    expect(after(LINKS)).toHaveLength(1);
    expect(after('\n3\tTuyên truyền phòng bệnh\tSở Y tế\tBáo Quảng Bình\tNăm 2021\n')).toHaveLength(0);
    expect(after(`\n${'Liên kết\tChia sẻ\n'.repeat(MAX_PAGE_TAIL + 1)}`)).toHaveLength(0);
  });

  it('text before the cell that holds a document header of its own is kept', () => {
    const before = (site: string) => rules(read(site + CELL + LINKS).diagnostics, 'repair-layout-cell').filter((d) => d.message.includes('before'));
    expect(before(SITE)).toHaveLength(1);
    expect(before(`QUYẾT ĐỊNH\nSố: 12/QĐ-UBND\nBan hành Kế hoạch phòng, chống sốt xuất huyết\n\n`)).toHaveLength(0);
  });
});
