/**
 * Layout 6: structure by Markdown heading levels only, a heading split over two heading lines,
 * page numbers alone on a line. Layout 7: letter-spaced OCR in the header and the signature.
 * Layout 8: two columns side by side in a space-aligned layout (`pdftotext -layout`).
 */
import { describe, expect, it } from 'vitest';
import { rejoinSyllables } from '../../src/extract/letter-spacing.js';
import { header, outline, read, rules } from './read.js';
import { MIN_BARE_PAGES } from '../../src/parse/page-numbers.js';

describe('layout 6: Markdown heading levels with no section numbers', () => {
  const { plan, diagnostics } = read(
    `# ỦY BAN NHÂN DÂN TỈNH HÀ NAM

Số: 15/KH-UBND

Hà Nam, ngày 2 tháng 3 năm 2025

# KẾ HOẠCH

## Bảo vệ môi trường năm 2025

Căn cứ Luật Bảo vệ môi trường năm 2020;

## MỤC ĐÍCH, YÊU CẦU

### Mục đích

- Nâng cao nhận thức về bảo vệ môi trường.

### Yêu cầu

- Bảo đảm tiến độ.

- 2 -

## TỔ CHỨC
## THỰC HIỆN

### Sở Nông nghiệp và Môi trường

- Chủ trì triển khai Kế hoạch.

Trang 3/4

### Sở Tài chính

- Bố trí kinh phí thực hiện.

KT. CHỦ TỊCH

PHÓ CHỦ TỊCH

Đỗ Văn Lâm
`,
    'plan.md',
  );

  it('nests the headings by level, numbered by their place; the title heading is not a section', () => {
    expect(plan.document.title).toBe('Bảo vệ môi trường năm 2025');
    expect(outline(plan)).toEqual([
      '1 MỤC ĐÍCH, YÊU CẦU',
      '1.1 Mục đích',
      '1.2 Yêu cầu',
      '2 TỔ CHỨC THỰC HIỆN',
      '2.1 Sở Nông nghiệp và Môi trường',
      '2.2 Sở Tài chính',
    ]);
    expect(plan.outline.map((s) => s.role)).toEqual(['objectives', 'organization']);
    expect(plan.responsibilities.map((r) => [r.id, r.units.map((u) => u.name).join()])).toEqual([
      ['2.1', 'Sở Nông nghiệp và Môi trường'],
      ['2.2', 'Sở Tài chính'],
    ]);
  });

  it('drops the page numbers between the lines and says where', () => {
    expect(rules(diagnostics, 'repair-page-number').map((d) => d.place.line)).toEqual([23, 32]);
    expect(plan.objectives.map((o) => o.text)).toEqual(['Nâng cao nhận thức về bảo vệ môi trường.', 'Bảo đảm tiến độ.']);
  });

  it(`bare figures counting ${MIN_BARE_PAGES} pages between blank lines are dropped; fewer, or beside a table, are not`, () => {
    const body = (n: string): string => `Số: 2/KH-UBND\n\nHuế, ngày 1 tháng 2 năm 2025\n\nKẾ HOẠCH\n\nPhòng chống dịch\n\nI. MỤC TIÊU\n\nGiảm ca bệnh.\n\n${n}\n\nII. TỔ CHỨC THỰC HIỆN\n\nSở Y tế chủ trì.\n\n`;
    expect(rules(read(`${body('2')}3\n\nPhối hợp với các sở.\n\n4\n\nNơi nhận:\n- Lưu: VT.\n`).diagnostics, 'repair-page-number')).toHaveLength(MIN_BARE_PAGES);
    expect(rules(read(`${body('2')}3\n\nNơi nhận:\n- Lưu: VT.\n`).diagnostics, 'repair-page-number')).toHaveLength(0);
    const table = 'STT\tNhiệm vụ\tChủ trì\n1\tTiêm chủng\tSở Y tế\n';
    expect(rules(read(`${body('2')}${table}3\n\n${table}4\n\nNơi nhận:\n- Lưu: VT.\n`).diagnostics, 'repair-page-number')).toHaveLength(0);
  });
});

