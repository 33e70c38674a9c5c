import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/parse/pdf/index.js';
import { readPlan } from '../../src/parse-plan.js';
import { makePdf, type PdfText } from './make-pdf.js';

/** The lines of a read PDF's synthetic text (a table row is one line, cells apart by TAB). */
async function lines(texts: PdfText[]): Promise<string[]> {
  return (await readPdf(makePdf([{ texts }]), 'table.pdf')).text.split('\n');
}

const at = (x: number, y: number, text: string): PdfText => ({ x, y, text, size: 10 });
// Columns start at 60 (number), 90 (task), 300 (lead), 450 (time); the header is centred.
const header = [at(62, 700, 'STT'), at(160, 700, 'Noi dung'), at(330, 700, 'Don vi chu tri'), at(470, 700, 'Thoi gian')];

describe('PDF tables without ruling lines, read by text alignment (issue 16, round 2)', () => {
  it('reads columns from the left edges the rows share and rows from the gaps between them', async () => {
    const texts = [
      ...header,
      // Row 1: the task wraps over two lines, the number and the time on the first.
      at(60, 676, '1'), at(90, 676, 'Train the teachers of'), at(300, 676, 'So Giao duc'), at(450, 676, 'Q2/2026'),
      at(90, 664, 'primary schools'),
      // Row 2, after a wider gap; its lead wraps.
      at(60, 640, '2'), at(90, 640, 'Open swimming classes'), at(300, 640, 'So Van hoa, The'), at(450, 640, 'June'),
      at(300, 628, 'thao va Du lich'),
      // Row 3: a number centred in its column.
      at(62, 604, '3'), at(90, 604, 'Check the river banks'), at(300, 604, 'UBND cac xa'), at(450, 604, 'Q3/2026'),
      // Prose across the page ends the table.
      at(60, 570, 'The units report the results of the tasks above to the provincial People Committee.'),
    ];
    expect(await lines(texts)).toEqual([
      'STT\tNoi dung\tDon vi chu tri\tThoi gian',
      '1\tTrain the teachers of primary schools\tSo Giao duc\tQ2/2026',
      '2\tOpen swimming classes\tSo Van hoa, The thao va Du lich\tJune',
      '3\tCheck the river banks\tUBND cac xa\tQ3/2026',
      'The units report the results of the tasks above to the provincial People Committee.',
    ]);
  });

  it('parts rows set close together by their numbers', async () => {
    const texts = [
      ...header,
      at(60, 688, '1'), at(90, 688, 'First task'), at(300, 688, 'So Y te'), at(450, 688, 'Q1'),
      at(90, 676, 'goes on here'),
      at(60, 664, '2'), at(90, 664, 'Second task'), at(300, 664, 'So Tai chinh'), at(450, 664, 'Q2'),
      at(60, 652, '3'), at(90, 652, 'Third task'), at(300, 652, 'So Noi vu'), at(450, 652, 'Q3'),
    ];
    expect(await lines(texts)).toEqual([
      'STT\tNoi dung\tDon vi chu tri\tThoi gian',
      '1\tFirst task goes on here\tSo Y te\tQ1',
      '2\tSecond task\tSo Tai chinh\tQ2',
      '3\tThird task\tSo Noi vu\tQ3',
    ]);
  });

  it('reads no table where no header names the task and a unit column', async () => {
    // The same aligned layout under a header that names neither: lines, not a table.
    const texts = [at(62, 700, 'Year'), at(160, 700, 'Place'), at(330, 700, 'Weather'), at(60, 676, '1'), at(90, 676, 'Ha Noi'), at(300, 676, 'rain'), at(60, 640, '2'), at(90, 640, 'Hue'), at(300, 640, 'sun'), at(60, 604, '3'), at(90, 604, 'Vinh'), at(300, 604, 'wind')];
    expect((await lines(texts)).some((l) => l.includes('\t'))).toBe(false);
  });

  it('reads the borderless appendix of a LibreOffice-made PDF into tasks', async () => {
    // fixtures/pdf/appendix-borderless.html: 8 rows, the 4 tasks below twice, read by hand.
    const { plan } = await readPlan(readFileSync('fixtures/pdf/appendix-borderless.pdf'), { path: 'appendix-borderless.pdf' });
    const tasks = plan.tasks.filter((t) => t.origin === 'appendix');
    expect(tasks).toHaveLength(8);
    expect(tasks.slice(0, 4).map((t) => [t.description, t.lead.map((u) => u.text), t.support.map((u) => u.text), t.timeframe?.text])).toEqual([
      ['Sản xuất phóng sự, tọa đàm về phòng, chống đuối nước trẻ em', ['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Y tế'], 'Quý II/2026'],
      ['Truyền thông tại trường học trước kỳ nghỉ hè', ['Sở Giáo dục và Đào tạo'], ['Sở Y tế'], 'Trước 30/5/2026'],
      ['Mở lớp dạy bơi an toàn cho học sinh tiểu học', ['Sở Văn hóa, Thể thao và Du lịch'], ['Tỉnh đoàn Khánh Hòa'], 'Tháng 6/2026'],
      ['Tập huấn sơ cứu đuối nước cho giáo viên, cán bộ xã', ['Sở Y tế'], ['Hội Chữ thập đỏ tỉnh'], 'Quý II/2026'],
    ]);
  });
});
