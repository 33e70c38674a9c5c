/**
 * Layout 8: a bordered task table as `pdftotext -layout` writes it out: each cell wrapped over
 * lines at its own left edge, the STT on the middle line of its row, rows apart by blank lines,
 * a header cell wrapped above and below its neighbours, group rows across the table, two cells
 * only one space apart, a row broken by a page (form feed), and the columns' edges drifting a
 * few characters from row to row.
 */
import { describe, expect, it } from 'vitest';
import { read, rules, taskLines } from './read.js';
import { COLUMN_GAP, findSpaceTables } from '../../src/parse/space-table.js';
import { joinCellLines } from '../../src/parse/cell-lines.js';
import { MIN_ALIGNED } from '../../src/parse/column-edges.js';

const HEAD = `        ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH HÀ TĨNH                           Độc lập - Tự do - Hạnh phúc
        Số: 77/KH-UBND                      Hà Tĩnh, ngày 3 tháng 3 năm 2026

                                    KẾ HOẠCH
                     Phòng, chống dịch bệnh trên đàn gia súc năm 2026

I. MỤC TIÊU
Không để dịch bệnh lây lan trên diện rộng.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường: chủ trì, theo dõi thực hiện Kế hoạch.
                                      PHỤ LỤC
                 NHIỆM VỤ PHÒNG, CHỐNG DỊCH BỆNH NĂM 2026

                                                                             Thời hạn
STT       Nhiệm vụ                      Đơn vị chủ trì       Đơn vị phối hợp
                                                                             hoàn thành

I TIÊM PHÒNG VÀ GIÁM SÁT

     Tiêm phòng vắc xin lở mồm
1    long móng cho đàn trâu, bò      Chi cục Chăn nuôi   Ủy ban nhân dân các    Tháng
     trên địa bàn toàn tỉnh          và Thú y            xã, phường             4/2026

     Giám sát dịch bệnh tại các                        Trung tâm Khuyến
2    cơ sở giết mổ tập trung        Chi cục Chăn nuôi  nông tỉnh             Quý II/2026
                                    và Thú y

     Lấy mẫu xét nghiệm tại chợ Sở Nông nghiệp
3                                                      Công an tỉnh           Thường xuyên
     đầu mối gia súc            và Môi trường

II TRUYỀN THÔNG

     Tuyên truyền phòng dịch trên Báo Hà Tĩnh, Đài      Sở Nông nghiệp và     Tháng
1    các phương tiện thông tin   Phát thanh và           Môi trường             3/2026
\f    đại chúng                  Truyền hình tỉnh
`;

describe('a task table laid out in spaces', () => {
  const { plan, diagnostics } = read(HEAD);

  it('reads the header, the group rows and every row with its cells', () => {
    const [table] = findSpaceTables(HEAD);
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành'],
      ['I', 'TIÊM PHÒNG VÀ GIÁM SÁT', '', '', ''],
      ['1', 'Tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò trên địa bàn toàn tỉnh', 'Chi cục Chăn nuôi và Thú y', 'Ủy ban nhân dân các xã, phường', 'Tháng 4/2026'],
      ['2', 'Giám sát dịch bệnh tại các cơ sở giết mổ tập trung', 'Chi cục Chăn nuôi và Thú y', 'Trung tâm Khuyến nông tỉnh', 'Quý II/2026'],
      ['3', 'Lấy mẫu xét nghiệm tại chợ đầu mối gia súc', 'Sở Nông nghiệp và Môi trường', 'Công an tỉnh', 'Thường xuyên'],
      ['II', 'TRUYỀN THÔNG', '', '', ''],
      ['1', 'Tuyên truyền phòng dịch trên các phương tiện thông tin đại chúng', 'Báo Hà Tĩnh, Đài Phát thanh và Truyền hình tỉnh', 'Sở Nông nghiệp và Môi trường', 'Tháng 3/2026'],
    ]);
  });

  it('makes them the appendix\'s tasks, with their groups and leads', () => {
    expect(plan.appendices.map((a) => [a.kind, a.groups.map((g) => g.title)])).toEqual([['tasks', ['TIÊM PHÒNG VÀ GIÁM SÁT', 'TRUYỀN THÔNG']]]);
    expect(taskLines(plan)).toEqual(['I.1 1 | Chi cục Chăn nuôi và Thú y', 'I.2 2 | Chi cục Chăn nuôi và Thú y', 'I.3 3 | Sở Nông nghiệp và Môi trường', 'II.1 1 | Báo Hà Tĩnh; Đài Phát thanh và Truyền hình tỉnh']);
    expect(plan.tasks[0]?.timeframe?.text).toBe('Tháng 4/2026');
  });

  it('says where it read a table by its columns', () => {
    expect(rules(diagnostics, 'repair-space-table').map((d) => [d.place.line, d.message])).toEqual([[15, 'a table laid out in spaces was read by the left edges its lines share: 5 columns, 6 rows']]);
  });
});

