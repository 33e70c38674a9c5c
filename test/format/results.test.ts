import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import { parse as parseYaml } from 'yaml';
import { parsePlan } from '../../src/parse-plan.js';
import { findTasks } from '../../src/query/tasks.js';
import { listUnits, unitDossier } from '../../src/query/units.js';
import { planOverview } from '../../src/query/overview.js';
import { listContent, listResponsibilities } from '../../src/query/parts.js';
import type { Rendered } from '../../src/format/render.js';

/** The text formats render text (xlsx alone renders bytes). */
async function asText(result: Promise<Rendered>): Promise<string> {
  const r = await result;
  if (typeof r !== 'string') throw new Error('expected text');
  return r;
}
import { formatTasks, taskData, taskListing } from '../../src/format/tasks.js';
import { formatUnits } from '../../src/format/units.js';
import { formatDossier } from '../../src/format/dossier.js';
import { formatOverview } from '../../src/format/overview.js';
import { formatContent, formatResponsibilities } from '../../src/format/parts.js';
import type { RenderOptions } from '../../src/format/render.js';

const FILE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const { plan } = parsePlan(readFileSync(fileURLToPath(new URL(`../../${FILE}`, import.meta.url))), { path: FILE });
const sample = [{ file: FILE, plan }];
const opts = (format: RenderOptions['format'], multi = false) => ({ format, columns: 100, chalk: new Chalk({ level: 0 }), multi });

describe('task results', () => {
  const hits = findTasks(sample, { unit: 'Sở TT&TT', role: 'lead' });

  it('rows show the id, the description, the units as written and the time', () => {
    expect(taskListing(hits, false).rows).toEqual([
      [
        'I.3',
        'Theo dõi, đôn đốc các cơ quan báo chí trong công tác tuyên truyền về ASEAN; Thông báo các cơ quan báo chí về các trọng tâm cần thông tin về ASEAN theo từng giai đoạn (theo chỉ đạo và thông báo của Ban Tuyên giáo Trung ương)',
        'Sở Thông tin và Truyền thông',
        'Ban Tuyên giáo Tỉnh ủy',
        '2020',
      ],
      [
        'II.2',
        'Phối hợp quảng bá môi trường đầu tư tỉnh Hà Tĩnh trên Cổng thông tin ASEAN Việt Nam',
        'Sở Thông tin và Truyền thông',
        'Sở Kế hoạch và Đầu tư; ban QLKKT tỉnh; các sở, ngành liên quan',
        '2020',
      ],
    ]);
  });

  it('several documents add a Văn bản column and a document field', () => {
    const listing = taskListing(hits, true);
    expect(listing.columns.map((c) => c.header)).toEqual(['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian', 'Văn bản']);
    expect(listing.rows[0]?.[5]).toBe('446/KH-UBND');
    expect(taskData(hits, true)[0]).toMatchObject({ id: 'I.3', document: { number: '446/KH-UBND', file: FILE } });
    expect(taskData(hits, false)[0]).not.toHaveProperty('document');
  });

  it('json is the Task objects of the model, in the model\'s key order', async () => {
    const json = JSON.parse(await asText(formatTasks(hits, opts('json')))) as object[];
    expect(json).toEqual([plan.tasks.find((t) => t.id === 'I.3'), plan.tasks.find((t) => t.id === 'II.2')]);
    expect(Object.keys(json[0]!)).toEqual(Object.keys(plan.tasks.find((t) => t.id === 'I.3')!));
  });

  it('an empty table prints nothing; an empty csv still has its header', async () => {
    expect(await formatTasks([], opts('table'))).toBe('');
    expect(await formatTasks([], { ...opts('csv'), bom: false })).toBe('STT,Nhiệm vụ,Chủ trì,Phối hợp,Thời gian\r\n');
    expect(await formatTasks([], opts('json'))).toBe('[]\n');
  });
});

