import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/parse-plan.js';
import { readPdf } from '../../src/parse/pdf/index.js';
import { splitAtRulings } from '../../src/parse/pdf/split-piece.js';
import { makePdf, type PdfText } from './make-pdf.js';

/** The lines of a read PDF's synthetic text. */
async function lines(pdf: Uint8Array): Promise<string[]> {
  return (await readPdf(pdf, 'closing.pdf')).text.split('\n');
}

const at = (x: number, y: number, text: string, size = 12): PdfText => ({ x, y, text, size });

describe('PDF closing as a borderless two-column table (issue 16, round 2)', () => {
  it('reads the signature column whose centred lines start left of its first line', async () => {
    // The b09 shape: "PHO CHU TICH" is centred under "KT. CHU TICH" but starts a little left of
    // it; it is far right of every recipient line, so it belongs to the signature column.
    const texts = [
      at(58, 400, 'Noi nhan:'),
      at(365, 400, 'TM. UY BAN NHAN DAN'),
      at(58, 380, '- Bo Y te (b/c);'),
      at(394, 380, 'KT. CHU TICH'),
      at(391, 366, 'PHO CHU TICH'),
      at(58, 360, '- Cac so, nganh;'),
      at(58, 340, '- Luu: VT.'),
      at(400, 320, 'Tran Hoa Nam'),
    ];
    expect(await lines(makePdf([{ texts }]))).toEqual(['Noi nhan:', '- Bo Y te (b/c);', '- Cac so, nganh;', '- Luu: VT.', 'TM. UY BAN NHAN DAN', 'KT. CHU TICH', 'PHO CHU TICH', 'Tran Hoa Nam']);
  });

  it('takes into the signature column its first line, printed above the row that opens the block', async () => {
    // The signature's first line sits between two recipients' rows, alone on its baseline: it
    // is the right column's, not a line between recipients. The body above stays where it is.
    // [x, baseline, text], top to bottom; the right column's first line at 414 stands between rows 420 and 400.
    const printed: [number, number, string][] = [[58, 460, 'Cac don vi trien khai thuc hien nghiem tuc noi dung Ke hoach nay.'], [58, 440, 'Noi nhan:'], [58, 420, '- So Tai chinh;'], [370, 414, 'TM. UY BAN NHAN DAN'], [58, 400, '- So Noi vu;'], [392, 397, 'CHU TICH'], [58, 380, '- Luu: VT.'], [396, 330, 'Le Thi Mai']];
    const read = await lines(makePdf([{ texts: printed.map(([x, y, text]) => at(x, y, text)) }]));
    expect(read).toEqual(['Cac don vi trien khai thuc hien nghiem tuc noi dung Ke hoach nay.', 'Noi nhan:', '- So Tai chinh;', '- So Noi vu;', '- Luu: VT.', 'TM. UY BAN NHAN DAN', 'CHU TICH', 'Le Thi Mai']);
  });

  it('leaves above the block a line that crosses its split, or stands further off than its rows', async () => {
    const crossing = [at(380, 452, 'Ghi chu ben phai'), at(58, 440, 'Cac so, ban, nganh va dia phuong to chuc trien khai thuc hien ngay.'), at(400, 428, 'KT. BO TRUONG'), at(58, 414, 'Noi nhan:'), at(405, 412, 'THU TRUONG'), at(58, 394, '- Luu: VT.'), at(410, 360, 'Tran Van C')];
    expect(await lines(makePdf([{ texts: crossing }]))).toEqual(['Ghi chu ben phai', 'Cac so, ban, nganh va dia phuong to chuc trien khai thuc hien ngay.', 'Noi nhan:', '- Luu: VT.', 'KT. BO TRUONG', 'THU TRUONG', 'Tran Van C']);
    // A right-hand line 3 font sizes above (36 points at 12) is no row of the block: 2.5 (30) is.
    for (const [gap, inBlock] of [[36, false], [29, true]] as const) {
      const texts = [at(380, 400 + gap, 'Ghi chu ben phai'), at(58, 400, 'Noi nhan:'), at(392, 400, 'CHU TICH'), at(58, 380, '- Luu: VT.'), at(396, 340, 'Le Thi Mai')];
      const tail = ['Noi nhan:', '- Luu: VT.', 'CHU TICH', 'Le Thi Mai'];
      expect(await lines(makePdf([{ texts }]))).toEqual(inBlock ? ['Noi nhan:', '- Luu: VT.', 'Ghi chu ben phai', 'CHU TICH', 'Le Thi Mai'] : ['Ghi chu ben phai', ...tail]);
    }
  });

  it('ends the block at a title set inside the gap between the columns', async () => {
    const texts = [at(58, 400, 'Noi nhan:'), at(380, 400, 'TM. UY BAN'), at(58, 380, '- Luu: VT.'), at(400, 380, 'Nguyen Van A'), at(260, 340, 'PHU LUC')];
    expect(await lines(makePdf([{ texts }]))).toEqual(['Noi nhan:', '- Luu: VT.', 'TM. UY BAN', 'Nguyen Van A', 'PHU LUC']);
  });

  it('goes on with the closing overleaf while the next page keeps to its columns', async () => {
    // The b19 shape: the recipients and the signer's name run onto the next page.
    const first = { texts: [at(72, 700, 'Body text of the plan ends here.'), at(58, 90, 'Noi nhan:'), at(387, 90, 'KT. BO TRUONG'), at(58, 70, '- Bo truong (de b/c);'), at(394, 70, 'THU TRUONG')] };
    const second = { texts: [at(58, 780, '- Cac Thu truong;'), at(58, 760, '- Luu: VT, PBGDPL.'), at(398, 760, 'Phan Chi Hieu'), at(260, 700, 'PHU LUC')] };
    const doc = await readPdf(makePdf([first, second]), 'closing.pdf');
    expect(doc.text.split('\n')).toEqual(['Body text of the plan ends here.', 'Noi nhan:', '- Bo truong (de b/c);', '- Cac Thu truong;', '- Luu: VT, PBGDPL.', 'KT. BO TRUONG', 'THU TRUONG', 'Phan Chi Hieu', 'PHU LUC']);
    // Each line keeps the page it was printed on.
    expect(doc.index.locate(doc.text.indexOf('Phan Chi Hieu'))).toMatchObject({ kind: 'page', page: 2 });
    expect(doc.index.locate(doc.text.indexOf('THU TRUONG'))).toMatchObject({ kind: 'page', page: 1 });
  });

  it('goes on overleaf with a line of both columns while the signature is still to come', async () => {
    const first = { texts: [at(58, 60, 'Noi nhan:'), at(365, 60, 'TM. UY BAN NHAN DAN'), at(58, 45, '- Bo Y te (b/c);'), at(394, 45, 'KT. CHU TICH')] };
    const second = { texts: [at(58, 780, '- So Y te;'), at(391, 780, 'PHO CHU TICH'), at(58, 765, '- Luu: VT.'), at(400, 700, 'Le Van Binh')] };
    expect(await lines(makePdf([first, second]))).toEqual(['Noi nhan:', '- Bo Y te (b/c);', '- So Y te;', '- Luu: VT.', 'TM. UY BAN NHAN DAN', 'KT. CHU TICH', 'PHO CHU TICH', 'Le Van Binh']);
  });

  it('does not carry a signed closing into a page that opens with a header block of its own', async () => {
    // A Quyết định's closing, signed (the name below the signing space), then the plan it
    // carries, which opens with issuer | motto; the motto's right edge lines up with the name's.
    const first = { texts: [at(84, 160, 'Noi nhan:'), at(385, 160, 'CHU TICH'), at(84, 140, '- Luu: VT.'), at(385, 90, 'Truong Viet Dung')] };
    const second = { texts: [at(92, 773, 'UY BAN NHAN DAN'), at(271, 773, 'CONG HOA XA HOI CHU NGHIA VIET NAM'), at(88, 758, 'THANH PHO HA NOI'), at(321, 758, 'Doc lap - Tu do - Hanh phuc')] };
    expect(await lines(makePdf([first, second]))).toEqual([
      'Noi nhan:', '- Luu: VT.', 'CHU TICH', 'Truong Viet Dung',
      'UY BAN NHAN DAN', 'THANH PHO HA NOI', 'CONG HOA XA HOI CHU NGHIA VIET NAM', 'Doc lap - Tu do - Hanh phuc',
    ]);
  });
});