describe('a figure cut by a narrow cell\'s wrap', () => {
  const rows = HEAD.slice(0, HEAD.indexOf('I TIÊM PHÒNG')) + `     Tiêm phòng vắc xin lở mồm
1    long móng cho đàn trâu, bò      Chi cục Chăn nuôi   Ủy ban nhân dân các    Trước
     trên địa bàn toàn tỉnh          và Thú y            xã, phường             30/4/202
                                                                             6

     Giám sát dịch bệnh tại các                        Trung tâm Khuyến       2026–
2    cơ sở giết mổ tập trung        Chi cục Chăn nuôi  nông tỉnh             2027
                                    và Thú y

     Lấy mẫu xét nghiệm tại chợ Sở Nông nghiệp
3                                                      Công an tỉnh           Thường xuyên
     đầu mối gia súc            và Môi trường
`;

  it('is joined whole: a date whose year was cut, a year range cut after its dash', () => {
    const { plan } = read(rows);
    expect(plan.tasks.map((t) => [t.timeframe?.text, t.timeframe?.start ?? null, t.timeframe?.end ?? null])).toEqual([
      ['Trước 30/4/2026', null, '2026-04-30'],
      ['2026–2027', '2026-01-01', '2027-12-31'],
      ['Thường xuyên', null, null],
    ]);
  });

  it('only where a figure was cut: words and whole figures on two lines keep their space', () => {
    expect(joinCellLines(['Tháng', '4/2026'])).toBe('Tháng 4/2026');
    expect(joinCellLines(['Quý II/2026', '2 đợt'])).toBe('Quý II/2026 2 đợt');
    expect(joinCellLines(['Trước 15/10/202', '1'])).toBe('Trước 15/10/2021');
    expect(joinCellLines(['30/', '9/2024'])).toBe('30/9/2024');
  });
});

describe('what is not a table laid out in spaces', () => {
  it('a line naming columns with no rows of cells under it', () => {
    expect(findSpaceTables('STT       Nhiệm vụ       Đơn vị chủ trì\n\nCác đơn vị thực hiện theo chức năng, nhiệm vụ được giao trong năm 2026.\n')).toEqual([]);
  });

  it(`justified prose (gaps of two spaces) is no table, though it names columns; a header's columns stand ${COLUMN_GAP} spaces apart`, () => {
    const prose = 'Nội dung  công việc  do  đơn vị chủ trì  và  đơn vị phối hợp  thực hiện.\nCác  sở,  ngành  căn  cứ  chức  năng  tổ  chức  triển  khai.\n';
    expect(findSpaceTables(prose)).toEqual([]);
    const rows = '\n1   Tiêm phòng   Chi cục Thú y\n\n2   Giám sát   Chi cục Thú y\n\n3   Lấy mẫu   Chi cục Thú y\n';
    const gap = (n: number): string => ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'].join(' '.repeat(n));
    expect(findSpaceTables(gap(COLUMN_GAP) + '\n' + rows)).toHaveLength(1);
    expect(findSpaceTables(gap(COLUMN_GAP - 1) + '\n' + rows)).toEqual([]);
  });

  it('a heading after the table is no group row: a group row has rows under it', () => {
    const text = `STT     Nhiệm vụ              Đơn vị chủ trì     Thời gian\n\nI KIỂM TRA\n\n1       Kiểm tra cơ sở        Chi cục Thú y      2026\n\nII TỔ CHỨC THỰC HIỆN\n\nSở Nông nghiệp và Môi trường chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.\n`;
    expect(findSpaceTables(text)[0]?.rows.map((r) => r[0]?.text)).toEqual(['STT', 'I', '1']);
  });

  it(`an edge is a column's where ${MIN_ALIGNED} lines start text at it; fewer, and the header's place stands`, () => {
    const rows = ['1     Tiêm phòng                Chi cục Thú y      2026', '2     Giám sát                  Chi cục Thú y      2026', '3     Lấy mẫu                   Chi cục Thú y      2026'];
    const joined = '4     Tiêm phòng cho đàn bò mới Chi cục Thú y      2026';
    const table = (body: string[]): string => `STT   Nhiệm vụ                        Đơn vị chủ trì     Thời gian\n\n${[...body, joined].join('\n\n')}\n`;
    const lead = (body: string[]): string | undefined => findSpaceTables(table(body))[0]?.rows[body.length + 1]?.[2]?.text;
    expect(lead(rows.slice(0, MIN_ALIGNED))).toBe('Chi cục Thú y');
    expect(lead(rows.slice(0, MIN_ALIGNED - 1))).not.toBe('Chi cục Thú y');
  });
});

