import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/parse-plan.js';
import { findTasks } from '../../src/query/tasks.js';
import { listUnits, unitDossier } from '../../src/query/units.js';
import { planOverview } from '../../src/query/overview.js';
import { listContent, listObjectives, listResponsibilities } from '../../src/query/parts.js';

// Expected values below were read off fixtures/446-KH-UBND-2019-ha-tinh.txt by hand
// (appendix lines 166-190, TỔ CHỨC THỰC HIỆN lines 75-135).
const FILE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const bytes = readFileSync(fileURLToPath(new URL(`../../${FILE}`, import.meta.url)));
const { plan } = parsePlan(bytes, { path: FILE });
const sample = [{ file: FILE, plan }];
const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);
const tasksOf = (unit: string, more: Parameters<typeof findTasks>[1] = {}): string[] => ids(findTasks(sample, { unit, ...more }));

describe('what the sample must answer (issue 4)', () => {
  it('"Sở Giáo dục" → II.7 only', () => {
    expect(tasksOf('Sở Giáo dục')).toEqual(['II.7']);
  });
  it('"Sở TT&TT" → I.2, I.3, II.2, III.1, III.2, III.3, IV.1, IV.2; as lead I.3, II.2', () => {
    expect(tasksOf('Sở TT&TT')).toEqual(['I.2', 'I.3', 'II.2', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2']);
    expect(tasksOf('Sở TT&TT', { role: 'lead' })).toEqual(['I.3', 'II.2']);
    expect(tasksOf('Sở TT&TT', { role: 'support' })).toEqual(['I.2', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2']);
  });
  it('"Bộ Giáo dục và Đào tạo" → nothing, though task II.7 mentions it in its description', () => {
    expect(tasksOf('Bộ Giáo dục và Đào tạo')).toEqual([]);
    expect(tasksOf('Bộ Giáo dục và Đào tạo', { includeCollective: true })).toEqual([]);
  });
  it('"so giao duc" (no diacritics) → II.7', () => {
    expect(tasksOf('so giao duc')).toEqual(['II.7']);
    expect(tasksOf('SỞ GIÁO DỤC'.normalize('NFD'))).toEqual(['II.7']);
  });
  it('"Sở Văn hoá" (either tone placement, short form, -/& variants) → II.3, III.2', () => {
    for (const q of ['Sở Văn hoá', 'Sở Văn hóa', 'Sở VH-TT&DL', 'Sở VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa -Thể thao & Du lịch']) {
      expect(tasksOf(q), q).toEqual(['II.3', 'III.2']);
    }
  });
  it('--include-collective "Sở Tài chính" → the tasks of collectives that could include a Sở, marked', () => {
    const hits = findTasks(sample, { unit: 'Sở Tài chính', includeCollective: true });
    // I.1, II.4: "Các sở, ban, ngành, đoàn thể, địa phương"; II.1, II.2, II.3: "(Các) sở, ngành liên quan";
    // II.5: lead "Các sở, ban, ngành, địa phương"; II.7, II.8: "Các sở, ban, ngành có liên quan".
    // Not III.3/IV.1/IV.2 ("Các cơ quan báo chí của tỉnh") nor IV.3 ("UBND các huyện …").
    expect(ids(hits)).toEqual(['I.1', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.7', 'II.8']);
    expect(hits.every((h) => h.match === 'collective')).toBe(true);
    expect(tasksOf('Sở Tài chính')).toEqual([]);
  });
});

describe('more units of the sample, as people write them', () => {
  it('Sở Kế hoạch và Đầu tư in full or short', () => {
    expect(tasksOf('Sở Kế hoạch và Đầu tư')).toEqual(['II.1', 'II.2', 'III.1']);
    expect(tasksOf('Sở KH&ĐT')).toEqual(['II.1', 'II.2', 'III.1']);
  });
  it('the provincial broadcaster, short and full', () => {
    expect(tasksOf('Đài PT&TH tỉnh')).toEqual(['II.4', 'II.5']);
    expect(tasksOf('Đài Phát thanh và Truyền hình tỉnh')).toEqual(['II.4', 'II.5']);
  });
  it('Ban Tuyên giáo Tỉnh ủy leads I.1, I.2 and supports I.3', () => {
    expect(tasksOf('Ban Tuyên giáo Tỉnh ủy', { role: 'lead' })).toEqual(['I.1', 'I.2']);
    expect(tasksOf('ban tuyen giao tinh uy', { role: 'support' })).toEqual(['I.3']);
  });
  it('more short forms: GD&ĐT, TTĐT (the document misprints "Công TTĐT"), QLKKT, UBND', () => {
    expect(tasksOf('Sở GD&ĐT')).toEqual(['II.7']);
    expect(tasksOf('Cổng TTĐT tỉnh')).toEqual(['III.3', 'IV.1', 'IV.2']);
    expect(tasksOf('Cổng Thông tin điện tử tỉnh')).toEqual(['III.3', 'IV.1', 'IV.2']);
    expect(tasksOf('Ban QLKKT')).toEqual(['II.2']);
    expect(tasksOf('Ban Quản lý Khu kinh tế tỉnh')).toEqual(['II.2']);
    expect(tasksOf('Ủy ban nhân dân các huyện, thị xã, thành phố')).toEqual(['IV.3']);
    expect(tasksOf('Sở Thông tin - Truyền thông')).toEqual(['I.2', 'I.3', 'II.2', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2']);
  });
  it('a head word alone is no unit: "Sở" matches nothing', () => {
    expect(tasksOf('Sở')).toEqual([]);
  });
  it('the labour department, written "Sở Lao động - Thương binh và Xã hội"', () => {
    expect(tasksOf('Sở LĐ-TB&XH')).toEqual(['II.8']);
  });
  it('a config parent: a query for the Trung tâm finds the tasks of its Sở', () => {
    const parents = { 'Trung tâm Xúc tiến Đầu tư tỉnh': 'Sở Kế hoạch và Đầu tư' };
    const hits = findTasks(sample, { unit: 'Trung tâm Xúc tiến Đầu tư tỉnh', parents });
    expect(hits.map((h) => [h.id, h.match])).toEqual([
      ['II.1', 'parent'],
      ['II.2', 'parent'],
      ['III.1', 'parent'],
    ]);
  });
});

describe('other filters on the sample', () => {
  it('--group II → the eight tasks of group II', () => {
    expect(ids(findTasks(sample, { group: 'II' }))).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'II.8']);
  });
  it('--in 2019 → the tasks of "2019-2020" only; --in 2021 → none', () => {
    expect(ids(findTasks(sample, { in: 2019 }))).toEqual(['III.1', 'III.2', 'III.3']);
    expect(findTasks(sample, { in: 2021 })).toEqual([]);
    expect(findTasks(sample, { in: 2020 })).toHaveLength(17);
  });
  it('--grep "hoi thao" → the tasks about conferences', () => {
    expect(ids(findTasks(sample, { grep: 'hoi thao' }))).toEqual(['II.1', 'II.5', 'II.6', 'IV.1', 'IV.2']);
  });
});

describe('plan units on the sample', () => {
  it('lists Sở Thông tin và Truyền thông with its variants, tasks and section', () => {
    const u = listUnits(sample).find((x) => x.name === 'Sở Thông tin và Truyền thông');
    expect(u?.variants).toEqual(expect.arrayContaining(['Sở TT&TT', 'Sở Thông tin và Truyền thông']));
    expect(u?.lead).toEqual(['I.3', 'II.2']);
    expect(u?.support).toEqual(['I.2', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2']);
    expect(u?.responsibilities).toEqual(['IV.1']);
    expect(u?.document).toEqual({ number: '446/KH-UBND', file: FILE });
  });

  it('dossier of "Sở TT&TT": IV.1, IV.6 through a collective, its tasks, the collectives\' tasks, the report', () => {
    const d = unitDossier(sample, 'Sở TT&TT');
    expect(d.units).toEqual(['Sở Thông tin và Truyền thông']);
    const part = d.documents[0]!;
    expect(part.responsibilities.map((r) => [r.id, r.match])).toEqual([
      ['IV.1', 'exact'],
      ['IV.6', 'collective'],
    ]);
    expect(part.responsibilities[0]?.duties).toHaveLength(3);
    expect(ids(part.lead)).toEqual(['I.3', 'II.2']);
    expect(ids(part.support)).toEqual(['I.2', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2']);
    expect(ids(part.collective)).toEqual(['I.1', 'II.1', 'II.3', 'II.4', 'II.5', 'II.7', 'II.8']);
    expect(part.reporting?.deadline).toBe('2020-12-10');
    expect(d.suggestions).toEqual([]);
  });

  it('dossier of "Sở Giáo dục": IV.3 (four duties), lead II.7, no support', () => {
    const part = unitDossier(sample, 'Sở Giáo dục').documents[0]!;
    expect(part.responsibilities.map((r) => r.id)).toEqual(['IV.3', 'IV.6']);
    expect(part.responsibilities[0]?.duties).toHaveLength(4);
    expect(ids(part.lead)).toEqual(['II.7']);
    expect(part.support).toEqual([]);
    expect(ids(part.collective)).not.toContain('II.7');
  });

  it('dossier of a body the plan does not name: nothing, and close names', () => {
    const d = unitDossier(sample, 'Bộ Giáo dục và Đào tạo');
    expect(d.units).toEqual([]);
    expect(d.documents).toEqual([]);
    expect(d.suggestions).toContain('Sở Giáo dục và Đào tạo');
  });
});

describe('plan show, objectives, content on the sample', () => {
  it('overview: header, outline with counts, appendix groups', () => {
    const o = planOverview(plan);
    expect(o.document.number).toBe('446/KH-UBND');
    expect(o.document.date).toBe('2019-12-16');
    expect(o.document.signer).toBe('Đặng Quốc Vinh');
    expect(o.outline.map((s) => s.id)).toEqual(['I', 'II', 'III', 'IV']);
    const iv = o.outline[3]!;
    expect([iv.responsibilities, iv.duties]).toEqual([7, 3 + 3 + 4 + 2 + 4 + 4 + 2]);
    expect(o.outline[1]?.contentItems).toBe(4 + 2 + 3 + 2);
    expect(o.appendices[0]?.groups.map((g) => [g.id, g.tasks])).toEqual([
      ['I', 3],
      ['II', 8],
      ['III', 3],
      ['IV', 3],
    ]);
    expect(o.counts.tasks).toBe(17);
    expect(o.reporting).toEqual({ deadline: '2020-12-10', recurring: false });
  });
  it('objectives: four purposes, four requirements', () => {
    const list = listObjectives(sample);
    expect(list.filter((o) => o.kind === 'purpose')).toHaveLength(4);
    expect(list.filter((o) => o.kind === 'requirement')).toHaveLength(4);
    expect(ids(listObjectives(sample, { grep: 'mang xa hoi' }))).toHaveLength(1);
  });
  it('content: four areas; --grep finds an area by an item', () => {
    expect(listContent(sample).map((a) => a.title)).toEqual([
      'Về công tác định hướng, chỉ đạo công tác tuyên truyền',
      'Các hoạt động truyền thông quảng bá về tỉnh Hà Tĩnh',
      'Chia sẻ dữ liệu, ấn phẩm truyền thông',
      'Nâng cao năng lực đội ngũ cán bộ và phóng viên các cơ quan báo chí',
    ]);
    expect(ids(listContent(sample, { grep: 'facebook' }))).toEqual(['II.3']);
  });
  it('responsibilities of a unit', () => {
    expect(ids(listResponsibilities(sample, { unit: 'Sở VH-TT&DL' }))).toEqual(['IV.2']);
    expect(ids(listResponsibilities(sample, { unit: 'Sở Tài chính', includeCollective: true }))).toEqual(['IV.4', 'IV.6']);
    expect(listResponsibilities(sample)).toHaveLength(7);
  });
});
