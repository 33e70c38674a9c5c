/**
 * "Như trên" ("nt") in a unit cell of a task table means the units of the row above (holdout F:
 * f07, f10). A reader does not read it as a body named "Như trên". Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readPlan, taskRoles as roles, planText } from './plan-text.js';

const BODY = ['I. NỘI DUNG', 'Phòng chống dịch bệnh trên đàn gia súc.'];
const HEADER = 'STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian';
const ROWS = [
  '1\tTiêm phòng vắc xin lở mồm long móng\tChi cục Chăn nuôi và Thú y\tUBND các xã, Sở Tài chính\tQuý II/2026',
  '2\tGiám sát ổ dịch cũ\tNhư trên\tNt.\tQuý III/2026',
  '3\tTập huấn thú y cơ sở\tTrung tâm Khuyến nông\tNhư trên\tNăm 2026',
];
const table = ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ', '', HEADER, ...ROWS];

describe('"Như trên" in a unit cell', () => {
  const { plan, diagnostics } = readPlan(BODY, table);

  it('stands for the units of the row above, in the lead and in the support column', () => {
    expect(roles(plan.tasks)).toEqual([
      ['1', ['Chi cục Chăn nuôi và Thú y'], ['UBND các xã', 'Sở Tài chính']],
      ['2', ['Chi cục Chăn nuôi và Thú y'], ['UBND các xã', 'Sở Tài chính']],
      ['3', ['Trung tâm Khuyến nông'], ['UBND các xã', 'Sở Tài chính']],
    ]);
    expect(plan.units.map((u) => u.name)).not.toContain('Như trên');
  });

  it('says so at each such cell, as a repair', () => {
    const lines = planText(BODY, table).split('\n');
    const found = diagnostics.filter((d) => d.ruleId === 'repair-merged-cell').map((d) => [d.severity, d.place.line, d.place.column]);
    const row2 = lines.indexOf(ROWS[1] as string) + 1;
    const row3 = lines.indexOf(ROWS[2] as string) + 1;
    expect(found).toEqual([
      ['info', row2, (ROWS[1] as string).indexOf('Như trên') + 1],
      ['info', row2, (ROWS[1] as string).indexOf('Nt.') + 1],
      ['info', row3, (ROWS[2] as string).indexOf('Như trên') + 1],
    ]);
  });
});
