import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { runCli } from '../setup/cli.js';
import { tempDir } from '../setup/temp.js';
import { describeDeadline } from '../../src/format/deadline.js';

/**
 * The tool's own words around the document's (issue 21): column headers of the tables (terminal,
 * csv, md, xlsx), sheet names, `plan show`'s labels and the unit dossier's titles. Vietnamese by
 * default, exactly as before; English with --lang en. Document text is never translated.
 * Expected strings are written by hand from 446/KH-UBND and from the small plan below.
 */
const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const CORPUS_13 = 'fixtures/corpus/13-dongnai-179-kh-ubnd-2025/input.txt';
const vi = (args: string[]) => runCli(args, { env: { PLAN_LANG: '', COLUMNS: '100' } });
const en = (args: string[]) => runCli([...args, '--lang', 'en'], { env: { COLUMNS: '100' } });
// csv rows end in CRLF (RFC 4180); the other formats in LF.
const firstLine = (s: string): string => s.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';

// Two sections of TỔ CHỨC THỰC HIỆN, the second a request ("Đề nghị"), and a yearly report.
const SMALL = [
  'Số: 12/KH-UBND', '', 'Hà Tĩnh, ngày 16 tháng 12 năm 2019', '', 'KẾ HOẠCH', 'Tuyên truyền về ASEAN năm 2020', '',
  'I. TỔ CHỨC THỰC HIỆN', '', '1. Sở Tư pháp', '', '- Chủ trì tổ chức hội nghị.', '',
  '2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', '', '- Phối hợp tuyên truyền.', '',
  'Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.', '',
  'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn A', '',
].join('\n');
const small = (): string => {
  const file = join(tempDir('plan-tables-lang-'), 'small.txt');
  writeFileSync(file, SMALL);
  return file;
};

describe('task tables: plan tasks as csv, md and a terminal table', () => {
  it('csv: the Vietnamese header as before; an English one under --lang en, the cells as the document wrote them', async () => {
    const v = (await vi(['tasks', SAMPLE, '--format', 'csv'])).stdout;
    expect(v.startsWith('\uFEFFSTT,Nhiệm vụ,Chủ trì,Phối hợp,Thời gian\r\n')).toBe(true);
    const e = (await en(['tasks', SAMPLE, '--format', 'csv'])).stdout;
    expect(firstLine(e)).toBe('No.,Task,Lead,Support,Timeframe');
    expect(e.split('\r\n')[1]).toBe('I.1,"Chỉ đạo, định hướng tuyên truyền về ASEAN cho các cơ quan báo chí; đẩy mạnh công tác thông tin đối ngoại về thành tựu của Hà Tĩnh nói riêng và Việt Nam nói chung trong quá trình hội nhập.",Ban Tuyên giáo Tỉnh ủy,"Các sở, ban, ngành, đoàn thể, địa phương",2020');
  });

  it('the document column of several plans: Văn bản / Document', async () => {
    expect(firstLine((await vi(['tasks', SAMPLE, CORPUS_13, '--format', 'csv'])).stdout)).toBe('STT,Nhiệm vụ,Chủ trì,Phối hợp,Thời gian,Văn bản');
    expect(firstLine((await en(['tasks', SAMPLE, CORPUS_13, '--format', 'csv'])).stdout)).toBe('No.,Task,Lead,Support,Timeframe,Document');
  });

  it('md and the terminal table', async () => {
    expect(firstLine((await vi(['tasks', SAMPLE, '--format', 'md'])).stdout)).toBe('| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |');
    expect(firstLine((await en(['tasks', SAMPLE, '--format', 'md'])).stdout)).toBe('| No. | Task | Lead | Support | Timeframe |');
    const header = (s: string): string[] => (s.split('\n')[1] ?? '').split('│').map((c) => c.trim()).filter(Boolean);
    expect(header((await vi(['tasks', SAMPLE])).stdout)).toEqual(['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian']);
    expect(header((await en(['tasks', SAMPLE])).stdout)).toEqual(['No.', 'Task', 'Lead', 'Support', 'Timeframe']);
  });
});

