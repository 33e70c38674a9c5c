import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/index.js';
import type { TaskChange } from '../../src/diff/index.js';
import { TASK_THRESHOLD } from '../../src/diff/tasks.js';
import { plan, ref, task } from '../query/plan-builder.js';
import type { Task } from '../../src/model/types.js';

const TC = ref('Sở Tài chính');
const GD = ref('Sở Giáo dục và Đào tạo');
const YT = ref('Sở Y tế');

/** Ten words; `shared` of them from `base`, the rest new: word similarity shared/10 with base(10). */
function words(shared: number, base = 'a', other = 'b'): string {
  return Array.from({ length: 10 }, (_, i) => (i < shared ? `${base}${i}` : `${other}${i}`)).join(' ');
}

const taskChanges = (olds: Task[], news: Task[]): TaskChange[] =>
  diffPlans(plan({ tasks: olds }), plan({ tasks: news })).changes.filter((c): c is TaskChange => c.part === 'task');
const summary = (cs: TaskChange[]) => cs.map((c) => `${c.kind}${c.moved ? ' moved' : ''} ${c.old?.id ?? '-'} → ${c.new?.id ?? '-'}`);

describe('plan diff: tasks', () => {
  it('a task inserted at II.1 renumbers the others: they are moved, not removed and added', () => {
    const x = task('II.1', 'Tổ chức hội nghị tập huấn về ASEAN', [TC], [GD]);
    const y = task('II.2', 'In ấn tài liệu tuyên truyền', [GD], []);
    const changes = taskChanges(
      [x, y],
      [task('II.1', 'Khảo sát nhu cầu thông tin của doanh nghiệp', [YT], []), { ...x, id: 'II.2', number: '2' }, { ...y, id: 'II.3', number: '3' }],
    );
    expect(summary(changes)).toEqual(['added - → II.1', 'changed moved II.1 → II.2', 'changed moved II.2 → II.3']);
    expect(changes[1]).toMatchObject({ substantive: true, description: null, lead: null, support: null, timeframe: null });
  });

  it('a task moved to another group and reworded is one task moved, with its word diff', () => {
    const changes = taskChanges([task('I.3', words(10), [TC], [])], [task('III.1', words(6), [TC], [])]);
    expect(summary(changes)).toEqual(['changed moved I.3 → III.1']);
    const words0 = changes[0]?.description?.words ?? [];
    expect(words0.filter((w) => w.op === 'removed').map((w) => w.text.trim())).toEqual(['a6 a7 a8 a9']);
    expect(words0.filter((w) => w.op === 'added').map((w) => w.text.trim())).toEqual(['b6 b7 b8 b9']);
  });

  // The threshold (TASK_THRESHOLD with pair.ts's ID_BONUS), one case on each side of it.
  it.each([
    ['other id, same units, similarity 0.5: paired', 'III.1', [TC], 5, true],
    ['other id, same units, similarity 0.4: removed and added', 'III.1', [TC], 4, false],
    ['other id, no shared unit, similarity 0.8: paired', 'III.1', [GD], 8, true],
    ['other id, no shared unit, similarity 0.7: removed and added', 'III.1', [GD], 7, false],
    ['same id, other units, similarity 0.5: paired', 'I.3', [GD], 5, true],
    ['same id, other units, similarity 0.4: removed and added', 'I.3', [GD], 4, false],
    ['same id, same units, similarity 0.2: paired (edited in place)', 'I.3', [TC], 2, true],
    ['same id, same units, similarity 0.1: removed and added', 'I.3', [TC], 1, false],
  ] as const)('%s', (_name, id, lead, shared, paired) => {
    expect(TASK_THRESHOLD).toBe(0.6);
    const changes = taskChanges([task('I.3', words(10), [TC], [])], [task(id, words(shared), [...lead], [])]);
    expect(changes.map((c) => c.kind)).toEqual(paired ? ['changed'] : ['removed', 'added']);
  });

  it('lead and support units added and removed, compared as bodies (Sở TT&TT is Sở Thông tin và Truyền thông)', () => {
    const tt = ref('Sở Thông tin và Truyền thông');
    const ttShort = ref('Sở TT&TT', 'Sở Thông tin và Truyền thông');
    const [c] = taskChanges([task('I.1', words(10), [TC], [tt])], [task('I.1', words(10), [GD], [ttShort, YT])]);
    expect(c).toMatchObject({ kind: 'changed', moved: false, description: null, substantive: true });
    expect(c?.lead).toEqual({ added: ['Sở Giáo dục và Đào tạo'], removed: ['Sở Tài chính'] });
    expect(c?.support).toEqual({ added: ['Sở Y tế'], removed: [] });
  });

  it('a timeframe with other dates is substantive; the same dates written otherwise are not', () => {
    const t2020 = task('I.1', words(10), [TC], []);
    const [later] = taskChanges([t2020], [{ ...t2020, timeframe: { text: '2021', kind: 'date', start: '2021-01-01', end: '2021-12-31' } }]);
    expect(later).toMatchObject({ substantive: true, timeframe: { old: '2020', new: '2021' } });
    const sameYear = { ...t2020, timeframe: { text: 'Năm 2020', kind: 'date', start: '2020-01-01', end: '2020-12-31' } } as const;
    const d = diffPlans(plan({ tasks: [t2020] }), plan({ tasks: [sameYear] }));
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ part: 'task', substantive: false, timeframe: { old: '2020', new: 'Năm 2020' } });
    expect(d.same).toBe(true);
  });

  it('"Hằng năm" and "Hằng quý" are different timeframes though neither has a date', () => {
    const a = task('I.1', words(10), [TC], [], { text: 'Hằng năm', kind: 'recurring', start: null, end: null });
    const [c] = taskChanges([a], [{ ...a, timeframe: { text: 'Hằng quý', kind: 'recurring', start: null, end: null } }]);
    expect(c?.substantive).toBe(true);
  });

  it('a description that differs only in tone placement and spacing is listed, not substantive', () => {
    const a = task('I.1', 'Tuyên truyền về văn hóa  địa phương', [TC], []);
    const [c] = taskChanges([a], [{ ...a, description: 'Tuyên truyền về văn hoá địa phương' }]);
    expect(c).toMatchObject({ kind: 'changed', substantive: false });
  });

  it('two equal rows (a row and its sub-row) keep their own partners', () => {
    const a = task('VII.2', 'Kiểm tra công tác cải cách hành chính', [TC], []);
    const b = { ...a, id: 'VII.2~2', parent: 'VII.2' };
    expect(taskChanges([a, b], [a, b])).toEqual([]);
  });
});
