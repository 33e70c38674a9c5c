import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT, runCli } from '../setup/cli.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const CORRECTED = 'fixtures/446-corrected.txt';
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/diff.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-diff-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan diff (CLI)', () => {
  it('exit 1 when the plans differ; the terminal view names the three changes, without colour on a pipe', async () => {
    const r = await runCli(['diff', SAMPLE, CORRECTED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).toContain('~ signature.capacity: [-KÊ-]{+KT.+} CHỦ TỊCH');
    expect(r.stdout).toContain('units: + Sở Kế hoạch và Đầu tư  - Trung tâm Xúc tiến Đầu tư tỉnh');
    expect(r.stdout).toContain('reference: (Kèm theo Kế hoạch số {+446+}/KH-UBND ngày {+16+}/12/2019 của UBND tỉnh)');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('3 changes (2 substantive): 1 header, 1 responsibility, 1 appendix');
  });

  it('exit 0 for a plan against itself, and against a copy that differs only in an OCR slip both read alike', async () => {
    expect(await runCli(['diff', SAMPLE, SAMPLE])).toMatchObject({ code: 0, stderr: '' });
    const copy = join(dir, 'ocr.txt');
    writeFileSync(copy, readFileSync(join(ROOT, SAMPLE), 'utf8').replace('KÊ CHỦ TỊCH', 'KT. CHỦ TỊCH'));
    const r = await runCli(['diff', SAMPLE, copy]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 change (0 substantive): 1 header. The same in substance.');
  });

  it('--format json is the change list of schema/diff.schema.json', async () => {
    const r = await runCli(['diff', SAMPLE, CORRECTED, '--format', 'json']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.stdout) as { same: boolean; changes: { part: string }[] };
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data.same).toBe(false);
    expect(data.changes.map((c) => c.part)).toEqual(['header', 'responsibility', 'appendix']);
  });

  it('the schema rejects a change of an unknown part (it is not vacuous)', () => {
    const bad = { diffVersion: 1, old: { path: null, number: null, date: null }, new: { path: null, number: null, date: null }, same: true, changes: [{ part: 'footnote', kind: 'changed', old: null, new: null, substantive: true }] };
    expect(validate(bad)).toBe(false);
  });

  it('--format md writes Markdown, word changes as ~~removed~~ and **added**', async () => {
    const r = await runCli(['diff', SAMPLE, CORRECTED, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('## Responsibilities (Tổ chức thực hiện)');
    expect(r.stdout).toContain('- _changed_ signature.capacity: ~~KÊ~~**KT.** CHỦ TỊCH');
    expect(r.stdout).toContain('Kế hoạch số **446**/KH-UBND ngày **16**/12/2019');
  });

  it('works across formats: the .docx copy of the sample has the same tasks and responsibilities', async () => {
    const r = await runCli(['diff', SAMPLE, 'fixtures/formats/446.docx', '--format', 'json']);
    const data = JSON.parse(r.stdout) as { changes: { part: string }[] };
    expect(data.changes.filter((c) => c.part === 'task' || c.part === 'responsibility')).toEqual([]);
  });

  it('exit 2 with one line when a file cannot be read', async () => {
    const r = await runCli(['diff', SAMPLE, 'no-such-file.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^plan: no-such-file\.txt: /);
  });

  it('exit 2 when NEW is missing', async () => {
    expect((await runCli(['diff', SAMPLE])).code).toBe(2);
  });
});