describe('the other listings', () => {
  it('units, with the successor column of --as-of and its date as each language writes it', async () => {
    expect(firstLine((await vi(['units', SAMPLE, '--format', 'csv', '--as-of', '2025-07-01'])).stdout)).toBe('Đơn vị,Cách viết trong văn bản,Chủ trì,Phối hợp,Mục TCTH,Kế thừa (01/07/2025)');
    expect(firstLine((await en(['units', SAMPLE, '--format', 'csv', '--as-of', '2025-07-01'])).stdout)).toBe('Unit,Written as,Lead,Support,Sections,Successor (2025-07-01)');
  });

  it('objectives: the headers and the kind of each (Mục đích / Purpose)', async () => {
    const v = (await vi(['objectives', SAMPLE, '--format', 'csv'])).stdout.split('\r\n');
    expect(firstLine(v[0] ?? '')).toBe('Mã,Loại,Nội dung');
    expect(v[1]?.startsWith('I.1.1,Mục đích,"Triển khai thực hiện mạnh mẽ')).toBe(true);
    const e = (await en(['objectives', SAMPLE, '--format', 'csv'])).stdout.split('\r\n');
    expect(firstLine(e[0] ?? '')).toBe('Id,Kind,Text');
    expect(e[1]?.startsWith('I.1.1,Purpose,"Triển khai thực hiện mạnh mẽ')).toBe(true);
    // I.2 of the sample is the requirements (Yêu cầu).
    expect(e.find((l) => l.startsWith('I.2.1,'))?.startsWith('I.2.1,Requirement,')).toBe(true);
  });

  it('content areas', async () => {
    expect(firstLine((await vi(['content', SAMPLE, '--format', 'csv'])).stdout)).toBe('Mã,Nội dung,Các ý');
    expect(firstLine((await en(['content', SAMPLE, '--format', 'csv'])).stdout)).toBe('Id,Area,Items');
  });

  it('responsibilities, a request marked (đề nghị) / (requested)', async () => {
    const file = small();
    expect((await vi(['query', 'responsibilities', file, '--format', 'csv'])).stdout).toBe(
      '\uFEFFMã,Đơn vị,Nhiệm vụ\r\nI.1,Sở Tư pháp,• Chủ trì tổ chức hội nghị.\r\nI.2,(đề nghị) Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh,• Phối hợp tuyên truyền.\r\n',
    );
    expect((await en(['query', 'responsibilities', file, '--format', 'csv'])).stdout).toBe(
      '\uFEFFId,Unit,Task\r\nI.1,Sở Tư pháp,• Chủ trì tổ chức hội nghị.\r\nI.2,(requested) Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh,• Phối hợp tuyên truyền.\r\n',
    );
  });
});

describe('the unit dossier (plan units --unit)', () => {
  // Sở Giáo dục và Đào tạo: section IV.3, leads II.7, and is among the collectives of 7 tasks.
  it('its titles on a terminal', async () => {
    const titles = (s: string): string[] => s.split('\n').filter((l) => /^[^\s│┌├└]/.test(l));
    expect(titles((await vi(['units', SAMPLE, '--unit', 'Sở Giáo dục'])).stdout)).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Văn bản 446/KH-UBND (fixtures/446-KH-UBND-2019-ha-tinh.txt)',
      'Trách nhiệm (Tổ chức thực hiện)',
      'Nhiệm vụ chủ trì (1)',
      'Nhiệm vụ giao cho tập thể có thể bao gồm đơn vị (7)',
      'Báo cáo',
      '* Giao cho tập thể có thể bao gồm đơn vị.',
    ]);
    const e = (await en(['units', SAMPLE, '--unit', 'Sở Giáo dục'])).stdout;
    expect(titles(e)).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Document 446/KH-UBND (fixtures/446-KH-UBND-2019-ha-tinh.txt)',
      'Responsibilities (Tổ chức thực hiện)',
      'Tasks led (1)',
      'Tasks given to a collective that may include the unit (7)',
      'Reporting',
      '* Given to a collective that may include the unit.',
    ]);
    expect(e).toContain('│ No.  │ Task ');
  });

  it('md: headings and the task tables; csv: the kind of each row', async () => {
    const v = (await vi(['units', SAMPLE, '--unit', 'Sở Giáo dục', '--format', 'md'])).stdout;
    expect(v).toContain('\n#### Trách nhiệm (Tổ chức thực hiện)\n');
    expect(v).toContain('\n#### Nhiệm vụ chủ trì (1)\n\n| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |\n');
    const e = (await en(['units', SAMPLE, '--unit', 'Sở Giáo dục', '--format', 'md'])).stdout;
    expect(e).toContain('\n#### Tasks led (1)\n\n| No. | Task | Lead | Support | Timeframe |\n');
    expect(e).toContain('\n#### Reporting\n');
    const csv = (s: string): string[] => s.replace(/^\uFEFF/, '').split('\r\n').map((l) => l.split(',')[0] ?? '');
    const vc = csv((await vi(['units', SAMPLE, '--unit', 'Sở Giáo dục', '--format', 'csv'])).stdout);
    expect(vc.slice(0, 2)).toEqual(['Loại', 'Trách nhiệm (Tổ chức thực hiện)']);
    expect(vc).toContain('Nhiệm vụ chủ trì');
    const ec = csv((await en(['units', SAMPLE, '--unit', 'Sở Giáo dục', '--format', 'csv'])).stdout);
    expect(ec.slice(0, 2)).toEqual(['Kind', 'Responsibilities (Tổ chức thực hiện)']);
    expect(ec).toContain('Tasks led');
    expect(firstLine((await en(['units', SAMPLE, '--unit', 'Sở Giáo dục', '--format', 'csv'])).stdout)).toBe('Kind,Id,Text,Lead,Support,Timeframe');
  });

  it('the report line: "hằng năm, trước 15/12" / "every year, by 15/12"', async () => {
    const file = small();
    expect((await vi(['units', file, '--unit', 'Sở Tư pháp'])).stdout).toContain('\nBáo cáo\n  hằng năm, trước 15/12: Báo cáo kết quả');
    expect((await en(['units', file, '--unit', 'Sở Tư pháp'])).stdout).toContain('\nReporting\n  every year, by 15/12: Báo cáo kết quả');
  });
});

