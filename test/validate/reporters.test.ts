import { describe, expect, it } from 'vitest';
import { formatGithub, formatJson, formatSarif, formatStylish } from '../../src/format/diagnostics/index.js';
import { RULES } from '../../src/validate/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const err: Diagnostic = {
  ruleId: 'task-owner-mismatch',
  severity: 'error',
  message: 'Section IV.5 gives "Trung tâm" the duty, 50% done: see\nnext\x1b[31m',
  place: { line: 111, column: 1 },
  related: [{ line: 172, column: 230, message: 'Task II.1: lead "Sở Kế hoạch và Đầu tư"' }],
  taskId: 'II.1',
  responsibilityId: 'IV.5',
};
const warn: Diagnostic = { ruleId: 'signature', severity: 'warning', message: 'The capacity line "KÊ CHỦ TỊCH"', place: { line: 152, column: 1 } };
const info: Diagnostic = { ruleId: 'repair-page-break', severity: 'info', message: 'joined', place: { line: 41, column: 1 } };
const reports = [{ path: 'plans/a,b:c.txt', diagnostics: [info, err, warn] }];

describe('stylish', () => {
  it('the file, then `line:col  severity  message  docs section` aligned, and a summary; no colour unless told', () => {
    const out = formatStylish(reports, { lang: 'en', color: false, columns: 200 });
    const lines = out.split('\n');
    expect(lines[0]).toBe('plans/a,b:c.txt');
    expect(lines[1]).toBe('  41:1   info     joined\u00a0\u00a0repair-page-break (docs/rules.md#parser-findings)');
    expect(lines[2]).toBe('  111:1  error    Section IV.5 gives "Trung tâm" the duty, 50% done: see next\u00a0\u00a0docs/rules.md#task-owner-mismatch');
    expect(lines[3]).toBe(`${' '.repeat(18)}↳ 172:230  Task II.1: lead "Sở Kế hoạch và Đầu tư"`);
    expect(lines[4]).toBe('  152:1  warning  The capacity line "KÊ CHỦ TỊCH"\u00a0\u00a0docs/rules.md#signature');
    expect(out).not.toContain('\x1b');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (1 error, 1 warning, 1 info)');
    expect(formatStylish(reports, { lang: 'en', color: true })).toContain('\x1b[');
  });

  it('wraps to the terminal width with a hanging indent under the message (80 columns)', () => {
    const long: Diagnostic = {
      ruleId: 'unit-without-task',
      severity: 'warning',
      message: 'Section IV.4 gives duties to "Sở Tài chính", but no task of the appendix names it as lead or support. Add it to the tasks it carries out.',
      place: { line: 103, column: 1 },
    };
    const lines = formatStylish([{ path: 'plan.txt', diagnostics: [long] }], { lang: 'en', color: false, columns: 80 }).split('\n');
    expect(lines.slice(1, 5)).toEqual([
      '  103:1  warning  Section IV.4 gives duties to "Sở Tài chính", but no task of',
      '                  the appendix names it as lead or support. Add it to the tasks',
      '                  it carries out.\u00a0\u00a0docs/rules.md#unit-without-task',
      '',
    ]);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(80);
  });

  it('under a narrow terminal the message goes under the place, indented', () => {
    const d: Diagnostic = { ...warn, message: 'one two three four five six seven eight nine ten eleven twelve' };
    const lines = formatStylish([{ path: 'p.txt', diagnostics: [d] }], { lang: 'en', color: false, columns: 50 }).split('\n');
    expect(lines[1]).toBe('  152:1  warning');
    expect(lines[2]).toBe('      one two three four five six seven eight nine');
    expect(lines[3]).toBe('      ten eleven twelve\u00a0\u00a0docs/rules.md#signature');
  });

  it('names the paragraph or the table row of a .docx, which has no lines', () => {
    const docx: Diagnostic = { ...err, place: { line: 58, column: 1, kind: 'paragraph' }, related: [{ line: 7, column: 230, kind: 'row', message: 'Task II.1' }] };
    const out = formatStylish([{ path: 'plan.docx', diagnostics: [docx] }], { lang: 'en', color: false, columns: 200 });
    expect(out).toContain('  paragraph 58  error    Section IV.5');
    expect(out).toContain('↳ table row 7  Task II.1');
  });

  it('--quiet keeps errors only; a clean run says so', () => {
    expect(formatStylish(reports, { lang: 'en', color: false, quiet: true })).not.toContain('signature');
    expect(formatStylish([{ path: 'x.txt', diagnostics: [] }], { lang: 'en', color: false })).toBe('No problems in 1 file.\n');
  });

  it('a file that could not be read is reported with its reason and counts as an error', () => {
    const out = formatStylish([{ path: 'x.txt', diagnostics: [] }, { path: 'gone.txt', diagnostics: [], fatal: 'no such file' }], { lang: 'en', color: false });
    expect(out).toBe('gone.txt\n  -  error    no such file (the file was not checked)\n\n✖ 1 problem (1 error, 0 warnings, 0 info)\n');
  });

  it('no line starts with "::" (a GitHub workflow command): not a file name, not a wrapped word', () => {
    const d: Diagnostic = { ...warn, message: `${'word '.repeat(12)}::set-env name=X::y ${'word '.repeat(3)}::add-mask::z` };
    const out = formatStylish([{ path: '::warning file=x::evil.txt', diagnostics: [d] }], { lang: 'en', color: false, columns: 50 });
    expect(out.split('\n')[0]).toBe('./::warning file=x::evil.txt');
    for (const line of out.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    // A word longer than the line is cut; a piece that would start with "::" is broken up.
    const cut = formatStylish([{ path: 'p.txt', diagnostics: [{ ...warn, message: `${'x'.repeat(44)}::set-env` }] }], { lang: 'en', color: false, columns: 50 });
    for (const line of cut.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
  });

  it('file names pass through the terminal-safe filter', () => {
    const out = formatStylish([{ path: 'a\x1b]0;pwned\x07b\x9b31m.txt', diagnostics: [warn] }], { lang: 'en', color: false });
    expect(out.split('\n')[0]).toBe('ab.txt');
  });
});

describe('json', () => {
  it('per file: path, diagnostics with line/column/related/taskId/docs, errorCount, warningCount', () => {
    const [file] = JSON.parse(formatJson(reports)) as [Record<string, unknown>];
    expect(file).toMatchObject({ path: 'plans/a,b:c.txt', errorCount: 1, warningCount: 1 });
    expect((file.diagnostics as unknown[])[1]).toEqual({
      ruleId: 'task-owner-mismatch', severity: 'error', message: err.message, line: 111, column: 1,
      related: [{ line: 172, column: 230, message: 'Task II.1: lead "Sở Kế hoạch và Đầu tư"' }], docs: 'docs/rules.md#task-owner-mismatch', taskId: 'II.1', responsibilityId: 'IV.5',
    });
    expect((file.diagnostics as Record<string, unknown>[])[2]).not.toHaveProperty('taskId');
  });

  it('a file that could not be read: one fatal diagnostic, errorCount 1', () => {
    const [file] = JSON.parse(formatJson([{ path: 'gone.txt', diagnostics: [], fatal: 'no such file' }])) as [Record<string, unknown>];
    expect(file).toEqual({
      path: 'gone.txt',
      diagnostics: [{ ruleId: 'fatal', severity: 'error', message: 'no such file', line: 0, column: 0, related: [], docs: 'docs/rules.md#fatal', fatal: true }],
      errorCount: 1,
      warningCount: 0,
    });
  });

  it('escapes DEL, C1 controls and bidi overrides as export does; the data reads back the same', () => {
    const raw = 'a\u009b31mb\u202ec\u007f';
    const text = formatJson([{ path: `p${raw}.txt`, diagnostics: [{ ...warn, message: raw }] }]);
    expect(text).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('\\u009b');
    const [file] = JSON.parse(text) as [{ path: string; diagnostics: { message: string }[] }];
    expect(file.path).toBe(`p${raw}.txt`);
    expect(file.diagnostics[0]?.message).toBe(raw);
  });
});

describe('github', () => {
  it('escapes % CR LF in data and also , : in properties; info is a notice; the docs section ends the message', () => {
    const lines = formatGithub(reports, 'en').trimEnd().split('\n');
    expect(lines[0]).toBe('::notice file=plans/a%2Cb%3Ac.txt,line=41,col=1,title=repair-page-break::joined (docs/rules.md#parser-findings)');
    expect(lines[1]).toBe('::error file=plans/a%2Cb%3Ac.txt,line=111,col=1,title=task-owner-mismatch::Section IV.5 gives "Trung tâm" the duty, 50%25 done: see next (docs/rules.md#task-owner-mismatch)');
    expect(lines[2]).toMatch(/^::warning /);
  });
  it('a file that could not be read is an error annotation on that file', () => {
    expect(formatGithub([{ path: 'gone.txt', diagnostics: [], fatal: 'no such file' }], 'en')).toBe('::error file=gone.txt,title=fatal::no such file (the file was not checked)\n');
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with the rules in the driver and levels error/warning/note', () => {
    const log = JSON.parse(formatSarif(reports, { rules: RULES, version: '0.1.0', lang: 'en' }));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('kehoach');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULES.map((r) => r.id), 'repair-page-break']);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['note', 'error', 'warning']);
    expect(run.results[1].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'plans/a%2Cb%3Ac.txt' }, region: { startLine: 111, startColumn: 1 } });
    expect(run.results[1].ruleIndex).toBe(RULES.findIndex((r) => r.id === 'task-owner-mismatch'));
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('an absolute path is a percent-encoded file:/// URI; a relative one is relative to %SRCROOT%', () => {
    const log = JSON.parse(formatSarif([{ path: '/srv/kế hoạch/a b.txt', diagnostics: [warn] }, { path: 'plans/x.txt', diagnostics: [warn] }, { path: 'C:\\plans\\y.txt', diagnostics: [warn] }], { rules: RULES, version: '0.1.0', cwd: '/home/ci/repo', lang: 'en' }));
    const run = log.runs[0];
    const uris = run.results.map((r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => r.locations[0]?.physicalLocation.artifactLocation);
    expect(uris).toEqual([
      { uri: 'file:///srv/k%E1%BA%BF%20ho%E1%BA%A1ch/a%20b.txt' },
      { uri: 'plans/x.txt', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///C:/plans/y.txt' },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/ci/repo/' } });
  });

  it('a file that could not be read is a tool execution notification; the invocation did not succeed', () => {
    const log = JSON.parse(formatSarif([{ path: 'gone.txt', diagnostics: [], fatal: 'no such file' }], { rules: RULES, version: '0.1.0', lang: 'en' }));
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [{ level: 'error', message: { text: 'no such file (the file was not checked)' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'gone.txt' } } }] }],
      },
    ]);
  });

  it('escapes C1 controls in messages', () => {
    const text = formatSarif([{ path: 'p.txt', diagnostics: [{ ...warn, message: 'a\u009bb' }] }], { rules: RULES, version: '0.1.0', lang: 'en' });
    expect(text).not.toMatch(/[\u0080-\u009f]/);
    expect(JSON.parse(text).runs[0].results[0].message.text).toBe('a\u009bb');
  });
});