describe('unit results', () => {
  it('units: json is the Unit objects of the model', async () => {
    const json = JSON.parse(await asText(formatUnits(listUnits(sample), opts('json')))) as object[];
    expect(json).toEqual(plan.units);
  });

  it('dossier as md: headings, duties, task tables, the report', async () => {
    const md = await asText(formatDossier(unitDossier(sample, 'Sở Giáo dục'), opts('md')));
    expect(md.split('\n')[0]).toBe('## Sở Giáo dục và Đào tạo');
    expect(md).toContain('- **IV.3. Sở Giáo dục và Đào tạo**');
    expect(md).toContain('  - Lòng ghép tìm hiểu về ASEAN trong các cuộc thi của giáo viên và học sinh, sinh viên;');
    expect(md).toContain('#### Nhiệm vụ chủ trì (1)');
    expect(md).toContain('| II.7 | Hưởng ứng');
    expect(md).not.toContain('Nhiệm vụ phối hợp');
    expect(md).toMatch(/#### Báo cáo\n\nhạn 10\/12\/2020: Yêu cầu các cơ quan/);
  });

  it('dossier as csv: one row per duty, task and report', async () => {
    const csv = await asText(formatDossier(unitDossier(sample, 'Sở Tài chính'), { ...opts('csv'), bom: false }));
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('Loại,Mã,Nội dung,Chủ trì,Phối hợp,Thời gian');
    // IV.4: 2 duties; IV.6 (collective): 4 duties; 8 collective tasks; 1 report
    expect(lines).toHaveLength(1 + 2 + 4 + 8 + 1);
    expect(lines[1]).toMatch(/^Trách nhiệm \(Tổ chức thực hiện\),IV\.4,Tham mưu Ủy ban nhân dân tỉnh/);
    expect(lines.at(-1)).toMatch(/^Báo cáo,,.*,2020-12-10$/);
  });

  it('dossier as yaml and json carry the same data', async () => {
    const d = unitDossier(sample, 'Sở TT&TT');
    expect(parseYaml(await asText(formatDossier(d, opts('yaml'))))).toEqual(JSON.parse(await asText(formatDossier(d, opts('json')))));
  });
});

describe('show, content, responsibilities', () => {
  it('show fits one screen and lists the outline with counts', async () => {
    const text = await formatOverview(planOverview(plan), opts('table'));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Kế hoạch số 446/KH-UBND');
    expect(lines[1]).toBe('Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh Hà Tĩnh');
    expect(lines).toContain('II. NỘI DUNG (4 nội dung, 11 ý)');
    expect(lines).toContain('   IV.3. Sở Giáo dục và Đào tạo (4 ý)');
    expect(lines).toContain('III. KINH PHÍ');
    expect(lines).toContain('   III. Chia sẻ dữ liệu, ấn phẩm truyền thông (3)');
    expect(lines.length).toBeLessThanOrEqual(40);
  });

  it('content as csv bullets items with • so no cell looks like a formula', async () => {
    const csv = await formatContent(listContent(sample), { ...opts('csv'), bom: false });
    expect(csv).toContain('"• Sản xuất các ấn phẩm tuyên truyền');
    expect(csv).not.toContain("'");
  });

  it('responsibilities mark the ones reached through a collective', async () => {
    const out = await formatResponsibilities(listResponsibilities(sample, { unit: 'Sở Tài chính', includeCollective: true }), opts('md'));
    expect(out).toContain('| IV.4 | Sở Tài chính |');
    expect(out).toContain('| IV.6 * |');
    expect(out).toContain('\n\\* Giao cho tập thể'); // escaped: a line starting "* " would be a list item
  });
});

describe('document labels with several files', () => {
  it('a number when it tells the documents apart, else the file', async () => {
    const { documentLabeller } = await import('../../src/format/task-cells.js');
    const label = documentLabeller([
      { number: '446/KH-UBND', file: 'a.txt' },
      { number: '446/KH-UBND', file: 'a.docx' },
      { number: '12/KH-UBND', file: 'b.txt' },
      { number: null, file: 'draft.txt' },
    ]);
    expect(label({ number: '446/KH-UBND', file: 'a.docx' })).toBe('a.docx');
    expect(label({ number: '12/KH-UBND', file: 'b.txt' })).toBe('12/KH-UBND');
    expect(label({ number: null, file: 'draft.txt' })).toBe('draft.txt');
  });
});

describe('show as md', () => {
  it('a heading, header lines apart, the outline as a nested list', async () => {
    const md = await formatOverview(planOverview(plan), opts('md'));
    expect(md.startsWith('## Kế hoạch số 446/KH-UBND\n\nTuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh Hà Tĩnh\n\n')).toBe(true);
    expect(md).toContain('### Bố cục\n\n- I. MỤC ĐÍCH, YÊU CẦU (8 mục tiêu/yêu cầu)\n  - I.1. Mục đích (4 mục tiêu/yêu cầu)\n');
    expect(md).toContain('  - IV.5. Trung tâm Xúc tiến Đầu tư tỉnh (4 ý)\n');
  });
});