describe('plan show', () => {
  // The lines of `plan show` on the sample, [Vietnamese, English]: the header's first, third and
  // fourth lines, then lines found anywhere below.
  const HEAD: [string, string][] = [
    ['Kế hoạch số 446/KH-UBND', 'Kế hoạch no. 446/KH-UBND'],
    ['Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh Hà Tĩnh', 'Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh Hà Tĩnh'],
    ['Ủy ban nhân dân tỉnh · Hà Tĩnh, 16/12/2019 · ký: Đặng Quốc Vinh (PHÓ CHỦ TỊCH)', 'Ủy ban nhân dân tỉnh · Hà Tĩnh, 2019-12-16 · signed: Đặng Quốc Vinh (PHÓ CHỦ TỊCH)'],
    ['1 căn cứ', '1 legal basis'],
  ];
  const BELOW: [string, string][] = [
    ['Bố cục', 'Outline'],
    ['I. MỤC ĐÍCH, YÊU CẦU (8 mục tiêu/yêu cầu)', 'I. MỤC ĐÍCH, YÊU CẦU (8 objectives)'],
    ['II. NỘI DUNG (4 nội dung, 11 ý)', 'II. NỘI DUNG (4 content areas, 11 items)'],
    ['   II.2. Các hoạt động truyền thông quảng bá về tỉnh Hà Tĩnh (2 ý)', '   II.2. Các hoạt động truyền thông quảng bá về tỉnh Hà Tĩnh (2 items)'],
    ['IV. TỔ CHỨC THỰC HIỆN (7 mục giao việc, 22 ý)', 'IV. TỔ CHỨC THỰC HIỆN (7 responsibilities, 22 duties)'],
    ['   IV.4. Sở Tài chính (2 ý)', '   IV.4. Sở Tài chính (2 duties)'],
    ['   … 1 mục nữa', '   … 1 more'],
    ['Phụ lục', 'Appendices'],
    ['PL: CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH (17 nhiệm vụ)', 'PL: CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH (17 tasks)'],
    ['17 mục · 8 mục tiêu/yêu cầu · 4 nội dung · 7 mục giao việc · 17 nhiệm vụ · 22 đơn vị · 1 phụ lục', '17 sections · 8 objectives · 4 content areas · 7 responsibilities · 17 tasks · 22 units · 1 appendix'],
    ['Báo cáo: 10/12/2020', 'Report: 2020-12-10'],
    ['Đã đọc: 21/21 dòng bảng thành nhiệm vụ hoặc nhóm · 17/17 phần đánh số thành mục · 0 dòng không thuộc phần nào', 'Read: 21/21 table rows as tasks or groups · 17/17 numbered parts as sections · 0 lines in no part'],
  ];

  for (const [k, lang, run] of [[0, 'Vietnamese, as before', vi], [1, 'English, the document\'s words as written', en]] as const) {
    it(`the sample in ${lang}`, async () => {
      const lines = (await run(['show', SAMPLE])).stdout.split('\n');
      expect(lines.slice(0, 4)).toEqual(HEAD.map((pair) => pair[k]));
      for (const pair of BELOW) expect(lines).toContain(pair[k]);
    });
  }

  it('nothing of the Vietnamese labels is left in English', async () => {
    expect((await en(['show', SAMPLE])).stdout).not.toMatch(/Bố cục|Phụ lục|mục tiêu|nhiệm vụ\)|Đã đọc|ký:/);
  });

  it('a plan without a task table, with a yearly report', async () => {
    const file = small();
    const v = (await vi(['show', file])).stdout.split('\n');
    expect(v).toContain('Báo cáo: hằng năm, trước 15/12');
    expect(v).toContain('Đã đọc: không có bảng nhiệm vụ · 3/3 phần đánh số thành mục · 0 dòng không thuộc phần nào');
    const e = (await en(['show', file])).stdout.split('\n');
    expect(e).toContain('I. TỔ CHỨC THỰC HIỆN (2 responsibilities, 2 duties)');
    expect(e).toContain('Report: every year, by 15/12');
    expect(e).toContain('Read: no task table · 3/3 numbered parts as sections · 0 lines in no part');
  });
});