describe('PDF table cells that pdf.js joins into one piece (issue 16, round 2)', () => {
  it('cuts a piece at the space nearest the ruling line it crosses', () => {
    // 20 characters over 200 points: the ruling at x 170 falls in the space after "2023".
    const piece = { text: 'Quy II/2023 Toa dam', x: 100, y: 500, width: 160, size: 12 };
    const parts = splitAtRulings(piece, [170]);
    expect(parts.map((p) => p.text)).toEqual(['Quy II/2023', 'Toa dam']);
    expect(parts[0]?.x).toBe(100);
    expect((parts[1]?.x ?? 0) + (parts[1]?.width ?? 0)).toBeCloseTo(260);
  });

  it('leaves a piece that only touches a ruling, or has no space to cut at', () => {
    const piece = { text: 'Quy II/2023 Toa dam', x: 100, y: 500, width: 160, size: 12 };
    // Within half a font size of the piece's ends: padding, not a crossing.
    expect(splitAtRulings(piece, [104, 256])).toEqual([piece]);
    const word = { text: 'Thuongxuyen', x: 100, y: 500, width: 80, size: 12 };
    expect(splitAtRulings(word, [140])).toEqual([word]);
  });

  it('reads the two cells of a piece written across a ruling line apart', async () => {
    // Columns 72 | 200 | 300 | 420; in the 2nd row one Tj runs from the 2nd cell into the 3rd.
    const lines: [number, number, number, number][] = [[72, 700, 420, 700], [72, 680, 420, 680], [72, 660, 420, 660], [72, 640, 420, 640], ...[72, 200, 300, 420].map((x): [number, number, number, number] => [x, 640, x, 700])];
    const texts = [at(76, 686, 'Task'), at(204, 686, 'Time'), at(304, 686, 'Product'), at(76, 666, 'Report'), at(204, 666, 'Q1/2023'), at(304, 666, 'Report'), at(76, 646, 'Seminar'), at(240, 646, 'Q2/2023 Seminar')];
    const doc = await readPdf(makePdf([{ lines, texts }]), 't.pdf');
    expect(doc.text.split('\n')).toEqual(['Task\tTime\tProduct', 'Report\tQ1/2023\tReport', 'Seminar\tQ2/2023\tSeminar']);
  });
});

