/**
 * Page furniture between the pages of a text copy: a running header printed beside the page
 * number at every page break, and a task row cut by a page break inside a unit cell, its last
 * cells carried onto the next page.
 */
import { describe, expect, it } from 'vitest';
import { read, rules, taskLines } from './read.js';
import { MIN_RUNNING } from '../../src/parse/page-numbers.js';

const RUNNING = 'UBND tỉnh Bình Phước - Bản thảo lần 3';

function plan(breaks: number): string {
  const pageBreak = (n: number): string => (n <= breaks ? `\nTrang ${n}/4\n${RUNNING}\n\n` : '\n');
  return `ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC

Số:      /KH-UBND

KẾ HOẠCH

Phát triển chuyển đổi số nông nghiệp năm 2026

I. MỤC TIÊU

Đưa nông sản lên sàn thương mại điện tử.
${pageBreak(2)}
II. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường

- Chủ trì, theo dõi việc thực hiện.
${pageBreak(3)}
2. Sở Tài chính

- Bố trí kinh phí.

PHỤ LỤC

TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\tSản phẩm
1\tTập huấn hợp tác xã\tSở Nông nghiệp và Môi trường\tLiên minh Hợp tác xã tỉnh, Hội Nông dân
${pageBreak(4)}\t\t\ttỉnh\tQuý III/2026\tLớp tập huấn
2\tMở gian hàng trực tuyến\tSở Công Thương\tSở Nông nghiệp và Môi trường\t2026\tGian hàng
`;
}

describe('page furniture', () => {
  it(`a line beside the page number at ${MIN_RUNNING} page breaks or more is a running header: dropped, and said where`, () => {
    const { plan: p, diagnostics } = read(plan(4));
    const running = rules(diagnostics, 'repair-page-number').filter((d) => d.message.includes('running header'));
    expect(running.map((d) => d.place.line)).toEqual([14, 24, 37]);
    expect(p.objectives.map((o) => o.text)).toEqual(['Đưa nông sản lên sàn thương mại điện tử.']);
    expect(p.responsibilities.map((r) => [r.id, r.duties])).toEqual([
      ['II.1', ['Chủ trì, theo dõi việc thực hiện.']],
      ['II.2', ['Bố trí kinh phí.']],
    ]);
  });

  it(`beside fewer than ${MIN_RUNNING} page numbers, the line is the text's own`, () => {
    const { diagnostics } = read(plan(2));
    expect(rules(diagnostics, 'repair-page-number').filter((d) => d.message.includes('running header'))).toEqual([]);
  });

  it('a row cut by a page break inside a unit cell is one row: the rest of the cell and the cells the row above lacked', () => {
    const { plan: p } = read(plan(4));
    expect(taskLines(p)).toEqual(['1 1 | Sở Nông nghiệp và Môi trường', '2 2 | Sở Công Thương']);
    expect(p.tasks[0]?.support.map((u) => u.text)).toEqual(['Liên minh Hợp tác xã tỉnh', 'Hội Nông dân tỉnh']);
    expect(p.tasks[0]?.timeframe?.text).toBe('Quý III/2026');
  });
});