describe('a reporting deadline in words', () => {
  it('each form in both languages', () => {
    const cases: [Parameters<typeof describeDeadline>[0], string, string][] = [
      [{ deadline: '2020-12-10', recurring: false }, '10/12/2020', '2020-12-10'],
      [{ deadline: '2020-12-10', recurring: true }, '10/12/2020 (định kỳ)', '2020-12-10 (recurring)'],
      [{ deadline: null, recurring: true, day: 15, month: 12 }, 'hằng năm, trước 15/12', 'every year, by 15/12'],
      [{ deadline: null, recurring: false, day: 15, month: 12 }, 'trước 15/12', 'by 15/12'],
      [{ deadline: null, recurring: true, day: 18 }, 'hằng tháng, trước ngày 18', 'every month, by day 18'],
      [{ deadline: null, recurring: true }, 'định kỳ', 'recurring'],
      [{ deadline: null, recurring: false }, 'không ghi hạn', 'no deadline given'],
    ];
    for (const [r, v, e] of cases) {
      expect(describeDeadline(r)).toBe(v);
      expect(describeDeadline(r, 'en')).toBe(e);
    }
  });
});

describe('workbooks: sheet names and column headers', () => {
  it('plan export --format xlsx: Nhiệm vụ, Đơn vị, Kiểm tra / Tasks, Units, Findings, the findings in the language', async () => {
    const dir = tempDir('plan-tables-xlsx-');
    const sheets = async (run: typeof vi, name: string) => {
      const out = join(dir, name);
      expect((await run(['export', SAMPLE, '--format', 'xlsx', '--out', out])).code).toBe(0);
      return readXlsxFile(readFileSync(out));
    };
    const v = await sheets(vi, 'vi.xlsx');
    expect(v.map((s) => s.sheet)).toEqual(['Nhiệm vụ', 'Đơn vị', 'Kiểm tra']);
    expect(v[2]?.data[0]).toEqual(['Tệp', 'Dòng', 'Cột', 'Mức độ', 'Quy tắc', 'Nội dung', 'Nhiệm vụ', 'Mục']);
    const e = await sheets(en, 'en.xlsx');
    expect(e.map((s) => s.sheet)).toEqual(['Tasks', 'Units', 'Findings']);
    expect(e[0]?.data[0]).toEqual(['No.', 'Group', 'Task', 'Lead', 'Support', 'Timeframe', 'Start', 'End', 'Line']);
    expect(e[1]?.data[0]).toEqual(['Unit', 'Written as', 'Collective', 'Lead', 'Support', 'Sections']);
    expect(e[2]?.data[0]).toEqual(['File', 'Line', 'Column', 'Severity', 'Rule', 'Message', 'Task', 'Section']);
    // Section IV.5 gives Trung tâm Xúc tiến Đầu tư tỉnh a task the appendix gives Sở Kế hoạch và
    // Đầu tư (II.1): the finding on its sheet in each language.
    const msg = (s: typeof v, id: string): string => String(s[2]?.data.find((f) => f[4] === 'task-owner-mismatch' && f[6] === id)?.[5] ?? '');
    expect(msg(v, 'II.1')).toMatch(/^Mục IV\.5 giao cho "Trung tâm Xúc tiến Đầu tư tỉnh"/);
    expect(msg(e, 'II.1')).toMatch(/^Section IV\.5 gives "Trung tâm Xúc tiến Đầu tư tỉnh"/);
  });

  it('the workbook of a listing: the sheet Kết quả / Results, and tasks and units on their own sheets', async () => {
    const dir = tempDir('plan-tables-xlsx-');
    const names = async (run: typeof vi, args: string[], name: string) => {
      const out = join(dir, name);
      expect((await run([...args, '--format', 'xlsx', '--out', out])).code).toBe(0);
      return (await readXlsxFile(readFileSync(out))).map((s) => [s.sheet, ...(s.data[0] ?? []).slice(0, 2)]);
    };
    expect(await names(vi, ['objectives', SAMPLE], 'o-vi.xlsx')).toEqual([['Kết quả', 'Mã', 'Loại']]);
    expect(await names(en, ['objectives', SAMPLE], 'o-en.xlsx')).toEqual([['Results', 'Id', 'Kind']]);
    expect(await names(en, ['tasks', SAMPLE], 't-en.xlsx')).toEqual([['Tasks', 'No.', 'Group']]);
    expect(await names(en, ['units', SAMPLE], 'u-en.xlsx')).toEqual([['Units', 'Unit', 'Written as']]);
    expect(await names(vi, ['units', SAMPLE], 'u-vi.xlsx')).toEqual([['Đơn vị', 'Đơn vị', 'Cách viết trong văn bản']]);
  });
});
