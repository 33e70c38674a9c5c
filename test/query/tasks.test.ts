import { describe, expect, it } from 'vitest';
import { findTasks } from '../../src/query/tasks.js';
import { UsageError } from '../../src/model/errors.js';
import { plan, ref, task, year } from './plan-builder.js';

const GD = ref('Sở Giáo dục và Đào tạo');
const TTTT = ref('Sở TT&TT', 'Sở Thông tin và Truyền thông');
const TC = ref('Sở Tài chính');
const KHDT = ref('Sở Kế hoạch và Đầu tư');
const TTXT = ref('Trung tâm Xúc tiến Đầu tư tỉnh');
const ALL = ref('Các sở, ban, ngành, đoàn thể, địa phương', 'Các sở, ban, ngành, đoàn thể, địa phương', true);
const HUYEN = ref('UBND các huyện, thị xã, thành phố', 'Ủy ban nhân dân các huyện, thị xã, thành phố', true);

const p = plan({
  number: '9/KH-UBND',
  path: 'a.txt',
  date: '2019-12-16',
  tasks: [
    task('I.1', 'Chỉ đạo tuyên truyền', [TTTT], [GD]),
    task('I.2', 'Hướng dẫn các Sở Giáo dục và Đào tạo phối hợp', [TC], [ALL]),
    task('II.1', 'Tổ chức hội thảo về ASEAN', [GD], [TTTT], { text: '2019-2020', kind: 'range', start: '2019-01-01', end: '2020-12-31' }),
    task('II.2', 'Phổ biến thông tin cho thanh niên', [ALL], [HUYEN], { text: 'Thường xuyên', kind: 'continuous', start: null, end: null }),
    task('II.3', 'Xuất bản ấn phẩm đầu tư', [KHDT], [TTXT], year(2021)),
    task('III.1', 'Tập huấn phóng viên', [TTXT], [], { text: 'khi có kinh phí', kind: 'unknown', start: null, end: null }),
  ],
});
const ids = (hits: { id: string }[]): string[] => hits.map((h) => h.id);

describe('findTasks: unit and role', () => {
  it('finds the tasks a unit leads or supports (role any by default)', () => {
    expect(ids(findTasks([p], { unit: 'Sở Giáo dục và Đào tạo' }))).toEqual(['I.1', 'II.1']);
  });
  it('restricts to the lead or the support cell with role', () => {
    expect(ids(findTasks([p], { unit: 'Sở Giáo dục', role: 'lead' }))).toEqual(['II.1']);
    expect(ids(findTasks([p], { unit: 'Sở Giáo dục', role: 'support' }))).toEqual(['I.1']);
  });
  it('matches a short form, a full name, no diacritics, any case, NFD', () => {
    for (const q of ['Sở Thông tin và Truyền thông', 'sở tt&tt', 'SO THONG TIN VA TRUYEN THONG', 'Sở TT&TT'.normalize('NFD')]) {
      expect(ids(findTasks([p], { unit: q }))).toEqual(['I.1', 'II.1']);
    }
  });
  it('never counts words inside a description', () => {
    // I.2's description names "Sở Giáo dục và Đào tạo", but its units are Sở Tài chính and a collective
    expect(ids(findTasks([p], { unit: 'Sở Giáo dục và Đào tạo' }))).not.toContain('I.2');
  });
  it('never matches a different body', () => {
    expect(findTasks([p], { unit: 'Bộ Giáo dục và Đào tạo' })).toEqual([]);
  });
  it('leaves collectives out unless includeCollective, then marks them', () => {
    expect(ids(findTasks([p], { unit: 'Sở Tài chính' }))).toEqual(['I.2']);
    const hits = findTasks([p], { unit: 'Sở Tài chính', includeCollective: true });
    expect(hits.map((h) => [h.id, h.match])).toEqual([
      ['I.2', 'exact'],
      ['II.2', 'collective'],
    ]);
  });
  it('a direct naming wins over a collective in the same task', () => {
    const hit = findTasks([p], { unit: 'Sở Tài chính', includeCollective: true })[0];
    expect(hit?.match).toBe('exact');
  });
  it('a collective of district people\'s committees does not include a Sở', () => {
    const hits = findTasks([p], { unit: 'Sở Giáo dục', role: 'support', includeCollective: true });
    expect(ids(hits)).toEqual(['I.1', 'I.2']); // I.2 via "Các sở, ban, ngành"; II.2's support is UBND các huyện
  });
  it('uses config aliases and parents', () => {
    expect(findTasks([p], { unit: 'XTĐT' })).toEqual([]);
    expect(ids(findTasks([p], { unit: 'XTĐT', aliases: { 'Trung tâm Xúc tiến Đầu tư tỉnh': ['XTĐT'] } }))).toEqual(['II.3', 'III.1']);
    const parents = { 'Trung tâm Xúc tiến Đầu tư tỉnh': 'Sở Kế hoạch và Đầu tư' };
    const viaParent = findTasks([p], { unit: 'Sở Kế hoạch và Đầu tư', parents });
    expect(viaParent.map((h) => [h.id, h.match])).toEqual([
      ['II.3', 'exact'],
      ['III.1', 'parent'],
    ]);
  });
  it('refuses an unknown role', () => {
    expect(() => findTasks([p], { unit: 'Sở Tài chính', role: 'boss' as 'lead' })).toThrow(UsageError);
  });
});