describe('PDF table rows broken at the foot of a page (issue 16, round 2)', () => {
  // Columns 72 | 100 | 300 | 420 | 500, a header row and one row per page.
  const ruled = (top: number, rows: number): [number, number, number, number][] => {
    const bottom = top - 20 * rows;
    return [...Array.from({ length: rows + 1 }, (_, k): [number, number, number, number] => [72, top - 20 * k, 500, top - 20 * k]), ...[72, 100, 300, 420, 500].map((x): [number, number, number, number] => [x, bottom, x, top])];
  };
  const row = (y: number, cells: readonly string[]): PdfText[] => cells.flatMap((text, k) => (text ? [at([76, 104, 304, 424][k] as number, y, text, 10)] : []));
  const header = ['STT', 'Task', 'Lead', 'Time'];
  const page1 = (cells: readonly string[]) => ({ lines: ruled(200, 2), texts: [...row(186, header), ...row(166, cells)] });
  const page2 = (cells: readonly string[]) => ({ lines: ruled(780, 3), texts: [...row(766, header), ...row(746, cells), ...row(726, ['2', 'Second task', 'Office B', 'Q3'])] });

  it('joins a continued row that starts with a capital, where only some cells ran over', async () => {
    const doc = await readPdf(makePdf([page1(['1', 'First task', 'Office A', 'Q2']), page2(['', '- Report to the Board', '', ''])]), 't.pdf');
    expect(doc.text.split('\n')).toEqual(['STT\tTask\tLead\tTime', '1\tFirst task - Report to the Board\tOffice A\tQ2', '2\tSecond task\tOffice B\tQ3']);
    expect(doc.findings).toEqual([expect.objectContaining({ ruleId: 'repair-table-row', severity: 'info', source: { kind: 'page', page: 2, line: 2, column: 1 } })]);
  });

  it('keeps a page-top row of its own: every cell filled, without a number', async () => {
    const doc = await readPdf(makePdf([page1(['1', 'First task', 'Office A', 'Q2']), page2(['', 'Extra task', 'Office C', 'Q4'])]), 't.pdf');
    expect(doc.text.split('\n')).toEqual(['STT\tTask\tLead\tTime', '1\tFirst task\tOffice A\tQ2', '\tExtra task\tOffice C\tQ4', '2\tSecond task\tOffice B\tQ3']);
    expect(doc.findings).toEqual([]);
  });
});

describe('a LibreOffice-made PDF whose closing and appendix row run over page breaks (issue 16, round 2)', () => {
  // fixtures/pdf/closing-overleaf.html, exported by LibreOffice (scripts/make-pdf-fixtures.mjs):
  // the closing table breaks after "KT. CHỦ TỊCH" (page 1) and row 17 after "tọa đàm về" (page 3).
  it('reads the signature and every recipient, and joins the broken row', async () => {
    const { plan, diagnostics } = await readPlan(readFileSync('fixtures/pdf/closing-overleaf.pdf'), { path: 'closing-overleaf.pdf' });
    expect(plan.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Lê Văn Bình' });
    expect(plan.document.recipients).toEqual(['Bộ Y tế (b/c)', 'TT Tỉnh ủy, TT HĐND tỉnh', 'CT, các PCT UBND tỉnh', 'Các sở, ngành tại mục II', 'UBND các xã, phường', 'Lưu: VT, KGVX']);
    expect(plan.tasks.filter((t) => t.origin === 'appendix')).toHaveLength(20);
    const broken = plan.tasks.find((t) => t.id === '17');
    expect(broken).toMatchObject({ description: 'Sản xuất phóng sự, tọa đàm về phòng, chống đuối nước trẻ em', lead: [{ name: 'Sở Văn hóa, Thể thao và Du lịch' }], support: [{ name: 'Sở Y tế' }], timeframe: { text: 'Quý II/2026' } });
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'repair-table-row', severity: 'info' }));
  });
});