describe('two cells one space apart, the earlier ending just before the later column', () => {
  // The time column's edges run from 70 to 73; "Việt" starts two characters before them,
  // within the tolerance, and "Hằng" inside them: the cell starts at "Hằng".
  const text = [
    'STT   Nhiệm vụ                Đơn vị chủ trì      Đơn vị phối hợp     Thời gian',
    '',
    '      Sưu tầm hiện vật        Sở Văn hóa          Bảo tàng tỉnh       Quý I/2026',
    '1     kháng chiến             và Thể thao',
    '',
    '      Trưng bày chuyên đề     Sở Văn hóa          Thư viện tỉnh          Quý II/2026',
    '2     mỹ thuật                và Thể thao',
    '',
    '      Số hóa tác phẩm         Sở Văn hóa          Bảo tàng Mỹ thuật Việt Hằng năm',
    '3     hội họa                 và Thể thao         Nam',
    '',
    '      Tổ chức triển lãm       Sở Văn hóa          Hội Văn học         Tháng 9/2026',
    '4     lưu động                và Thể thao         Nghệ thuật tỉnh',
    '',
  ].join('\n');

  it('cuts at the word within the column\'s edges, not at a capital just before them', () => {
    const row = findSpaceTables(text)[0]?.rows[3];
    expect(row?.map((c) => c.text)).toEqual(['3', 'Số hóa tác phẩm hội họa', 'Sở Văn hóa và Thể thao', 'Bảo tàng Mỹ thuật Việt Nam', 'Hằng năm']);
  });

  it('on both lines of a row, the capital just before the edges on one line does not decide the other', () => {
    const glued = [
      'STT   Nhiệm vụ              Đơn vị chủ trì      Đơn vị phối hợp       Thời gian',
      '',
      '      Biểu diễn phục vụ     Sở Văn hóa          Nhà hát tỉnh          Quý I/2026',
      '1     lễ hội                và Thể thao',
      '',
      '      Dàn dựng vở diễn      Sở Văn hóa          Đoàn Nghệ thuật          Quý II/2026',
      '2     truyền thống          và Thể thao         tỉnh',
      '',
      '      Giao lưu nghệ thuật   Sở Văn hóa          Nhà hát Ca múa nhạc dân Thường',
      '3     dân gian              và Thể thao         tộc Việt Nam tại Hà Nội xuyên',
      '',
      '      Liên hoan hát         Sở Văn hóa          Hội Văn học           Tháng 9/2026',
      '4     dân ca                và Thể thao         Nghệ thuật tỉnh',
      '',
    ].join('\n');
    const row = findSpaceTables(glued)[0]?.rows[3];
    expect(row?.map((c) => c.text)).toEqual(['3', 'Giao lưu nghệ thuật dân gian', 'Sở Văn hóa và Thể thao', 'Nhà hát Ca múa nhạc dân tộc Việt Nam tại Hà Nội', 'Thường xuyên']);
  });
});