describe('findTasks: group, text and period', () => {
  it('selects a group by id, ignoring case', () => {
    expect(ids(findTasks([p], { group: 'ii' }))).toEqual(['II.1', 'II.2', 'II.3']);
    expect(findTasks([p], { group: 'IV' })).toEqual([]);
  });
  it('finds text in the description without case or diacritics', () => {
    expect(ids(findTasks([p], { grep: 'HOI THAO' }))).toEqual(['II.1']);
    expect(ids(findTasks([p], { grep: 'ấn phẩm' }))).toEqual(['II.3']);
    expect(findTasks([p], { grep: 'Sở Tài chính' })).toEqual([]); // units are not description
  });
  it('keeps tasks whose time overlaps the year; continuous ones always; undated ones flagged', () => {
    const hits = findTasks([p], { in: 2019 });
    expect(ids(hits)).toEqual(['II.1', 'II.2', 'III.1']);
    expect(hits.find((h) => h.id === 'III.1')?.undated).toBe(true);
    expect(hits.find((h) => h.id === 'II.1')?.undated).toBeUndefined();
    expect(ids(findTasks([p], { from: '2021-06-01' }))).toEqual(['II.2', 'II.3', 'III.1']);
    expect(ids(findTasks([p], { to: '2019-12-31' }))).toEqual(['II.1', 'II.2', 'III.1']);
  });
  it('combines filters with AND', () => {
    expect(ids(findTasks([p], { unit: 'Sở TT&TT', in: 2020, role: 'lead' }))).toEqual(['I.1']);
    expect(ids(findTasks([p], { unit: 'Sở TT&TT', group: 'II' }))).toEqual(['II.1']);
  });
  it('returns every task without filters', () => {
    expect(ids(findTasks([p]))).toEqual(['I.1', 'I.2', 'II.1', 'II.2', 'II.3', 'III.1']);
  });
});

describe('findTasks: several documents', () => {
  const q = plan({ number: null, path: 'b.txt', tasks: [task('1', 'Việc khác', [GD], [])] });
  it('reads plans in the order given and says where each hit comes from', () => {
    const hits = findTasks([{ file: 'x/a.txt', plan: p }, { file: 'b.txt', plan: q }], { unit: 'Sở Giáo dục' });
    expect(hits.map((h) => [h.id, h.document])).toEqual([
      ['I.1', { number: '9/KH-UBND', file: 'x/a.txt' }],
      ['II.1', { number: '9/KH-UBND', file: 'x/a.txt' }],
      ['1', { number: null, file: 'b.txt' }],
    ]);
  });
  it('accepts bare Plans, naming them by source path', () => {
    expect(findTasks([q], {})[0]?.document).toEqual({ number: null, file: 'b.txt' });
  });
  it('keeps the Task fields unchanged', () => {
    const hit = findTasks([p], { grep: 'hội thảo' })[0];
    const { document, ...rest } = hit!;
    expect(document.file).toBe('a.txt');
    expect(rest).toEqual(p.tasks[2]);
  });
});
