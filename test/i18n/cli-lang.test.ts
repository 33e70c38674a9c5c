import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../setup/cli.js';
import { tempDir } from '../setup/temp.js';

// A small plan written for these tests: the body gives Sở Thông tin và Truyền thông the work of
// task 1, and the appendix row names that lead, Báo Hà Tĩnh in support, in 2020. Nothing is wrong.
const CLEAN = [
  'Số: 12/KH-UBND',
  '',
  'Hà Tĩnh, ngày 16 tháng 12 năm 2019',
  '',
  'KẾ HOẠCH',
  'Tuyên truyền về ASEAN năm 2020',
  '',
  'I. NỘI DUNG',
  '',
  '1. Mở chuyên mục về ASEAN trên Cổng thông tin điện tử tỉnh.',
  '',
  'II. TỔ CHỨC THỰC HIỆN',
  '',
  '1. Sở Thông tin và Truyền thông: chủ trì mở chuyên mục về ASEAN trên Cổng thông tin điện tử tỉnh.',
  '',
  'TM. ỦY BAN NHÂN DÂN',
  '',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  '',
  'Nguyễn Văn A',
  '',
  'Phụ lục',
  'CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH',
  '',
  '(Kèm theo Kế hoạch số 12/KH-UBND ngày 16/12/2019 của UBND tỉnh)',
  '',
  'STT\tNhiệm vụ cụ thể\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện',
  '1\tMở chuyên mục về ASEAN trên Cổng thông tin điện tử tỉnh\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020',
  '',
].join('\n');

// The same plan with the lead cell of task 1 left blank and its time written "Quý V năm sau":
// two errors (no lead; the body's duty is task 1, whose row names another unit), one warning
// (a time no one can read) and one info (the department's duty has no task naming it).
const BROKEN = CLEAN.replace('\tSở Thông tin và Truyền thông\tBáo Hà Tĩnh\t2020', '\t\tBáo Hà Tĩnh\tQuý V năm sau');

function plans(): { clean: string; broken: string; dir: string } {
  const dir = tempDir();
  const clean = join(dir, 'clean.txt');
  const broken = join(dir, 'broken.txt');
  writeFileSync(clean, CLEAN);
  writeFileSync(broken, BROKEN);
  return { clean, broken, dir };
}

/** No language chosen: neither --lang, PLAN_LANG nor a config. */
const DEFAULT = { env: { PLAN_LANG: '' } };

