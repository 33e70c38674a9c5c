/**
 * Layout 3: parts run together on one line (flattened text). Layout 4: a document inside one
 * cell of a page-layout table, with whole sections on one line. And: a text that holds a
 * document number and a type word is never refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { header, outline, read, rules } from './read.js';
import { InputError } from '../../src/model/errors.js';

describe('a place named from two, joined by a dash', () => {
  it.each([
    ['on its own line', 'Bà Rịa - Vũng Tàu, ngày 28 tháng 10 năm 2021'],
    ['without spaces around the dash', 'Bà Rịa-Vũng Tàu, ngày 28 tháng 10 năm 2021'],
    ['after the number on one line', 'Số: 211/KH-UBND Bà Rịa - Vũng Tàu, ngày 28 tháng 10 năm 2021'],
  ])('is the whole place %s', (_how, line) => {
    const { plan } = read(`ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\n\n${line.startsWith('Số') ? '' : 'Số: 211/KH-UBND\n\n'}${line}\n\nKẾ HOẠCH\n\nPhát triển thể thao\n\nI. MỤC ĐÍCH\n\nNội dung.\n`);
    expect(plan.document.place?.replace(/\s*-\s*/u, ' - ')).toBe('Bà Rịa - Vũng Tàu');
    expect(plan.document.date).toBe('2021-10-28');
    expect(plan.document.number).toBe('211/KH-UBND');
  });
});

describe('layout 3: parts run together on one line', () => {
  const { plan } = read(`ỦY BAN NHÂN DÂN TỈNH GIA LAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 205/QĐ-UBND Gia Lai, ngày 14 tháng 5 năm 2025 QUYẾT ĐỊNH Ban hành Kế hoạch thực hiện Chương trình hành động về chuyển đổi số
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình hành động về chuyển đổi số.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận: - Như Điều 2; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Quế KẾ HOẠCH Thực hiện Chương trình hành động về chuyển đổi số (Ban hành kèm theo Quyết định số 205/QĐ-UBND ngày 14/5/2025 của Chủ tịch UBND tỉnh)
I. MỤC TIÊU
Hoàn thành chuyển đổi số cấp xã.
II. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ: chủ trì, hướng dẫn.
`);

  it('cuts the number, place and date, type word and title apart', () => {
    expect(header(plan)).toEqual({
      number: '205/QĐ-UBND',
      date: '2025-05-14',
      place: 'Gia Lai',
      issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
      title: 'Ban hành Kế hoạch thực hiện Chương trình hành động về chuyển đổi số',
      capacity: 'KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signer: 'Nguyễn Hữu Quế',
    });
  });

  it('a signature running into the carried plan\'s type word: the plan starts at "KẾ HOẠCH"', () => {
    expect(plan.document.carries).toEqual({ typeName: 'Kế hoạch', title: 'Thực hiện Chương trình hành động về chuyển đổi số' });
    expect(plan.document.recipients).toEqual(['Như Điều 2', 'Lưu: VT']);
    expect(outline(plan)).toEqual(['I MỤC TIÊU', 'II TỔ CHỨC THỰC HIỆN', 'II.1 Sở Khoa học và Công nghệ: chủ trì, hướng dẫn.']);
  });

  it('a type word inside a title in capitals stays in the title', () => {
    const { plan: p } = read(`UBND TỈNH LÀO CAI
Số: 9/KH-UBND
Lào Cai, ngày 2 tháng 3 năm 2025
KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 10-CTR/TU NĂM 2025 CHƯƠNG TRÌNH MỤC TIÊU
I. MỤC TIÊU
Hoàn thành.
`);
    expect(p.document.title).toBe('THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 10-CTR/TU NĂM 2025 CHƯƠNG TRÌNH MỤC TIÊU');
  });
});

