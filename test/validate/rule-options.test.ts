import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePlan, explainPairings, checkRuleConfig, RULES } from '../../src/validate/index.js';
import { renderMsg } from '../../src/i18n/index.js';
import { readConfig } from '../../src/cli/config-files.js';
import { plan, resp, task, unit } from './build-plan.js';
import { runCli } from '../setup/cli.js';
import { tempDir } from '../setup/temp.js';

// The sample's IV.5 duty and the rows it pairs with (typed from fixtures/446-….txt), and a third
// row on the same subject that makes a runner-up.
const centre = resp('IV.5', 'Trung tâm Xúc tiến Đầu tư tỉnh', [unit('Trung tâm Xúc tiến Đầu tư tỉnh')], [
  'Xuất bản các ấn phẩm tuyên truyền, giới thiệu về tiềm năng, thế mạnh của tỉnh và các dự án thu hút đầu tư tại các hội nghị, hội thảo.',
], 109);
const tasks = [
  task('II.1', 'Xuất bản các ấn phẩm tuyên truyền, giới thiệu về tiềm năng, thế mạnh của tỉnh và các dự án thu hút đầu tư để lồng ghép tuyên truyền tại các hội nghị, hội thảo, các sự kiện văn hóa.', ['Sở Kế hoạch và Đầu tư'], [], 172),
  task('II.3', 'Xuất bản các ấn phẩm, tài liệu tuyên truyền, giới thiệu về tiềm năng du lịch của tỉnh', ['Sở Văn hóa, Thể thao và Du lịch'], [], 176),
];
const p = plan({ responsibilities: [centre], tasks });
const [pairing] = explainPairings(p);
const problemsOf = (...a: Parameters<typeof checkRuleConfig>): string[] => checkRuleConfig(...a).map((m) => renderMsg('en', m));
const score = pairing!.score;
const runnerUp = pairing!.runnerUp;
const found = (options: Record<string, number>) =>
  validatePlan(p, [], { lang: 'en', config: { rules: { 'task-owner-mismatch': ['error', options] } } }).filter((d) => d.ruleId === 'task-owner-mismatch');

describe('task-owner-mismatch options (plan.config.yaml), each side of each boundary', () => {
  it('the pair used here: II.1 best, II.3 second', () => {
    expect(pairing!.best?.id).toBe('II.1');
    expect(runnerUp).toBeGreaterThan(0);
    expect(score).toBeGreaterThan(runnerUp);
  });

  it('threshold: the pair is checked at a threshold just below its score, not just above', () => {
    expect(found({ threshold: score - 0.001, confidentScore: 0 }).map((d) => d.taskId)).toEqual(['II.1']);
    expect(found({ threshold: score + 0.001, confidentScore: 0 })).toEqual([]);
  });

  it('confidentScore: a score at or above it pairs without standing out', () => {
    const noRatio = { threshold: 0.01, distinctRatio: 100 };
    expect(found({ ...noRatio, confidentScore: score - 0.001 }).map((d) => d.taskId)).toEqual(['II.1']);
    expect(found({ ...noRatio, confidentScore: score + 0.001 })).toEqual([]);
  });

  it('distinctRatio: below confidentScore, the pair must score that many times the runner-up', () => {
    const ratio = score / runnerUp;
    const notConfident = { threshold: 0.01, confidentScore: 1 };
    expect(found({ ...notConfident, distinctRatio: ratio - 0.01 }).map((d) => d.taskId)).toEqual(['II.1']);
    expect(found({ ...notConfident, distinctRatio: ratio + 0.01 })).toEqual([]);
  });

  it('the severity of the entry applies; absent options keep their defaults', () => {
    const d = validatePlan(p, [], { lang: 'en', config: { rules: { 'task-owner-mismatch': ['warning'] } } }).filter((x) => x.ruleId === 'task-owner-mismatch');
    expect(d.map((x) => x.severity)).toEqual(['warning']);
    expect(validatePlan(p, [], { lang: 'en', config: { rules: { 'task-owner-mismatch': ['off', { threshold: 0.1 }] } } }).some((x) => x.ruleId === 'task-owner-mismatch')).toBe(false);
  });

  it('--explain uses the configured numbers', () => {
    expect(explainPairings(p, { rules: { 'task-owner-mismatch': ['error', { threshold: score + 0.001 }] } })[0]?.paired).toBe(false);
    expect(explainPairings(p, null)[0]?.paired).toBe(true);
  });
});

