import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli, ROOT } from '../setup/cli.js';

// The SARIF 2.1.0 schema (draft-04), vendored from @microsoft/jest-sarif: see fixtures/sarif/README.md.
const schema = JSON.parse(readFileSync(new URL('../../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object;
// unicodeRegExp: false, because one pattern of the schema (language) is not valid with the u flag.
const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const check = ajv.compile(schema);

function valid(text: string): string[] {
  const ok = check(JSON.parse(text));
  return ok ? [] : (check.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('plan validate --format sarif against the SARIF 2.1.0 schema', () => {
  it('the schema rejects what it must (the check can fail)', () => {
    expect(valid('{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}').length).toBeGreaterThan(0);
    expect(valid('{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a b"}}}]}]}]}').length).toBeGreaterThan(0);
  });

  it('relative, absolute and unreadable paths: valid, exit 2 for the unreadable one', async () => {
    const abs = resolve(ROOT, 'fixtures/446-corrected.txt');
    const r = await runCli(['validate', 'fixtures/446-KH-UBND-2019-ha-tinh.txt', abs, 'no such plan.txt', '--format', 'sarif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: no such plan.txt: no such file\n');
    expect(valid(r.stdout)).toEqual([]);
    const run = JSON.parse(r.stdout).runs[0];
    const uris = new Set(run.results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]?.physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set(['fixtures/446-KH-UBND-2019-ha-tinh.txt', `file://${abs.split('/').map(encodeURIComponent).join('/')}`]));
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${ROOT.split('/').map(encodeURIComponent).join('/').replace(/\/?$/, '/')}`);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('no%20such%20plan.txt');
  });
});
