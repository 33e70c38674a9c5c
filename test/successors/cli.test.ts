import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT, runCli } from '../setup/cli.js';
import type { Plan } from '../../src/model/types.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const rowIds = (stdout: string) => [...stdout.matchAll(/^│ ([IVX]+\.\d+)( †)?/gm)].map((m) => `${m[1]}${m[2] ?? ''}`);

describe('plan tasks / units / export --as-of (CLI)', () => {
  it('tasks --unit "Sở Tài chính" --as-of 2026-01-01 --role lead: II.1 and III.1, marked † formerly Sở Kế hoạch và Đầu tư', async () => {
    const r = await runCli(['tasks', SAMPLE, '--unit', 'Sở Tài chính', '--as-of', '2026-01-01', '--role', 'lead']);
    expect(r.code).toBe(0);
    expect(rowIds(r.stdout)).toEqual(['II.1 †', 'III.1 †']);
    expect(r.stdout).toContain('† formerly Sở Kế hoạch và Đầu tư: merged into Sở Tài chính on 2025-03-01.');
  });

  it('--current is --as-of today; the JSON carries the succession', async () => {
    const r = await runCli(['tasks', SAMPLE, '--unit', 'Sở Tài chính', '--current', '--format', 'json']);
    const tasks = JSON.parse(r.stdout) as { id: string; formerly?: { name: string; succession: { to: { name: string }[] } } }[];
    expect(tasks.map((t) => t.id)).toEqual(['II.1', 'II.2', 'III.1']);
    expect(tasks[0]?.formerly?.succession.to.map((t) => t.name)).toEqual(['Sở Tài chính']);
  });

  it('usage errors: --as-of without --unit for tasks, a bad date, --as-of with --current', async () => {
    expect((await runCli(['tasks', SAMPLE, '--as-of', '2026-01-01'])).code).toBe(2);
    const bad = await runCli(['tasks', SAMPLE, '--unit', 'Sở Tài chính', '--as-of', '01/01/2026']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('plan: --as-of takes a date as YYYY-MM-DD, not "01/01/2026"\n');
    expect((await runCli(['tasks', SAMPLE, '--unit', 'Sở Tài chính', '--as-of', '2026-01-01', '--current'])).code).toBe(2);
  });

  it('units --as-of has a successor column', async () => {
    const r = await runCli(['units', SAMPLE, '--as-of', '2026-01-01', '--format', 'csv', '--no-bom']);
    const line = r.stdout.split(/\r?\n/).find((l) => l.startsWith('Sở Kế hoạch và Đầu tư,'));
    expect(line).toBe('Sở Kế hoạch và Đầu tư,Sở Kế hoạch và Đầu tư,"2 (II.1, III.1)",1 (II.2),,Sở Tài chính [2025-03-01]');
  });

  it('export --as-of adds successor to every UnitRef, keeps name, and matches the schema', async () => {
    const r = await runCli(['export', SAMPLE, '--as-of', '2026-01-01']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as Plan;
    const lead = plan.tasks.find((t) => t.id === 'II.1')?.lead[0];
    expect(lead?.name).toBe('Sở Kế hoạch và Đầu tư');
    expect(lead?.successor).toEqual({ asOf: '2026-01-01', kind: 'merged', effective: '2025-03-01', units: [{ name: 'Sở Tài chính', scope: null }], unknown: false, note: null });
    expect(plan.tasks.find((t) => t.id === 'II.7')?.lead[0]?.successor).toBeNull();
    expect(plan.responsibilities.find((x) => x.id === 'IV.1')?.units[0]?.successor?.kind).toBe('split');
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/plan.schema.json'), 'utf8')) as object;
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(plan), ajv.errorsText(validate.errors)).toBe(true);
    // Without --as-of the export has no successor at all.
    expect((await runCli(['export', SAMPLE])).stdout).not.toContain('"successor"');
  });
});