describe('layout 7: letter-spaced OCR', () => {
  const { plan, diagnostics } = read(`ỦY B AN NH ÂN D ÂN
TỈNH QUẢNG NGÃI
Số: 31/Q Đ - U B ND
Quảng Ngãi, ngày 7 tháng 8 năm 2025
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch phòng, chống thiên tai
I. MỤC TIÊU
Giảm thiệt hại.
Nơi nhận:
- Lưu: VT.
K T. C HỦ T ỊCH
P HÓ C HỦ T ỊCH
Ngu y ễn Văn A
`);

  it('rejoins the symbol of the number, never cutting it at an inner space', () => {
    expect(plan.document.number).toBe('31/QĐ-UBND');
    expect(plan.document.type).toBe('QĐ');
  });

  it('rejoins syllables of the issuer and the signature, and reports each repair', () => {
    expect(header(plan)).toMatchObject({ issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi', capacity: 'KT. CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', signer: 'Nguyễn Văn A' });
    expect(rules(diagnostics, 'repair-letter-spacing').map((d) => d.place.line)).toEqual([1, 11, 12, 13]);
  });

  it('rejoins a final consonant split off ("T Ị CH", "NH Â N"), the number line and the date line', () => {
    const { plan: p, diagnostics: d } = read(`Ủ Y BAN NH Â N D Â N\nT Ỉ NH B Ì NH Đ Ị NH\nS ố: 208 /KH-U B ND\nQuy Nh ơn, ngày 14 th áng 9 năm 2021\nKẾ HOẠCH\nPhòng chống dịch\nI. MỤC TIÊU\nGiảm ca bệnh.\nNơi nhận:\n- Lưu: VT.\nK T. CH Ủ T Ị CH\nPH Ó CH Ủ T Ị CH\nPh ạ m V ă n Th ắ ng\n`);
    expect(header(p)).toMatchObject({ number: '208/KH-UBND', date: '2021-09-14', place: 'Quy Nhơn', issuer: 'Ủy ban nhân dân tỉnh Bình Định', capacity: 'KT. CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', signer: 'Phạm Văn Thắng' });
    expect(rules(d, 'repair-letter-spacing').map((x) => x.place.line)).toEqual([1, 2, 3, 4, 11, 12, 13]);
  });

  it('a consonant that opens the next syllable with the piece after it stays with that one ("P HÓ C HỦ")', () => {
    expect(rejoinSyllables('P HÓ C HỦ T ỊCH')).toBe('PHÓ CHỦ TỊCH');
    expect(rejoinSyllables('Vă n A')).toBe('Văn A');
  });

  it('leaves words that are syllables of their own alone', () => {
    const { plan: p } = read(`Số: 3/KH-UBND\nHuế, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\nPhòng chống dịch\nI. MỤC TIÊU\nGiảm ca bệnh.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn A\n`);
    expect(p.document.signature?.signer).toBe('Lê Văn A');
  });
});

describe('layout 8: two columns side by side (pdftotext -layout)', () => {
  const page = `        ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
         TỈNH ĐẮK LẮK                                Độc lập - Tự do - Hạnh phúc

     Số: 120/KH-UBND                            Đắk Lắk, ngày 12 tháng 6 năm 2025

                                        KẾ HOẠCH
                     Triển khai công tác chuyển đổi số năm 2025

      Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát
  triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
      Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
  I. MỤC TIÊU
      Hoàn thành các chỉ tiêu chuyển đổi số của tỉnh năm 2025.
  II. TỔ CHỨC THỰC HIỆN
      1. Sở Khoa học và Công nghệ: chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này và
  tổng hợp báo cáo Ủy ban nhân dân tỉnh.
      2. Sở Tài chính: bố trí kinh phí thực hiện.

  Nơi nhận:                                                 KT. CHỦ TỊCH
  - Bộ Khoa học và Công nghệ;                               PHÓ CHỦ TỊCH
  - TT Tỉnh ủy, TT HĐND tỉnh;
  - Lưu: VT, KGVX.
                                                          Nguyễn Thiên Văn
                                                    Phó Bí thư Tỉnh ủy
`;
  const { plan } = read(page);

  it('reads issuer | Quốc hiệu and number | place and date as two columns', () => {
    expect(header(plan)).toEqual({
      number: '120/KH-UBND',
      date: '2025-06-12',
      place: 'Đắk Lắk',
      issuer: 'Ủy ban nhân dân tỉnh Đắk Lắk',
      title: 'Triển khai công tác chuyển đổi số năm 2025',
      capacity: 'KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signer: 'Nguyễn Thiên Văn',
    });
  });

  it('Nơi nhận | signature: the recipients, the name below the list, the office post under the name not the title', () => {
    expect(plan.document.recipients).toEqual(['Bộ Khoa học và Công nghệ', 'TT Tỉnh ủy, TT HĐND tỉnh', 'Lưu: VT, KGVX']);
    expect(plan.responsibilities.map((r) => r.units.map((u) => u.name).join())).toEqual(['Sở Khoa học và Công nghệ', 'Sở Tài chính']);
  });

  it('the two columns spaced out over lines of their own and blank lines: the signing line far right opens the right column', () => {
    const closing = `Nơi nhận:

- Bộ Khoa học và Công nghệ;
                                                          TM. ỦY BAN NHÂN DÂN
- TT Tỉnh ủy, TT HĐND tỉnh;
                                                               KT. CHỦ TỊCH
- CT, các PCT UBND tỉnh;                                       PHÓ CHỦ TỊCH

- Các sở, ban, ngành;
                                      Nguyễn Thiên Văn
- Lưu: VT, KGVX.
`;
    const { plan: p } = read(page.slice(0, page.indexOf('  Nơi nhận:')) + closing);
    expect(p.document.recipients).toEqual(['Bộ Khoa học và Công nghệ', 'TT Tỉnh ủy, TT HĐND tỉnh', 'CT, các PCT UBND tỉnh', 'Các sở, ban, ngành', 'Lưu: VT, KGVX']);
    expect(p.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Nguyễn Thiên Văn' });
  });

  it('a draft\'s place and date with the day and month left blank is one line, not two columns', () => {
    const { plan: p, diagnostics: d } = read(`ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n\nSố:        /KH-UBND\n\nĐắk Lắk, ngày       tháng       năm 2026\n\nKẾ HOẠCH\n\nPhòng chống dịch\n\nI. MỤC TIÊU\n\nGiảm ca bệnh.\n`);
    expect([p.document.place, p.document.date]).toEqual(['Đắk Lắk', null]);
    expect(rules(d, 'repair-page-break')).toEqual([]);
  });

  it('a wide gap in a body line is not a column', () => {
    const { plan: p } = read(`Số: 2/KH-UBND\nHuế, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\nPhòng chống dịch\nI. KINH PHÍ\nTổng kinh phí:        120 triệu đồng.\n`);
    expect(p.outline[0]?.children).toEqual([]);
    expect(p.funding?.text).toContain('Tổng kinh phí: 120 triệu đồng.');
  });
});
