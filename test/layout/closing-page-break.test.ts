/**
 * A text copy of a printed plan whose pages carry a page number and a running header ("Kế hoạch
 * số … của UBND tỉnh …") right under it, and whose Nơi nhận list, set beside the signature,
 * goes on over the page break (holdout-e e12's shape). Two page breaks are evidence enough
 * when the same line stands beside each figure; the list read past the signature is the list.
 */
import { describe, expect, it } from 'vitest';
import { read, rules } from './read.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 21/KH-UBND
Ninh Bình, ngày 5 tháng 3 năm 2026

KẾ HOẠCH
Phòng chống thiên tai năm 2026

I. MỤC TIÊU

Giảm thiệt hại về người và tài sản do thiên tai gây ra.
`;

const body = (folio: (n: number) => string): string => `${HEAD}
${folio(2)}

II. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường: chủ trì, theo dõi thực hiện Kế hoạch./.

Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- Bộ Nông nghiệp và Môi trường;             CHỦ TỊCH
- Thường trực Tỉnh ủy;
- Các sở, ban, ngành;
- Công an tỉnh;                             Trần Văn Bình

${folio(3)}

- UBND các huyện;
- Lưu: VT, NN.
`;

const RECIPIENTS = ['Bộ Nông nghiệp và Môi trường', 'Thường trực Tỉnh ủy', 'Các sở, ban, ngành', 'Công an tỉnh', 'UBND các huyện', 'Lưu: VT, NN'];

describe('page numbers with a running header beside them', () => {
  const running = (n: number): string => `                                            ${n}\nKế hoạch số 21/KH-UBND ngày 05/3/2026 của UBND tỉnh Ninh Bình`;

  it('are dropped at two page breaks, the header line with them, and said where', () => {
    const { plan, diagnostics } = read(body(running));
    expect(rules(diagnostics, 'repair-page-number').map((d) => d.place.line)).toEqual([12, 13, 25, 26]);
    expect(plan.document.signature?.signer).toBe('Trần Văn Bình');
    expect(plan.outline.map((s) => s.id)).toEqual(['I', 'II']);
  });

  it('so that the recipient list goes on after the page break', () => {
    expect(read(body(running)).plan.document.recipients).toEqual(RECIPIENTS);
  });

  it('not where the lines beside the figures differ: two figures and two lines of text', () => {
    const differ = (n: number): string => `                                            ${n}\n${n === 2 ? 'Kế hoạch này được phổ biến rộng rãi.' : 'Các đơn vị báo cáo kết quả.'}`;
    expect(rules(read(body(differ)).diagnostics, 'repair-page-number')).toEqual([]);
  });
});

describe('a recipient list that goes on below the signature', () => {
  it('is read whole when the page break between was not recognised (one page break only)', () => {
    const once = (n: number): string => (n === 3 ? `                                            ${n}\nKế hoạch phòng chống thiên tai năm 2026` : '');
    const { plan, diagnostics } = read(body(once));
    // One figure with a line beside it is below MIN_RUNNING: no evidence of page numbers.
    expect(rules(diagnostics, 'repair-page-number')).toEqual([]);
    expect(plan.document.recipients).toEqual(RECIPIENTS);
    expect(plan.document.signature?.title).toBe('CHỦ TỊCH');
  });
});
