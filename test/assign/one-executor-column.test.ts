/**
 * One executor column (holdout D): a task table whose only unit column names who carries the
 * task out ("Đơn vị thực hiện", "Cơ quan, đơn vị thực hiện") and has no support column lists
 * the lead first — the usual reading, which plans state in their body ("cơ quan, đơn vị được nêu
 * đầu tiên là cơ quan chủ trì"). A column that names the lead ("chủ trì") or stands beside a
 * "Phối hợp" column keeps every unit it names as a lead. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readPlan, taskRoles as roles, planText } from './plan-text.js';

const BODY = ['I. NỘI DUNG', 'Bảo tồn nghề gốm truyền thống.'];

function table(header: string, rows: readonly string[]): string[] {
  return ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ', '', header, ...rows];
}

const ROWS = [
  '1\tKhảo sát các lò gốm cổ\tSở Văn hóa, Thể thao và Du lịch, Sở Xây dựng, UBND các xã\tQuý II/2026',
  '2\tMở lớp truyền nghề gốm\tTrường Cao đẳng Nghề tỉnh\tNăm 2026',
  '3\tHỗ trợ lò gốm đổi mới công nghệ\tUBND các huyện, thị xã, thành phố\tNăm 2027',
];

describe('one "thực hiện" unit column with no support column', () => {
  const header = 'STT\tNội dung\tCơ quan, đơn vị thực hiện\tThời gian';
  const { plan, diagnostics } = readPlan(BODY, table(header, ROWS));

  it('reads the table as tasks: the first-named unit leads, the others support', () => {
    expect(roles(plan.tasks)).toEqual([
      ['1', ['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Xây dựng', 'UBND các xã']],
      ['2', ['Trường Cao đẳng Nghề tỉnh'], []],
      ['3', ['UBND các huyện, thị xã, thành phố'], []],
    ]);
  });

  it('says once, at the column header, that the first-named unit was taken as the lead', () => {
    const found = diagnostics.filter((d) => d.ruleId === 'one-executor-column');
    const line = planText(BODY, table(header, ROWS)).split('\n').indexOf(header) + 1;
    expect(found.map((d) => [d.severity, d.place.line, d.place.column])).toEqual([['info', line, header.indexOf('Cơ quan') + 1]]);
  });

  it('keeps "Chủ trì:" and "Phối hợp:" labels in a cell of that column', () => {
    const { plan: labelled } = readPlan(BODY, table(header, ['1\tVẽ bản đồ làng gốm\tChủ trì: Sở Xây dựng; Phối hợp: Sở Tài chính, Sở Nội vụ\tNăm 2026']));
    expect(roles(labelled.tasks)).toEqual([['1', ['Sở Xây dựng'], ['Sở Tài chính', 'Sở Nội vụ']]]);
  });
});

describe('unit columns that say who leads', () => {
  it('keeps every unit of a "chủ trì thực hiện" column as a lead', () => {
    const { plan, diagnostics } = readPlan(BODY, table('STT\tNội dung\tĐơn vị chủ trì thực hiện\tThời gian', ROWS.slice(0, 1)));
    expect(roles(plan.tasks)).toEqual([['1', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Xây dựng', 'UBND các xã'], []]]);
    expect(diagnostics.filter((d) => d.ruleId === 'one-executor-column')).toEqual([]);
  });

  it('keeps co-equal executors that are not named as bodies ("Trách nhiệm thực hiện", "Người thực hiện")', () => {
    for (const header of ['TT\tNội dung\tTrách nhiệm thực hiện\tThời gian', 'TT\tNội dung\tNgười thực hiện\tThời gian']) {
      const { plan } = readPlan(BODY, table(header, ['1\tKiểm kê hiện vật gốm\tPhòng Văn hóa, Phòng Kinh tế\tNăm 2026']));
      expect(roles(plan.tasks)).toEqual([['1', ['Phòng Văn hóa', 'Phòng Kinh tế'], []]]);
    }
  });

  it('keeps a "thực hiện" column beside a "Phối hợp" column as the lead column', () => {
    const { plan, diagnostics } = readPlan(BODY, table('STT\tNội dung\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian', [
      '1\tKhảo sát các lò gốm cổ\tSở Văn hóa, Thể thao và Du lịch, Sở Xây dựng\tUBND các xã\tQuý II/2026',
    ]));
    expect(roles(plan.tasks)).toEqual([['1', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Xây dựng'], ['UBND các xã']]]);
    expect(diagnostics.filter((d) => d.ruleId === 'one-executor-column')).toEqual([]);
  });
});
