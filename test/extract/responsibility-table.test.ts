/**
 * Responsibilities given as a table inside TỔ CHỨC THỰC HIỆN (holdout-e e12's shape): one
 * sentence that assigns, then "STT | Cơ quan, đơn vị | Nhiệm vụ được giao". The unit column comes
 * before the duty column: each row is its unit's responsibility, cited "mục III, số thứ tự 2"
 * (id "III.2"); a task table (what is done, then who leads and who supports) stays a task table.
 */
import { describe, expect, it } from 'vitest';
import { read, rules } from '../layout/read.js';
import { dutyColumns } from '../../src/extract/responsibility-table.js';
import { validatePlan } from '../../src/index.js';

const plan = (table: string): string => `ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 17/KH-UBND
An Giang, ngày 6 tháng 3 năm 2026

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026

I. MỤC TIÊU
Đón 2 triệu lượt khách du lịch cộng đồng.
II. NHIỆM VỤ
1. Xây dựng sản phẩm du lịch đặc trưng.
III. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân tỉnh phân công nhiệm vụ cho các cơ quan, đơn vị như sau:
${table}
`;

const DUTIES = [
  'STT\tCơ quan, đơn vị\tNhiệm vụ được giao',
  '1\tSở Văn hóa, Thể thao và Du lịch\tChủ trì xây dựng bộ tiêu chí điểm du lịch cộng đồng; tổng hợp kết quả.',
  '2\tSở Tài\u200b chính\tBố trí kinh phí thực hiện Kế hoạch.',
  '3\tỦy ban nhân dân các huyện\tHỗ trợ hộ dân làm du lịch cộng đồng.',
  '4\tĐề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\tVận động hội viên tham gia.',
].join('\n');

describe('a table of duties per unit in TỔ CHỨC THỰC HIỆN', () => {
  const { plan: p } = read(plan(DUTIES));

  it('makes each row a responsibility of its unit, its id the section\'s and the STT', () => {
    expect(p.responsibilities.map((r) => [r.id, r.units.map((u) => u.name), r.mode, r.duties])).toEqual([
      ['III.1', ['Sở Văn hóa, Thể thao và Du lịch'], 'assigned', ['Chủ trì xây dựng bộ tiêu chí điểm du lịch cộng đồng; tổng hợp kết quả.']],
      // The zero-width space a copy left in the name is no part of it.
      ['III.2', ['Sở Tài chính'], 'assigned', ['Bố trí kinh phí thực hiện Kế hoạch.']],
      ['III.3', ['Ủy ban nhân dân các huyện'], 'assigned', ['Hỗ trợ hộ dân làm du lịch cộng đồng.']],
      // "Đề nghị" addresses a body the issuer cannot command.
      ['III.4', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], 'requested', ['Vận động hội viên tham gia.']],
    ]);
    expect(p.responsibilities.map((r) => [r.source.line, r.dutySources[0]?.line])).toEqual([[15, 15], [16, 16], [17, 17], [18, 18]]);
  });

  it('reads no task from it, and validate finds the duties it looks for', () => {
    expect(p.tasks).toEqual([]);
    const structure = (text: string) => {
      const r = read(text);
      return validatePlan(r.plan, r.diagnostics).filter((d) => d.messageId === 'plan-structure.noResponsibilities');
    };
    expect(structure(plan(DUTIES))).toEqual([]);
    // The same section with a table that gives no unit its duties is still reported.
    expect(structure(plan('STT\tNội dung\tGhi chú\n1\tTriển khai Kế hoạch\t'))).toHaveLength(1);
  });

  it('reports a row that names no unit, rather than drop it in silence', () => {
    const { plan: q, diagnostics: d } = read(plan(`${DUTIES}\n5\t\tTổng hợp báo cáo.`));
    expect(q.responsibilities).toHaveLength(4);
    expect(rules(d, 'parse-table-row').map((x) => [x.place.line, x.severity])).toEqual([[19, 'warning']]);
  });
});

describe('what is no table of duties per unit', () => {
  const header = (...cells: string[]) => [{ cells: cells.map((text, k) => ({ text, offset: k })), offset: 0 }];

  it('the unit column must come before the duty column and name bodies', () => {
    expect(dutyColumns(header('STT', 'Cơ quan, đơn vị', 'Nhiệm vụ'))).toEqual({ header: 0, number: 0, unit: 1, duty: 2 });
    expect(dutyColumns(header('TT', 'Đơn vị', 'Nội dung nhiệm vụ', 'Thời gian'))).toEqual({ header: 0, number: 0, unit: 1, duty: 2 });
    // A task table: what is done, then who leads it.
    expect(dutyColumns(header('STT', 'Nhiệm vụ', 'Cơ quan thực hiện', 'Thời gian'))).toBeNull();
    // A support column makes the units roles in a task.
    expect(dutyColumns(header('STT', 'Đơn vị chủ trì', 'Nhiệm vụ', 'Đơn vị phối hợp'))).toBeNull();
    expect(dutyColumns(header('STT', 'Họ và tên', 'Nhiệm vụ'))).toBeNull();
  });

  it('a task table in TỔ CHỨC THỰC HIỆN stays a task table', () => {
    const { plan: p } = read(plan(['STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp', '1\tKhảo sát điểm du lịch\tSở Văn hóa, Thể thao và Du lịch\tỦy ban nhân dân các huyện'].join('\n')));
    expect(p.tasks.map((t) => [t.id, t.lead.map((u) => u.name)])).toEqual([['III/1', ['Sở Văn hóa, Thể thao và Du lịch']]]);
    expect(p.responsibilities.map((r) => r.id)).toEqual([]);
  });
});
