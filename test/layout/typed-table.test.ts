/**
 * A task table typed in a text file with spaces (holdout-e e02's shape): rules of dashes or
 * equals signs above and below the header and under the last row, no blank line between rows,
 * the STT and every cell starting on the row's first line and wrapping onto the lines below
 * with the STT column empty, and group rows ("I    TITLE") among the rows.
 */
import { describe, expect, it } from 'vitest';
import { read, rules, taskLines } from './read.js';
import { findSpaceTables } from '../../src/parse/space-table.js';

const HEAD = `ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN
Số: 31/KH-UBND
Đông Sơn, ngày 9 tháng 2 năm 2026

KẾ HOẠCH
Bảo đảm trật tự an toàn giao thông năm 2026

I. MỤC TIÊU
Giảm số vụ tai nạn giao thông trên cả ba tiêu chí.
II. TỔ CHỨC THỰC HIỆN
1. Công an huyện: chủ trì, theo dõi thực hiện Kế hoạch.

PHỤ LỤC
NHIỆM VỤ BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔN NĂM 2026

==========================================================================================
STT   Nhiệm vụ                          Đơn vị chủ trì       Đơn vị phối hợp      Thời gian
==========================================================================================
I     TUYÊN TRUYỀN
1     Tuyên truyền Luật Trật tự, an     Trung tâm Văn hóa    Đoàn Thanh niên      Tháng
      toàn giao thông đường bộ tại      huyện                huyện                3/2026
      các trường học
2     Tổ chức ký cam kết chấp hành      Phòng Giáo dục và    Công an huyện        Quý I/2026
      pháp luật cho học sinh            Đào tạo
II    TUẦN TRA, KIỂM SOÁT
1     Tuần tra, xử lý vi phạm nồng      Công an huyện        Ủy ban nhân dân      Thường xuyên
      độ cồn                                                 các xã, Sở Giao
                                                             thông Vận tải
2     Khắc phục điểm đen tai nạn        Ban Quản lý dự án    Phòng Kinh tế và     Trước ngày
                                        huyện                Hạ tầng              30/6/2026
3     Rà soát biển báo                  Phòng Kinh tế và     Ủy ban nhân dân      Trong năm 2026
                                        Hạ tầng              các xã
------------------------------------------------------------------------------------------
`;

describe('a task table typed with spaces, its cells wrapping under the row\'s first line', () => {
  const [table] = findSpaceTables(HEAD);

  it('reads each row from its numbered line down to the next, the group rows between them', () => {
    // Cells joined with ' | ', an empty cell left empty.
    expect(table?.rows.map((r) => r.map((c) => c.text).join(' | '))).toEqual([
      'STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian',
      'I | TUYÊN TRUYỀN |  |  | ',
      '1 | Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ tại các trường học | Trung tâm Văn hóa huyện | Đoàn Thanh niên huyện | Tháng 3/2026',
      '2 | Tổ chức ký cam kết chấp hành pháp luật cho học sinh | Phòng Giáo dục và Đào tạo | Công an huyện | Quý I/2026',
      'II | TUẦN TRA, KIỂM SOÁT |  |  | ',
      // A continuation that starts with a capital ("thông Vận tải", "Hạ tầng") is the row's all the same.
      '1 | Tuần tra, xử lý vi phạm nồng độ cồn | Công an huyện | Ủy ban nhân dân các xã, Sở Giao thông Vận tải | Thường xuyên',
      '2 | Khắc phục điểm đen tai nạn | Ban Quản lý dự án huyện | Phòng Kinh tế và Hạ tầng | Trước ngày 30/6/2026',
      '3 | Rà soát biển báo | Phòng Kinh tế và Hạ tầng | Ủy ban nhân dân các xã | Trong năm 2026',
    ]);
  });

  it('takes the rules above the header and under the last row with the table', () => {
    expect(table?.offset).toBe(HEAD.indexOf('====='));
    expect(table?.end).toBe(HEAD.lastIndexOf('-') + 1);
  });

  it('makes the rows the appendix\'s tasks, in their groups', () => {
    const { plan, diagnostics } = read(HEAD);
    expect(plan.appendices.map((a) => [a.kind, a.groups.map((g) => g.title)])).toEqual([['tasks', ['TUYÊN TRUYỀN', 'TUẦN TRA, KIỂM SOÁT']]]);
    expect(taskLines(plan)).toEqual([
      'I.1 1 | Trung tâm Văn hóa huyện',
      'I.2 2 | Phòng Giáo dục và Đào tạo',
      'II.1 1 | Công an huyện',
      'II.2 2 | Ban Quản lý dự án huyện',
      'II.3 3 | Phòng Kinh tế và Hạ tầng',
    ]);
    expect(plan.tasks[0]?.timeframe?.text).toBe('Tháng 3/2026');
    expect(rules(diagnostics, 'repair-space-table').map((d) => d.place.line)).toEqual([16]);
  });

  it('keeps a table whose STT stands on the middle line of its row (pdftotext) read by the nearest number', () => {
    const middle = [
      'STT   Nhiệm vụ              Đơn vị chủ trì      Thời gian',
      '',
      '      Tuần tra trên         Công an huyện       Quý I/2026',
      '1     quốc lộ',
      '      tuyến đê',
      '      Kiểm tra xe           Phòng Kinh tế       Quý II/2026',
      '2     khách đường           và Hạ tầng',
      '      dài',
      '      Lắp đèn tín hiệu      Ban Quản lý         Quý III/2026',
      '3     giao thông            dự án huyện',
      '      tại ngã tư',
      '',
    ].join('\n');
    expect(findSpaceTables(middle)[0]?.rows.slice(1).map((r) => r.map((c) => c.text))).toEqual([
      ['1', 'Tuần tra trên quốc lộ tuyến đê', 'Công an huyện', 'Quý I/2026'],
      ['2', 'Kiểm tra xe khách đường dài', 'Phòng Kinh tế và Hạ tầng', 'Quý II/2026'],
      ['3', 'Lắp đèn tín hiệu giao thông tại ngã tư', 'Ban Quản lý dự án huyện', 'Quý III/2026'],
    ]);
  });
});
