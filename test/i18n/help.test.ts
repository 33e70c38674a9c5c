import { describe, expect, it } from 'vitest';
import { buildProgram, COMMAND_NAMES } from '../../src/cli/main.js';
import { helpEntries, viHelpKey } from '../../src/cli/help-lang.js';
import { createNodeContext } from '../../src/cli/node-context.js';
import { HELP_VI } from '../../src/i18n/vi/help.js';
import { runCli } from '../setup/cli.js';

async function englishEntries(): Promise<{ key: string; text: string }[]> {
  const base = createNodeContext({}, {
    stdout: { write: () => undefined, isTTY: false },
    stderr: { write: () => undefined },
    stdin: { isPiped: () => false, read: () => new Uint8Array(), fileIdentity: () => null },
    env: {},
    cwd: '.',
  });
  const program = await buildProgram({ ...base, lang: 'en' }, COMMAND_NAMES, () => undefined);
  return helpEntries(program).map(({ key, text }) => ({ key, text }));
}

describe('the help in Vietnamese', () => {
  it('has a Vietnamese text for every description of every command, option and argument, and no text for one that is gone', async () => {
    const entries = await englishEntries();
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter((e) => viHelpKey(e.key) === null).map((e) => e.key)).toEqual([]);
    const used = new Set(entries.map((e) => viHelpKey(e.key)));
    expect(Object.keys(HELP_VI).filter((k) => !used.has(k))).toEqual([]);
  });

  it('shows the Vietnamese by default and the English with --lang en', async () => {
    const vi = await runCli(['validate', '--help'], { env: { PLAN_LANG: '' } });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Cách dùng: plan validate [tùy chọn] [files...]');
    expect(vi.stdout).toContain('kiểm tra phần nội dung và phụ lục của kế hoạch có khớp nhau không');
    expect(vi.stdout).toMatch(/-q, --quiet +chỉ báo lỗi\n/);
    expect(vi.stdout).toContain('định dạng báo cáo (chọn một trong: "stylish", "json",');
    const en = await runCli(['validate', '--help', '--lang', 'en'], { env: { PLAN_LANG: '' } });
    expect(en.stdout).toContain('Usage: plan validate [options] [files...]');
    expect(en.stdout).toMatch(/-q, --quiet +report errors only\n/);
    const main = await runCli(['--help'], { env: { PLAN_LANG: '' } });
    expect(main.stdout).toContain('Mã thoát: 0 thành công');
    expect(main.stdout).toMatch(/-h, --help +hiển thị trợ giúp của lệnh\n/);
  });
});
