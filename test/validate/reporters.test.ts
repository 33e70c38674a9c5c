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
  it('groups per file, `file:line:col  severity  message  rule`, and a summary; no colour unless told', () => {
    const out = formatStylish(reports, { color: false });
    expect(out).toContain('  plans/a,b:c.txt:111:1  error    Section IV.5 gives "Trung tâm" the duty, 50% done: see next  task-owner-mismatch\n');
    expect(out).toContain('      plans/a,b:c.txt:172:230  Task II.1: lead "Sở Kế hoạch và Đầu tư"');
    expect(out).not.toContain('\x1b');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (1 error, 1 warning, 1 info)');
    expect(formatStylish(reports, { color: true })).toContain('\x1b[');
  });
  it('names the paragraph or the table row of a .docx, which has no lines', () => {
    const docx: Diagnostic = { ...err, place: { line: 58, column: 1, kind: 'paragraph' }, related: [{ line: 7, column: 230, kind: 'row', message: 'Task II.1' }] };
    const out = formatStylish([{ path: 'plan.docx', diagnostics: [docx] }], { color: false });
    expect(out).toContain('  plan.docx: paragraph 58  error    Section IV.5');
    expect(out).toContain('      plan.docx: table row 7  Task II.1');
  });
  it('--quiet keeps errors only; a clean run says so', () => {
    expect(formatStylish(reports, { color: false, quiet: true })).not.toContain('signature');
    expect(formatStylish([{ path: 'x.txt', diagnostics: [] }], { color: false })).toBe('No problems in 1 file.\n');
  });
});

describe('json', () => {
  it('per file: path, diagnostics with line/column/related/taskId, errorCount, warningCount', () => {
    const [file] = JSON.parse(formatJson(reports)) as [Record<string, unknown>];
    expect(file).toMatchObject({ path: 'plans/a,b:c.txt', errorCount: 1, warningCount: 1 });
    expect((file.diagnostics as unknown[])[1]).toEqual({
      ruleId: 'task-owner-mismatch', severity: 'error', message: err.message, line: 111, column: 1,
      related: [{ line: 172, column: 230, message: 'Task II.1: lead "Sở Kế hoạch và Đầu tư"' }], taskId: 'II.1', responsibilityId: 'IV.5',
    });
    expect((file.diagnostics as Record<string, unknown>[])[2]).not.toHaveProperty('taskId');
  });
});

describe('github', () => {
  it('escapes % CR LF in data and also , : in properties; info is a notice', () => {
    const lines = formatGithub(reports).trimEnd().split('\n');
    expect(lines[0]).toBe('::notice file=plans/a%2Cb%3Ac.txt,line=41,col=1,title=repair-page-break::joined');
    expect(lines[1]).toBe('::error file=plans/a%2Cb%3Ac.txt,line=111,col=1,title=task-owner-mismatch::Section IV.5 gives "Trung tâm" the duty, 50%25 done: see next');
    expect(lines[2]).toMatch(/^::warning /);
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with the rules in the driver and levels error/warning/note', () => {
    const log = JSON.parse(formatSarif(reports, { rules: RULES, version: '0.1.0' }));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('kehoach');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULES.map((r) => r.id), 'repair-page-break']);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['note', 'error', 'warning']);
    expect(run.results[1].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'plans/a%2Cb%3Ac.txt' }, region: { startLine: 111, startColumn: 1 } });
    expect(run.results[1].ruleIndex).toBe(0);
  });
});
