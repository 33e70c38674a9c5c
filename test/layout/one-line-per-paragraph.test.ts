/**
 * Layout 0: one line per paragraph and no blank lines (text copied out of Word or a PDF viewer,
 * `pdftotext`): each line is decided from its own evidence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/types.js';
import { header, outline, read, withoutBlankLines, wrap } from './read.js';

const PLAN = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/KH-UBND
Quảng Trị, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Cải cách thủ tục hành chính năm 2025
trên địa bàn tỉnh Quảng Trị
Căn cứ Quyết định số 12/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng giải quyết thủ tục hành chính cho người dân.
2. Yêu cầu
Bảo đảm đúng tiến độ.
II. NHIỆM VỤ
1. Rà soát thủ tục hành chính
Cơ quan thực hiện: Sở Tư pháp
Thời gian: Quý II/2025
2. Số hóa hồ sơ
a) Sở Nội vụ:
Chủ trì hướng dẫn việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.
b) Sở Khoa học và Công nghệ:
Bảo đảm hạ tầng kỹ thuật.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp
Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này và báo cáo kết quả
trước ngày 15/12/2025.
2. Sở Tài chính
Bố trí kinh phí thực hiện.
Nơi nhận:
- Bộ Tư pháp;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Nam
`;

describe('layout 0: one line per paragraph, no blank lines', () => {
  const { plan } = read(PLAN);

  it('keeps each header line apart: number, place and date, type and title', () => {
    expect(header(plan)).toEqual({
      number: '88/KH-UBND',
      date: '2025-03-05',
      place: 'Quảng Trị',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Trị',
      title: 'Cải cách thủ tục hành chính năm 2025 trên địa bàn tỉnh Quảng Trị',
      capacity: 'KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signer: 'Hoàng Văn Nam',
    });
    expect(plan.document.bases.map((b) => b.text)).toEqual(['Căn cứ Quyết định số 12/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ;']);
    expect(plan.document.recipients).toEqual(['Bộ Tư pháp', 'Lưu: VT']);
  });

  it('starts a part at each number, a heading does not swallow the label under it, "a) Sở Nội vụ:" stands alone', () => {
    expect(outline(plan)).toEqual([
      'I MỤC ĐÍCH, YÊU CẦU',
      'I.1 Mục đích',
      'I.2 Yêu cầu',
      'II NHIỆM VỤ',
      'II.1 Rà soát thủ tục hành chính',
      'II.2 Số hóa hồ sơ',
      'II.2.a Sở Nội vụ:',
      'II.2.b Sở Khoa học và Công nghệ:',
      'III TỔ CHỨC THỰC HIỆN',
      'III.1 Sở Tư pháp',
      'III.2 Sở Tài chính',
    ]);
    const task = plan.tasks.find((t) => t.id === 'II.1');
    expect(task?.lead.map((u) => u.name)).toEqual(['Sở Tư pháp']);
    expect(task?.timeframe?.text).toBe('Quý II/2025');
  });

  it('joins a line that ends its sentence open and goes on in lower case', () => {
    const r = plan.responsibilities.find((x) => x.id === 'III.1');
    expect(r?.duties).toEqual(['Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này và báo cáo kết quả trước ngày 15/12/2025.']);
  });
});

const SAMPLE = readFileSync(new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url), 'utf8');

/** The model without positions (which differ between the copies by construction). */
function content(p: Plan): unknown {
  // Where things are, and how many lines the text takes (coverage.lines), depend on the layout.
  const coverage = p.coverage ? { ...p.coverage, lines: undefined } : undefined;
  return JSON.parse(JSON.stringify({ ...p, source: null, coverage }, (k, v: unknown) => (k === 'source' || k.endsWith('Source') || k === 'dutySources' ? undefined : v)));
}

describe('the sample in other layouts gives the same model', () => {
  const base = content(read(SAMPLE).plan);

  it('with its blank lines removed (one line per paragraph)', () => {
    expect(content(read(withoutBlankLines(SAMPLE)).plan)).toEqual(base);
  });

  it('hard-wrapped at 80 columns, blank lines between paragraphs', () => {
    const wrapped = wrap(SAMPLE, 80);
    expect(wrapped).not.toBe(SAMPLE);
    expect(content(read(wrapped).plan)).toEqual(base);
  });

  it('hard-wrapped at 80 columns with no blank lines (pdftotext without -layout)', () => {
    expect(content(read(withoutBlankLines(wrap(SAMPLE, 80))).plan)).toEqual(base);
  });
});