describe('the one-line signature: capacity and title on one line', () => {
  it.each([
    ['KT. CHỦ TỊCH PHÓ CHỦ TỊCH', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ['KT. BỘ TRƯỞNG THỨ TRƯỞNG', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
    ['KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    ['KT. CHỦ TỊCH - PHÓ CHỦ TỊCH', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  ])('%s', (line, capacity, title) => {
    const { plan } = read(`Số: 3/KH-UBND\nHuế, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\nPhòng chống dịch\nI. MỤC TIÊU\nGiảm ca bệnh.\nNơi nhận:\n- Lưu: VT.\n${line}\nTrần Văn An\n`);
    expect(plan.document.signature).toMatchObject({ capacity, title, signer: 'Trần Văn An' });
  });

  it('"TM. ỦY BAN NHÂN DÂN CHỦ TỊCH": authority and title', () => {
    const { plan } = read(`Số: 3/KH-UBND\nHuế, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\nPhòng chống dịch\nI. MỤC TIÊU\nGiảm ca bệnh.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN CHỦ TỊCH\nTrần Văn An\n`);
    expect(plan.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: null, title: 'CHỦ TỊCH', signer: 'Trần Văn An' });
  });

  it('"TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH": a second prefix inside the line opens the capacity', () => {
    const { plan } = read(`Số: 3/KH-UBND\nHuế, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\nPhòng chống dịch\nI. MỤC TIÊU\nGiảm ca bệnh.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nTrần Văn An\n`);
    expect(plan.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Trần Văn An' });
  });

  it('"TM.UBND XÃ HƯƠNG SƠN": a prefix whose dot touches the next word is an authority, not a capacity', () => {
    const { plan } = read(`Số: 3/KH-UBND\nHương Sơn, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\nPhòng chống dịch\nI. MỤC TIÊU\nGiảm ca bệnh.\nNơi nhận:\n- Lưu: VT.\nTM.UBND XÃ HƯƠNG SƠN\nCHỦ TỊCH\nTrần Văn An\n`);
    expect(plan.document.signature).toMatchObject({ authority: 'TM. UBND XÃ HƯƠNG SƠN', capacity: null, title: 'CHỦ TỊCH', signer: 'Trần Văn An' });
  });

  it('a capacity with no title of its own is left whole', () => {
    const { plan } = read(`Số: 3/KH-UBND\nHuế, ngày 1 tháng 2 năm 2025\nKẾ HOẠCH\nPhòng chống dịch\nI. MỤC TIÊU\nGiảm ca bệnh.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn An\n`);
    expect(plan.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN TỈNH', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' });
  });
});

const META = 'Số hiệu:\t77/KH-UBND\tLoại văn bản:\tKế hoạch\nNơi ban hành:\tTỉnh Cà Mau\tNgười ký:\tPhạm Văn Thiều\nNgày ban hành:\t20/03/2025\tNgày hiệu lực:\tĐã biết\n';
const FILLER = 'Các nhiệm vụ được triển khai đồng bộ, có trọng tâm, trọng điểm, phù hợp với điều kiện thực tế của từng địa phương trên địa bàn tỉnh. ';

describe('layout 4: a document inside one cell of a page-layout table, sections on one line', () => {
  const text =
    META +
    '\tỦY BAN NHÂN DÂN TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 77/KH-UBND Cà Mau, ngày 20 tháng 3 năm 2025 KẾ HOẠCH Triển khai Đề án phát triển du lịch năm 2025 Căn cứ Nghị quyết số 05-NQ/TU ngày 10/01/2025 của Tỉnh ủy; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n' +
    'I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích. Phát triển du lịch thành ngành kinh tế mũi nhọn. 2. Yêu cầu. Các sở, ngành phối hợp chặt chẽ.\n' +
    `II. NHIỆM VỤ 1. Phát triển sản phẩm du lịch đặc thù. 2. Nâng cao chất lượng nguồn nhân lực du lịch. 3. Đẩy mạnh xúc tiến, quảng bá du lịch. ${FILLER.repeat(10)}\n` +
    'III. TỔ CHỨC THỰC HIỆN 1. Sở Văn hóa, Thể thao và Du lịch: chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch. 2. Sở Tài chính: bố trí kinh phí thực hiện.\n' +
    'Nơi nhận: - Bộ Văn hóa, Thể thao và Du lịch; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lâm Văn Bi\n';
  const { plan } = read(text);

  it('finds the document inside the cell: its header and signature', () => {
    expect(header(plan)).toEqual({
      number: '77/KH-UBND',
      date: '2025-03-20',
      place: 'Cà Mau',
      issuer: 'Ủy ban nhân dân tỉnh Cà Mau',
      title: 'Triển khai Đề án phát triển du lịch năm 2025',
      capacity: 'KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signer: 'Lâm Văn Bi',
    });
  });

  it('cuts each section run on one line at the numbers that continue the numbering', () => {
    expect(outline(plan).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'I MỤC ĐÍCH,',
      'I.1 Mục đích.',
      'I.2 Yêu cầu.',
      'II NHIỆM VỤ',
      'II.1 Phát triển',
      'II.2 Nâng cao',
      'II.3 Đẩy mạnh',
      'III TỔ CHỨC',
      'III.1 Sở Văn',
      'III.2 Sở Tài',
    ]);
    expect(plan.responsibilities.map((r) => r.units.map((u) => u.name).join())).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Tài chính']);
  });

  it('reads the number from the "Số hiệu" cell when the document has no "Số:" line', () => {
    const { plan: p, diagnostics } = read(`${META}\tKẾ HOẠCH Triển khai Đề án phát triển du lịch năm 2025 của tỉnh Cà Mau trong giai đoạn tới, với các nội dung chủ yếu sau đây được các cơ quan thống nhất thực hiện\nI. MỤC TIÊU\nPhát triển du lịch.\n`);
    expect(p.document.number).toBe('77/KH-UBND');
    expect(rules(diagnostics, 'repair-document-number')).toHaveLength(1);
  });
});

describe('no input that holds a document number and a type word is refused', () => {
  it('a page that holds only a number and a type word gives a plan with the number, and a warning', () => {
    const { plan, diagnostics } = read('Trang chủ > Văn bản > Kế hoạch\nKẾ HOẠCH\n77/KH-UBND\nXem thêm\n');
    expect(plan.document.number).toBe('77/KH-UBND');
    expect(plan.document.typeName).toBe('Kế hoạch');
    expect(diagnostics.some((d) => d.ruleId === 'repair-document-number')).toBe(true);
  });

  it('when even that is not read, the plan is returned with a warning saying what the text holds', () => {
    const { plan, diagnostics } = read('Trang chủ › Văn bản pháp luật › Kế hoạch 77/KH-UBND › Xem toàn văn › Tải về\n');
    expect(plan.outline).toEqual([]);
    const w = rules(diagnostics, 'plan-not-read');
    expect(w.map((d) => [d.severity, d.place.line, d.place.column])).toEqual([['warning', 1, 42]]);
    expect(w[0]?.message).toContain('"77/KH-UBND"');
  });

  it('a text with neither is still refused with the usual one-line reason', () => {
    expect(() => read('Danh sách các món ăn ngon\nPhở bò\nBún chả\n')).toThrow(InputError);
  });
});

describe('layout 4 on the sample: all its prose run together on one line per run between tables', () => {
  const sample = readFileSync(new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url), 'utf8');
  // Every run of prose lines joined into one line; the TAB rows of the appendix kept.
  const flat: string[] = [];
  let run: string[] = [];
  for (const line of sample.split('\n')) {
    if (line.includes('\t')) {
      if (run.length) flat.push(run.join(' '));
      run = [];
      flat.push(line);
    } else if (line.trim()) run.push(line.trim());
  }
  if (run.length) flat.push(run.join(' '));
  const base = read(sample).plan;
  const { plan } = read(flat.join('\n'));

  it('keeps the header, the signature, the sections and the tasks', () => {
    expect(flat[0]?.length).toBeGreaterThan(5000);
    expect(header(plan)).toEqual(header(base));
    expect(outline(plan).map((l) => l.split(' ')[0])).toEqual(outline(base).map((l) => l.split(' ')[0]));
    expect(plan.tasks.map((t) => `${t.id} ${t.lead.map((u) => u.name).join('+')}`)).toEqual(base.tasks.map((t) => `${t.id} ${t.lead.map((u) => u.name).join('+')}`));
  });
});
