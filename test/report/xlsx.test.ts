import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { writeWorkbook, filterRange, type XlsxSheet } from '../../src/format/xlsx.js';
import { runCli } from '../setup/cli.js';

// Issue 18: workbooks are read back with the library's reader (read-excel-file, the writer's
// companion), and their XML is looked at for what the reader does not tell (formulas, filter, panes).
const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheetXml = (bytes: Uint8Array, n: number): string => strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`] ?? new Uint8Array());

describe('writeWorkbook', () => {
  const sheet: XlsxSheet = {
    name: 'Thử',
    columns: [
      { header: 'Chữ', width: 30 },
      { header: 'Số', width: 6, type: 'number' },
      { header: 'Ngày', width: 12, type: 'date' },
      { header: 'Có', width: 5, type: 'boolean' },
    ],
    rows: [
      ['=HYPERLINK("http://x","bấm")', 172, '2020-12-10', true],
      ['- Chủ trì, phối hợp', null, 'không rõ', false],
      ['+1', 3, null, null],
      ['@SUM(A1)', 4, null, null],
    ],
  };

  it('stores cells that look like formulas as text, numbers as numbers, dates as dates', async () => {
    const bytes = await writeWorkbook([sheet]);
    const [read] = await readXlsxFile(Buffer.from(bytes));
    expect(read?.sheet).toBe('Thử');
    expect(read?.data).toEqual([
      ['Chữ', 'Số', 'Ngày', 'Có'],
      ['=HYPERLINK("http://x","bấm")', 172, new Date(Date.UTC(2020, 11, 10)), true],
      ['- Chủ trì, phối hợp', null, 'không rõ', false],
      ['+1', 3, null, null],
      ['@SUM(A1)', 4, null, null],
    ]);
    const xml = sheetXml(bytes, 1);
    expect(xml).not.toMatch(/<f[ >]/); // no formula element anywhere
  });

  it('freezes and filters the header row, and sets the column widths', async () => {
    const xml = sheetXml(await writeWorkbook([sheet]), 1);
    expect(filterRange(sheet)).toBe('A1:D5');
    expect(xml).toContain('<autoFilter ref="A1:D5"/>');
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
    expect(xml).toContain('<col min="3" max="3" width="12" customWidth="1"/>');
  });

  it('names each sheet\'s filter once in the workbook (one definedNames element)', async () => {
    const workbook = strFromU8(unzipSync(await writeWorkbook([sheet, { ...sheet, name: "Của 'tôi'" }]))['xl/workbook.xml']!);
    expect(workbook.match(/<definedNames/g)).toHaveLength(1);
    expect(workbook).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">\'Của \'\'tôi\'\'\'!$A$1:$D$5</definedName>');
  });
});

describe('--format xlsx on the sample', () => {
  it('export: sheets Nhiệm vụ, Đơn vị, Kiểm tra with the plan\'s 17 tasks, 22 units and 17 findings', async () => {
    const out = join(dir, 'plan.xlsx');
    // In Vietnamese, the default language (the tests run in English: test/setup/cli.ts).
    const r = await runCli(['export', SAMPLE, '--format', 'xlsx', '--out', out, '--lang', 'vi']);
    expect(r.code).toBe(0);
    const sheets = await readXlsxFile(readFileSync(out));
    expect(sheets.map((s) => s.sheet)).toEqual(['Nhiệm vụ', 'Đơn vị', 'Kiểm tra']);
    const [tasks, units, findings] = sheets.map((s) => s.data);
    expect(tasks?.[0]).toEqual(['STT', 'Nhóm', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian', 'Bắt đầu', 'Kết thúc', 'Dòng']);
    expect(tasks).toHaveLength(1 + 17);
    // Row II.1 of the appendix, on line 172 of the file.
    expect(tasks?.[4]).toEqual([
      'II.1',
      'II. Các hoạt động truyền thông quảng bá về tỉnh Hà Tĩnh',
      'Xuất bản các ấn phẩm tuyên truyền, giới thiệu về tiềm năng, thế mạnh của tỉnh và các dự án thu hút đầu tư để lồng ghép tuyên truyền tại các hội nghị, hội thảo, các sự kiện văn hóa và trên Cổng thông tin điện tử ASEAN Việt Nam.',
      'Sở Kế hoạch và Đầu tư',
      'Các sở, ngành liên quan',
      '2020',
      new Date(Date.UTC(2020, 0, 1)),
      new Date(Date.UTC(2020, 11, 31)),
      172,
    ]);
    // "2019-2020" (III.1) spans two years.
    expect(tasks?.[12]?.slice(0, 1).concat(tasks[12].slice(5, 8))).toEqual(['III.1', '2019-2020', new Date(Date.UTC(2019, 0, 1)), new Date(Date.UTC(2020, 11, 31))]);
    expect(units).toHaveLength(1 + 22);
    expect(units?.[0]).toEqual(['Đơn vị', 'Cách viết trong văn bản', 'Tập thể', 'Chủ trì', 'Phối hợp', 'Mục TCTH']);
    expect(units?.find((u) => u[0] === 'Sở Tài chính')).toEqual(['Sở Tài chính', 'Sở Tài chính', false, null, null, 'IV.4']);
    expect(units?.find((u) => u[0] === 'Sở Thông tin và Truyền thông')?.slice(1, 5)).toEqual([
      'Sở Thông tin và Truyền thông; Sở TT&TT',
      false,
      'I.3, II.2',
      'I.2, III.1, III.2, III.3, IV.1, IV.2',
    ]);
    expect(units?.find((u) => u[0] === 'Các sở, ban, ngành, đoàn thể, địa phương')?.[2]).toBe(true);
    // plan validate: 17 problems, of which 3 errors, on tasks II.1, II.2 and III.1.
    expect(findings).toHaveLength(1 + 17);
    const errors = findings?.filter((f) => f[3] === 'error');
    expect(errors?.map((f) => [f[1], f[4], f[6]])).toEqual([
      [111, 'task-owner-mismatch', 'II.1'],
      [113, 'task-owner-mismatch', 'II.2'],
      [115, 'task-owner-mismatch', 'III.1'],
    ]);
  });

  it('tasks: the --out extension chooses xlsx; one sheet of the tasks found', async () => {
    const out = join(dir, 'tasks.xlsx');
    const r = await runCli(['tasks', SAMPLE, '--unit', 'Sở Giáo dục', '--out', out, '--lang', 'vi']);
    expect(r.code).toBe(0);
    const sheets = await readXlsxFile(readFileSync(out));
    expect(sheets.map((s) => s.sheet)).toEqual(['Nhiệm vụ']);
    expect(sheets[0]?.data.map((row) => row[0])).toEqual(['STT', 'II.7']);
  });

  it('units and query: a sheet of units; other kinds one sheet of their table', async () => {
    const units = join(dir, 'units.xlsx');
    expect((await runCli(['units', SAMPLE, '--format', 'xlsx', '--out', units, '--lang', 'vi'])).code).toBe(0);
    expect((await readXlsxFile(readFileSync(units))).map((s) => [s.sheet, s.data.length])).toEqual([['Đơn vị', 23]]);
    const objectives = join(dir, 'objectives.xlsx');
    expect((await runCli(['query', 'objectives', SAMPLE, '--format', 'xlsx', '--out', objectives, '--lang', 'vi'])).code).toBe(0);
    const [sheet] = await readXlsxFile(readFileSync(objectives));
    expect(sheet?.data[0]).toEqual(['Mã', 'Loại', 'Nội dung']);
    expect(sheet?.data).toHaveLength(1 + 8);
  });

  it('show has no workbook form (exit 2)', async () => {
    const r = await runCli(['show', SAMPLE, '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: --format xlsx: show does not write xlsx; it writes table, md, json, yaml\n');
  });
});
