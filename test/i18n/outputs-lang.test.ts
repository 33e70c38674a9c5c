import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../setup/cli.js';
import { tempDir } from '../setup/temp.js';
import { examplePlan } from '../../src/validate/rules/example-plan.js';
import { renderMsg, sizeMsg, t } from '../../src/i18n/index.js';
import { parsePlan } from '../../src/index.js';
import { InputError } from '../../src/model/errors.js';

/**
 * The outputs that were still English in a Vietnamese run (issue 21, second part): each in
 * both languages, with what a reader of that language expects, written by hand.
 */
const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const CORRECTED = 'fixtures/446-corrected.txt';
const vi = (args: string[], input?: string) => runCli(args, { env: { PLAN_LANG: '' }, ...(input !== undefined ? { input } : {}) });
const en = (args: string[], input?: string) => runCli([...args, '--lang', 'en'], input !== undefined ? { input } : {});

describe('plan diff in both languages', () => {
  it('the terminal view: headings, field names, labels, dates and the summary in Vietnamese', async () => {
    const r = await vi(['diff', SAMPLE, CORRECTED]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('--- fixtures/446-KH-UBND-2019-ha-tinh.txt (446/KH-UBND, 16/12/2019)');
    expect(r.stdout).toContain('\nPhần đầu văn bản\n  ~ Hình thức ký: [-KÊ-]{+KT.+} CHỦ TỊCH (cả hai bản đều được đọc là "KT. CHỦ TỊCH")  dòng 150\n');
    expect(r.stdout).toContain('\nTổ chức thực hiện\n  ~ IV.5 Sở Kế hoạch và Đầu tư  dòng 109\n      đơn vị: + Sở Kế hoạch và Đầu tư  - Trung tâm Xúc tiến Đầu tư tỉnh\n');
    expect(r.stdout).toContain('\nPhụ lục\n');
    expect(r.stdout).toContain('      dòng "Kèm theo": (Kèm theo Kế hoạch số {+446+}/KH-UBND');
    expect(lines.at(-2)).toBe('3 thay đổi, trong đó 2 thay đổi về nội dung: 1 ở phần đầu văn bản, 1 mục giao trách nhiệm, 1 phụ lục');
    expect(r.stdout).not.toMatch(/\b(Header|Responsibilities|Appendices|changes|substantive|line \d)/);
  });

  it('the same view in English', async () => {
    const r = await en(['diff', SAMPLE, CORRECTED]);
    expect(r.stdout.split('\n')[0]).toBe('--- fixtures/446-KH-UBND-2019-ha-tinh.txt (446/KH-UBND, 2019-12-16)');
    expect(r.stdout).toContain('\nHeader\n  ~ signature.capacity: [-KÊ-]{+KT.+} CHỦ TỊCH (both read as "KT. CHỦ TỊCH")  line 150\n');
    expect(r.stdout).toContain('      units: + Sở Kế hoạch và Đầu tư  - Trung tâm Xúc tiến Đầu tư tỉnh\n');
    expect(r.stdout).toContain('\n3 changes (2 substantive): 1 header, 1 responsibility, 1 appendix\n');
  });

  it('Markdown: the sign words and the old/new lines in the language', async () => {
    const md = (await vi(['diff', SAMPLE, CORRECTED, '--format', 'md'])).stdout;
    expect(md).toContain('- bản cũ: fixtures/446-KH-UBND-2019-ha-tinh.txt (446/KH-UBND, 16/12/2019)');
    expect(md).toContain('## Tổ chức thực hiện\n\n- _sửa_ IV.5 Sở Kế hoạch và Đầu tư  _dòng 109_');
    expect((await en(['diff', SAMPLE, CORRECTED, '--format', 'md'])).stdout).toContain('## Responsibilities (Tổ chức thực hiện)\n\n- _changed_ IV.5 Sở Kế hoạch và Đầu tư  _line 109_');
  });

  it('JSON keeps its keys; the note is in the language, with its id and parameters beside it', async () => {
    const note = async (run: typeof vi) => {
      const d = JSON.parse((await run(['diff', SAMPLE, CORRECTED, '--format', 'json'])).stdout) as { changes: { part: string; note?: string; noteId?: string; noteParams?: object }[] };
      const { note: text, noteId, noteParams } = d.changes.find((c) => c.part === 'header') ?? {};
      return { text, noteId, noteParams };
    };
    expect(await note(vi)).toEqual({ text: 'cả hai bản đều được đọc là "KT. CHỦ TỊCH"', noteId: 'diff.readAlike', noteParams: { text: 'KT. CHỦ TỊCH' } });
    expect(await note(en)).toEqual({ text: 'both read as "KT. CHỦ TỊCH"', noteId: 'diff.readAlike', noteParams: { text: 'KT. CHỦ TỊCH' } });
  });

  it('a changed date is shown as each language writes dates, and two identical plans are "the same"', async () => {
    const dir = tempDir('plan-diff-lang-');
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    const plan = examplePlan({ body: ['I. NỘI DUNG', '1. Các nhiệm vụ'], rows: ['1\tTổ chức hội nghị\tSở Tư pháp\t\tNăm 2020'] });
    writeFileSync(a, plan);
    writeFileSync(b, plan.replace('ngày 16 tháng 12 năm 2019', 'ngày 20 tháng 12 năm 2019'));
    expect((await vi(['diff', a, b])).stdout).toContain('Ngày ban hành: 16/12/2019 → 20/12/2019');
    expect((await en(['diff', a, b])).stdout).toContain('date: 2019-12-16 → 2019-12-20');
    expect((await vi(['diff', a, a])).stdout).toContain('\nHai kế hoạch giống nhau.\n');
    expect((await en(['diff', a, a])).stdout).toContain('\nThe plans are the same.\n');
  });
});

describe('help in both languages: examples, trailing prose and commander\'s own words', () => {
  it('validate --help: "Ví dụ:" and the exit codes in Vietnamese; "Examples:" and "Exit codes" in English', async () => {
    const v = (await vi(['validate', '--help'])).stdout;
    expect(v).toContain('Cách dùng: plan validate [tùy chọn] [files...]');
    expect(v).toContain('\nVí dụ:\n  $ plan validate plans/*.txt\n');
    expect(v).toContain('Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc số cảnh báo vượt quá --max-warnings), 2 lỗi cách dùng hoặc lỗi tệp đầu vào');
    expect(v).not.toMatch(/Examples|Exit codes|\[options\]/);
    const e = (await en(['validate', '--help'])).stdout;
    expect(e).toContain('Usage: plan validate [options] [files...]');
    expect(e).toContain('\nExamples:\n  $ plan validate plans/*.txt\n');
    expect(e).toContain('Exit codes: 0 clean, 1 errors');
  });

  it('one example is "Example:" in English and "Ví dụ:" in Vietnamese (plan show)', async () => {
    expect((await vi(['show', '--help'])).stdout).toMatch(/\nVí dụ:\n {2}\$ plan show plan\.txt\n$/);
    expect((await en(['show', '--help'])).stdout).toMatch(/\nExample:\n {2}\$ plan show plan\.txt\n$/);
  });

  it('the prose after the examples of diff, export and calendar, and the command list of plan --help', async () => {
    expect((await vi(['diff', '--help'])).stdout).toContain('Mã thoát: 0 hai bản có nội dung như nhau, 1 hai bản khác nhau, 2 lỗi cách dùng hoặc lỗi tệp đầu vào.');
    expect((await vi(['export', '--help'])).stdout).toContain('Khi có nhiều tệp: một mảng JSON các kế hoạch');
    expect((await vi(['calendar', '--help'])).stdout).toContain('được liệt kê trên stderr, không tự gán ngày.');
    const main = (await vi(['--help'])).stdout;
    expect(main.split('\n')[0]).toBe('Cách dùng: plan [tùy chọn] [lệnh]');
    expect(main).toMatch(/\n {2}show \[tùy chọn\] \[files\.\.\.\] +tóm tắt kế hoạch/);
    expect((await en(['--help'])).stdout.split('\n')[0]).toBe('Usage: plan [options] [command]');
  });
});

describe('file errors in both languages', () => {
  it('a missing file, a folder, and a path through a file', async () => {
    expect((await vi(['show', 'nope.txt'])).stderr).toBe('plan: nope.txt: không có tệp này\n');
    expect((await en(['show', 'nope.txt'])).stderr).toBe('plan: nope.txt: no such file\n');
    expect((await vi(['show', 'fixtures'])).stderr).toBe('plan: fixtures: là một thư mục, không phải tệp kế hoạch\n');
    const through = `${SAMPLE}/plan.txt`;
    expect((await vi(['show', through])).stderr).toBe(`plan: ${through}: một phần của đường dẫn là tệp chứ không phải thư mục\n`);
    expect((await en(['show', through])).stderr).toBe(`plan: ${through}: a part of the path is a file, not a folder\n`);
  });
});

describe('an output that cannot be written, in both languages', () => {
  it('--out into a folder that does not exist, and into a path through a file', async () => {
    const out = join(tempDir('plan-out-lang-'), 'missing', 'plan.json');
    expect((await vi(['export', SAMPLE, '--out', out])).stderr).toBe(`plan: ${out}: không ghi được kết quả: thư mục chứa tệp không tồn tại\n`);
    expect((await en(['export', SAMPLE, '--out', out])).stderr).toBe(`plan: ${out}: cannot write the output: the folder it goes in does not exist\n`);
    const through = `${SAMPLE}/plan.json`;
    expect((await vi(['export', SAMPLE, '--out', through])).stderr).toBe(`plan: ${through}: không ghi được kết quả: một phần của đường dẫn là tệp chứ không phải thư mục\n`);
  });
});

describe('sizes in both languages: a decimal comma in Vietnamese', () => {
  it('a file over --max-size: the sample is 17,102 bytes = 16.7 KB; the limit 10,000 bytes = 9.8 KB', async () => {
    expect((await vi(['show', SAMPLE, '--max-size', '10000'])).stderr).toBe(
      `plan: ${SAMPLE}: tệp có dung lượng 16,7 KB, vượt mức giới hạn 9,8 KB; nếu đúng là kế hoạch, hãy nâng giới hạn bằng --max-size\n`,
    );
    expect((await en(['show', SAMPLE, '--max-size', '10000'])).stderr).toBe(
      `plan: ${SAMPLE}: the file is 16.7 KB, over the limit of 9.8 KB; raise it with --max-size if this is really a plan\n`,
    );
  });

  it('bytes, kilobytes and megabytes, each side of the units', () => {
    const size = (n: number, lang: 'vi' | 'en') => renderMsg(lang, sizeMsg(n));
    expect([size(1, 'vi'), size(1, 'en'), size(1023, 'vi'), size(1023, 'en')]).toEqual(['1 byte', '1 byte', '1.023 byte', '1,023 bytes']);
    expect([size(1024, 'vi'), size(1536, 'vi'), size(1536, 'en')]).toEqual(['1,0 KB', '1,5 KB', '1.5 KB']);
    expect([size(1024 * 1024 - 1, 'vi'), size(1.5 * 1024 * 1024, 'vi'), size(52428800, 'en')]).toEqual(['1.024,0 KB', '1,5 MB', '50.0 MB']);
  });
});

describe('validate --explain in both languages', () => {
  it('the pairing of IV.5 duty 1 with task II.1 (0.80, paired), and one below the threshold', async () => {
    const v = (await vi(['validate', SAMPLE, '--explain', '--quiet'])).stdout;
    expect(v.split('\n')[0]).toBe(
      `${SAMPLE}: đối chiếu từng ý giao việc ở phần Tổ chức thực hiện với nhiệm vụ ở Phụ lục (coi là cùng một việc khi điểm tương đồng ≥ 0,38)`,
    );
    expect(v).toMatch(/\n {2}IV\.5 ý 1 +↔ nhiệm vụ II\.1 +0,80 {2}khớp\n {6}ý giao việc: "/);
    expect(v).toMatch(/\n {2}IV\.1 ý 1 +↔ nhiệm vụ II\.5 +0,25 {2}dưới ngưỡng\n/);
    const e = (await en(['validate', SAMPLE, '--explain', '--quiet'])).stdout;
    expect(e.split('\n')[0]).toBe(`${SAMPLE}: duty ↔ task pairings (same work when score ≥ 0.38)`);
    expect(e).toMatch(/\n {2}IV\.5 duty 1 +↔ task II\.1 +0\.80 {2}paired\n {6}duty: "/);
  });
});

describe('plan calendar: the tasks left out, in both languages', () => {
  const plan = examplePlan({
    body: ['I. NỘI DUNG', '1. Các nhiệm vụ'],
    rows: ['1\tTuyên truyền thường xuyên\tSở Tư pháp\t\tThường xuyên', '2\tViệc chưa rõ hạn\tSở Tư pháp\t\tTheo tiến độ dự án', '3\tHội nghị sơ kết\tSở Nội vụ\t\tQuý II/2020'],
  });

  it('the reason and the document\'s own words, on stderr', async () => {
    const v = await vi(['calendar', '-'], plan);
    expect(v.stderr.split('\n').filter(Boolean)).toEqual([
      'plan: 12/KH-UBND 1: không đưa vào lịch: việc làm thường xuyên, không có ngày cụ thể ("Thường xuyên")',
      'plan: 12/KH-UBND 2: không đưa vào lịch: không đọc được thời gian thực hiện ("Theo tiến độ dự án")',
    ]);
    expect(v.stdout).toContain('Chủ trì: Sở Nội vụ');
    const e = await en(['calendar', '-'], plan);
    expect(e.stderr).toContain('plan: 12/KH-UBND 1: not in the calendar: continuous work (no date) ("Thường xuyên")\n');
    expect(e.stdout).toContain('Lead: Sở Nội vụ');
  });
});

describe('--as-of: the † legend and the successor column in both languages', () => {
  it('a merged body: the plan gave the task to Sở Kế hoạch và Đầu tư, now part of Sở Tài chính', async () => {
    const v = await vi(['tasks', SAMPLE, '--unit', 'Sở Tài chính', '--as-of', '2026-01-01', '--role', 'lead']);
    expect(v.stdout).toContain('\n† Kế hoạch giao cho Sở Kế hoạch và Đầu tư; cơ quan này đã hợp nhất vào Sở Tài chính từ ngày 01/03/2025.\n');
    const e = await en(['tasks', SAMPLE, '--unit', 'Sở Tài chính', '--as-of', '2026-01-01', '--role', 'lead']);
    expect(e.stdout).toContain('\n† formerly Sở Kế hoạch và Đầu tư: merged into Sở Tài chính on 2025-03-01.\n');
  });

  it('a split body: each successor with its functions in the language of the run', async () => {
    const v = (await vi(['units', SAMPLE, '--as-of', '2026-01-01', '--format', 'md'])).stdout;
    expect(v).toContain('Sở Y tế (bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội)');
    expect(v).toContain('(từ 01/03/2025) — tùy theo chức năng, nhiệm vụ |');
    expect(v).toContain('| Kế thừa (01/01/2026) |');
    expect(v).toContain('\nKế thừa: cơ quan thực hiện công việc của đơn vị vào ngày 01/01/2026');
    expect(v).not.toContain('social protection');
    const e = (await en(['units', SAMPLE, '--as-of', '2026-01-01', '--format', 'md'])).stdout;
    expect(e).toContain('Sở Y tế (social protection, children, social evils)');
    expect(e).toContain('\\[2025-03-01\\] — the function decides |');
  });

  it('the collective legend under a table', async () => {
    expect((await vi(['tasks', SAMPLE, '--unit', 'Sở Thông tin', '--include-collective'])).stdout).toContain('\n* Giao cho tập thể có thể bao gồm đơn vị (--include-collective).\n');
  });
});

describe('dates and numbers in the human outputs', () => {
  it('plan show: the date of the plan and of its report as dd/mm/yyyy in Vietnamese, ISO in English', async () => {
    const v = (await vi(['show', SAMPLE])).stdout;
    expect(v).toContain('Ủy ban nhân dân tỉnh · Hà Tĩnh, 16/12/2019 · ký: Đặng Quốc Vinh');
    expect(v).toContain('\nBáo cáo: 10/12/2020\n');
    expect((await en(['show', SAMPLE])).stdout).toContain('Hà Tĩnh, 2019-12-16');
  });
});

describe('config rules: problems in the language of the run', () => {
  it('an option the rule does not take', async () => {
    const dir = tempDir('plan-config-lang-');
    const config = join(dir, 'plan.config.yaml');
    writeFileSync(config, 'rules:\n  signature: [error, { x: 1 }]\n  task-owner-mismatch: [error, { threshold: 1.5 }]\n');
    expect((await vi(['validate', SAMPLE, '--config', config])).stderr).toBe(
      'plan: plan.config.yaml: rules.signature: không có tùy chọn "x"; quy tắc này không có tùy chọn nào; rules.task-owner-mismatch.threshold: cần một số từ 0 đến 1, không nhận 1.5\n',
    );
  });
});

describe('the library\'s own errors', () => {
  it('parsePlan refuses a PDF with a catalog message: English in message, either language through text()', () => {
    let error: unknown;
    try {
      parsePlan(new TextEncoder().encode('%PDF-1.4\n'), { path: 'plan.pdf' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.msg?.id).toBe('input.pdfAsync');
    expect(e.message).toBe('a PDF is read asynchronously: call readPlan instead of parsePlan');
    expect(e.text('vi')).toBe('PDF được đọc bất đồng bộ: hãy gọi readPlan thay cho parsePlan');
    expect(t('vi', 'input.readerNotLoaded', { format: '.docx' })).toBe('chưa nạp bộ đọc .docx (hãy dùng readPlan, hoặc import từ điểm vào chính của thư viện)');
  });
});