describe('validate in Vietnamese (the default) and in English', () => {
  it('says a clean plan has no problems', async () => {
    const { clean } = plans();
    expect(await runCli(['validate', clean], DEFAULT)).toEqual({ code: 0, stdout: 'Không phát hiện vấn đề nào trong 1 tệp.\n', stderr: '' });
    expect(await runCli(['validate', clean, '--lang', 'en'], DEFAULT)).toEqual({ code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
  });

  it('writes the findings, their severities and the summary line in the language', async () => {
    const { broken } = plans();
    const vi = await runCli(['validate', broken], { env: { PLAN_LANG: '', COLUMNS: '400' } });
    expect(vi.code).toBe(1);
    const viLines = vi.stdout.trimEnd().split('\n');
    expect(viLines.at(-1)).toBe('✖ 4 vấn đề (2 lỗi, 1 cảnh báo, 1 thông tin)');
    expect(vi.stdout).toContain(
      '29:59  lỗi        Nhiệm vụ 1 "Mở chuyên mục về ASEAN trên Cổng thông tin điện tử tỉnh" chưa có đơn vị chủ trì. Đề nghị ghi vào ô "Đơn vị chủ trì" đơn vị chịu trách nhiệm thực hiện.',
    );
    expect(vi.stdout).toContain('29:1   cảnh báo   Thời gian thực hiện của nhiệm vụ 1 "Quý V năm sau" không đọc được là một ngày, một giai đoạn hay một thời hạn.');
    expect(vi.stdout).toContain(
      'Mục II.1 giao cho "Sở Thông tin và Truyền thông" nhiệm vụ "chủ trì mở chuyên mục về ASEAN trên Cổng thông tin điện tử tỉnh.", trùng với nhiệm vụ 1 của Phụ lục (độ tương đồng 0,77), nhưng Phụ lục không ghi đơn vị chủ trì và phối hợp cho "Báo Hà Tĩnh".',
    );
    const en = await runCli(['validate', broken], { env: { PLAN_LANG: 'en', COLUMNS: '400' } });
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (2 errors, 1 warning, 1 info)');
    expect(en.stdout).toContain('29:59  error    Task 1 "Mở chuyên mục về ASEAN trên Cổng thông tin điện tử tỉnh" has no lead unit.');
    expect(en.stdout).toContain('which is appendix task 1 (similarity 0.77), but task 1 names no unit as lead and "Báo Hà Tĩnh" as support.');
  });

  it('--quiet leaves the info out of the summary; --max-warnings says so in the language', async () => {
    const { broken } = plans();
    const vi = await runCli(['validate', broken, '--quiet', '--max-warnings', '0'], DEFAULT);
    expect(vi.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 vấn đề (2 lỗi, 0 cảnh báo)');
    const warn = await runCli(['validate', broken, '--max-warnings', '0', '--rule', 'task-missing-lead=off', '--rule', 'task-owner-mismatch=off'], DEFAULT);
    expect(warn.stderr).toBe('plan: 1 cảnh báo, vượt quá mức --max-warnings 0\n');
    const warnEn = await runCli(['validate', broken, '--max-warnings', '0', '--rule', 'task-missing-lead=off', '--rule', 'task-owner-mismatch=off', '--lang', 'en'], DEFAULT);
    expect(warnEn.stderr).toBe('plan: 1 warning exceeds --max-warnings 0\n');
  });

  it('--format json carries the rule id, the message id and its parameters beside the message in the language', async () => {
    const { broken } = plans();
    const read = async (lang: string): Promise<{ ruleId: string; messageId: string; params: Record<string, unknown>; message: string }[]> =>
      (JSON.parse((await runCli(['validate', broken, '--format', 'json', '--lang', lang])).stdout) as { diagnostics: { ruleId: string; messageId: string; params: Record<string, unknown>; message: string }[] }[])[0]!.diagnostics;
    const vi = await read('vi');
    const en = await read('en');
    const lead = (list: typeof vi) => list.find((d) => d.ruleId === 'task-missing-lead');
    expect(lead(vi)).toMatchObject({ messageId: 'task-missing-lead.noLead', params: { task: '1', description: 'Mở chuyên mục về ASEAN trên Cổng thông tin điện tử tỉnh' } });
    expect(lead(vi)?.message).toBe('Nhiệm vụ 1 "Mở chuyên mục về ASEAN trên Cổng thông tin điện tử tỉnh" chưa có đơn vị chủ trì. Đề nghị ghi vào ô "Đơn vị chủ trì" đơn vị chịu trách nhiệm thực hiện.');
    expect(lead(en)?.message).toBe('Task 1 "Mở chuyên mục về ASEAN trên Cổng thông tin điện tử tỉnh" has no lead unit. Fill in the "Đơn vị chủ trì" cell with the unit that answers for it.');
    // The ids and parameters do not depend on the language: a script reads them, not the prose.
    expect(vi.map((d) => [d.ruleId, d.messageId, d.params])).toEqual(en.map((d) => [d.ruleId, d.messageId, d.params]));
  });

  it('SARIF and GitHub annotations carry the message in the language', async () => {
    const { broken } = plans();
    const sarif = JSON.parse((await runCli(['validate', broken, '--format', 'sarif', '--lang', 'vi'])).stdout) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'timeframe')?.message.text).toMatch(/^Thời gian thực hiện của nhiệm vụ 1 "Quý V năm sau" không đọc được/);
    const github = await runCli(['validate', broken, '--format', 'github'], DEFAULT);
    expect(github.stdout).toContain('title=task-missing-lead::Nhiệm vụ 1 "Mở chuyên mục về ASEAN trên Cổng thông tin điện tử tỉnh" chưa có đơn vị chủ trì.');
  });
});

describe('errors and empty results in the language', () => {
  it('an input error: one line, exit 2', async () => {
    expect(await runCli(['show', 'khong-co.txt'], DEFAULT)).toEqual({ code: 2, stdout: '', stderr: 'plan: khong-co.txt: không có tệp này\n' });
    expect(await runCli(['show', 'khong-co.txt', '--lang', 'en'], DEFAULT)).toEqual({ code: 2, stdout: '', stderr: 'plan: khong-co.txt: no such file\n' });
  });

  it('a usage error, from the tool and from commander', async () => {
    const { clean } = plans();
    expect((await runCli(['validate', clean, '--rule', 'numbering=loud'], DEFAULT)).stderr).toBe('plan: --rule numbering: mức phải là off, info, warning hoặc error, không nhận "loud"\n');
    expect((await runCli(['validate', clean, '--rule', 'numbering=loud', '--lang', 'en'], DEFAULT)).stderr).toBe('plan: --rule numbering: severity must be off, info, warning or error, not "loud"\n');
    expect(await runCli(['validate', clean, '--bogus'], DEFAULT)).toEqual({ code: 2, stdout: '', stderr: "plan: không có tùy chọn '--bogus'\n" });
    expect((await runCli(['taks'], DEFAULT)).stderr).toBe("plan: không có lệnh 'taks'\n(Có phải ý bạn là tasks?)\n");
  });

  it('a query with no match: a note on stderr, exit 0', async () => {
    const { clean } = plans();
    const vi = await runCli(['tasks', clean, '--unit', 'Sở Y tế'], DEFAULT);
    expect(vi).toEqual({ code: 0, stdout: '', stderr: 'plan: không có đơn vị nào tên "Sở Y tế" trong 12/KH-UBND\n' });
    const en = await runCli(['tasks', clean, '--unit', 'Sở Y tế', '--lang', 'en'], DEFAULT);
    expect(en.stderr).toBe('plan: no unit named "Sở Y tế" in 12/KH-UBND\n');
    expect((await runCli(['tasks', clean, '--in', '2030'], DEFAULT)).stderr).toBe('plan: không có nhiệm vụ nào khớp với điều kiện lọc\n');
    expect((await runCli(['tasks', clean, '--in', '2030', '--lang', 'en'], DEFAULT)).stderr).toBe('plan: no task matches the filters\n');
  });
});

describe('choosing the language', () => {
  const noFile = async (env: Record<string, string>, args: string[] = [], cwd?: string): Promise<string> =>
    (await runCli(['show', 'khong-co.txt', ...args], { env, ...(cwd ? { cwd } : {}) })).stderr;
  const VI = 'plan: khong-co.txt: không có tệp này\n';
  const EN = 'plan: khong-co.txt: no such file\n';

  it('the command line beats the environment, which beats the config; Vietnamese when none says', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.config.yaml'), 'lang: en\n');
    expect(await noFile({ PLAN_LANG: '' })).toBe(VI);
    expect(await noFile({ PLAN_LANG: '' }, [], dir)).toBe(EN);
    expect(await noFile({ PLAN_LANG: 'vi' }, [], dir)).toBe(VI);
    expect(await noFile({ PLAN_LANG: 'en' }, ['--lang', 'vi'], dir)).toBe(VI);
    expect(await noFile({ PLAN_LANG: 'vi' }, ['--lang=en'])).toBe(EN);
    // A locale as the environment often writes it.
    expect(await noFile({ PLAN_LANG: 'en_US.UTF-8' })).toBe(EN);
  });

  it('refuses a language it does not have, in the language it can tell', async () => {
    expect(await runCli(['show', 'x.txt', '--lang', 'fr'], DEFAULT)).toEqual({ code: 2, stdout: '', stderr: 'plan: --lang nhận vi hoặc en, không nhận "fr"\n' });
    expect((await runCli(['show', 'x.txt', '--lang', 'fr'], { env: { PLAN_LANG: 'en' } })).stderr).toBe('plan: --lang takes vi or en, not "fr"\n');
    expect((await runCli(['show', 'x.txt'], { env: { PLAN_LANG: 'fr' } })).stderr).toBe('plan: PLAN_LANG nhận vi hoặc en, không nhận "fr"\n');
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.config.yaml'), 'lang: fr\n');
    const bad = await runCli(['validate', 'x.txt'], { env: { PLAN_LANG: '' }, cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, `plan: ${join(dir, 'plan.config.yaml')}: lang: nhận vi hoặc en, không nhận "fr"\n`]);
  });
});
