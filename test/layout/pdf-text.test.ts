/**
 * Text as `pdftotext` gives it out of a signed PDF (layouts 0 and 8): the number and its symbol
 * on two lines, a decision whose signature is followed by the plan it carries with the plan's
 * own issuer and Quốc hiệu, a recipient list with notes in brackets and entries over two lines.
 */
import { describe, expect, it } from 'vitest';
import { header, read } from './read.js';

const DECISION = `ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN

Số: 512

/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 3 tháng 3 năm 2026

QUYẾT ĐỊNH
Phê duyệt Kế hoạch phòng, chống thiên tai năm 2026
ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch kèm theo Quyết định này.
Điều 2. Quyết định này có hiệu lực từ ngày ký./.
Nơi nhận:
- Bộ Nông nghiệp và Môi trường;
- Thường trực Tỉnh ủy;
(để b/c)
- VP UBND tỉnh: CVP, các PCVP,
Các phòng: NN, TH;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Nghĩa Hiếu
ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
KẾ HOẠCH
Phòng, chống thiên tai năm 2026
I. MỤC TIÊU
Giảm thiệt hại do thiên tai.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường: chủ trì theo dõi.
`;

describe('a decision and the plan it carries, as pdftotext writes them', () => {
  const { plan, diagnostics } = read(DECISION);

  it('joins the number to its symbol on the next line', () => {
    expect(header(plan)).toMatchObject({ number: '512/QĐ-UBND', date: '2026-03-03', place: 'Nghệ An', issuer: 'Ủy ban nhân dân tỉnh Nghệ An' });
  });

  it('reads the signature, and the list over its notes and its continued entry', () => {
    expect(plan.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Hoàng Nghĩa Hiếu' });
    expect(plan.document.recipients).toEqual(['Bộ Nông nghiệp và Môi trường', 'Thường trực Tỉnh ủy', 'VP UBND tỉnh: CVP, các PCVP, Các phòng: NN, TH', 'Lưu: VT']);
  });

  it('opens the carried plan at its own issuer and Quốc hiệu: nothing is left unread in the closing', () => {
    expect(plan.document.carries).toEqual({ typeName: 'Kế hoạch', title: 'Phòng, chống thiên tai năm 2026' });
    expect(plan.outline.map((s) => s.id)).toEqual(['I', 'II']);
    expect(diagnostics.filter((d) => d.ruleId === 'closing-unread')).toEqual([]);
  });
});

describe('a two-column closing set only a few spaces apart (pdftotext -layout)', () => {
  const PLAN = `ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KON TUM                                         Độc lập - Tự do - Hạnh phúc

Số: 208/KH-UBND                                 Kon Tum, ngày 9 tháng 9 năm 2022

                                   KẾ HOẠCH
                 Bảo vệ nguồn lợi thủy sản năm 2022

I. MỤC TIÊU

Bảo vệ nguồn lợi thủy sản trên các hồ chứa.

II. TỔ CHỨC THỰC HIỆN

Sở Nông nghiệp và Phát triển nông thôn chủ trì theo dõi thực hiện.

Nơi nhận:                                                TM. ỦY BAN NHÂN DÂN
- Bộ NN&PTNT (b/c);                                           KT. CHỦ TỊCH
- Các sở, ban, ngành;                                          PHÓ CHỦ TỊCH
- Báo Kon Tum; Đài PT-TH tỉnh
- UBND các huyện, thành phố;   Hoàng Văn Long
- Lưu: VT, NNTN.
`;
  const { plan } = read(PLAN);

  it('reads the signer\'s name written on a recipient\'s line after its semicolon; a body after a semicolon stays a recipient', () => {
    expect(plan.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Hoàng Văn Long' });
    expect(plan.document.recipients).toEqual(['Bộ NN&PTNT (b/c)', 'Các sở, ban, ngành', 'Báo Kon Tum; Đài PT-TH tỉnh', 'UBND các huyện, thành phố', 'Lưu: VT, NNTN']);
  });
});