describe('checking rule options', () => {
  it('names an unknown rule, an unknown option, a value out of bounds or not a number', () => {
    expect(problemsOf({ 'task-owner-mismatch': ['error', { threshold: 0.38 }], numbering: 'off', 'repair-page-break': 'off' }, RULES)).toEqual([]);
    expect(problemsOf({ 'task-owner-mismatch': ['error', { treshold: 0.38 }] }, RULES)).toEqual([
      'rules.task-owner-mismatch: unknown option "treshold"; the options are threshold, confidentScore, distinctRatio',
    ]);
    expect(problemsOf({ 'task-owner-mismatch': ['error', { threshold: 1.5 }] }, RULES)).toEqual(['rules.task-owner-mismatch.threshold: expected a number from 0 to 1, not 1.5']);
    expect(problemsOf({ 'task-owner-mismatch': ['error', { distinctRatio: 'big' }] }, RULES)).toEqual(['rules.task-owner-mismatch.distinctRatio: expected a number from 1 to 100, not "big"']);
    expect(problemsOf({ signature: ['error', { x: 1 }] }, RULES)).toEqual(['rules.signature: unknown option "x"; this rule takes no options']);
    expect(problemsOf({ nonsense: 'off' }, RULES)[0]).toMatch(/^rules\.nonsense: unknown rule; rules are plan-structure, task-owner-mismatch, /);
  });

  it('plan.config.yaml reads [severity, { options }] and refuses a malformed entry', async () => {
    const dir = tempDir('plan-rule-options-');
    const ok = join(dir, 'ok.yaml');
    writeFileSync(ok, 'rules:\n  task-owner-mismatch: [error, { threshold: 0.38 }]\n  numbering: [warning]\n  signature: off\n');
    expect((await readConfig(ok)).rules).toEqual({ 'task-owner-mismatch': ['error', { threshold: 0.38 }], numbering: ['warning'], signature: 'off' });
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'rules:\n  task-owner-mismatch: [error, 0.38]\n');
    await expect(readConfig(bad)).rejects.toThrow('rules.task-owner-mismatch: the options after the severity must be a mapping: { option: value }');
    writeFileSync(bad, 'rules:\n  task-owner-mismatch: [loud, {}]\n');
    await expect(readConfig(bad)).rejects.toThrow('rules.task-owner-mismatch: expected one of error, warning, info, off, not "loud"');
  });

  it('the CLI refuses a bad option with exit 2 and applies a good one', async () => {
    const dir = tempDir('plan-rule-options-cli-');
    const cfg = join(dir, 'plan.config.yaml');
    writeFileSync(cfg, 'rules:\n  task-owner-mismatch: [error, { treshold: 0.5 }]\n');
    const bad = await runCli(['validate', 'fixtures/446-KH-UBND-2019-ha-tinh.txt', '--config', cfg]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('plan: plan.config.yaml: rules.task-owner-mismatch: unknown option "treshold"; the options are threshold, confidentScore, distinctRatio\n');
    // II.2 and III.1 score 1.00 and II.1 0.80 in the sample: a threshold of 0.9 keeps two of three.
    writeFileSync(cfg, 'rules:\n  task-owner-mismatch: [error, { threshold: 0.9 }]\n');
    const r = await runCli(['validate', 'fixtures/446-KH-UBND-2019-ha-tinh.txt', '--config', cfg, '--format', 'json']);
    const ids = (JSON.parse(r.stdout) as [{ diagnostics: { ruleId: string; taskId?: string }[] }])[0].diagnostics.filter((d) => d.ruleId === 'task-owner-mismatch').map((d) => d.taskId);
    expect(ids).toEqual(['II.2', 'III.1']);
  });
});
