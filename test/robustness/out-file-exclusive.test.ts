/**
 * Issue 14, item 1: the temporary file of --out is created exclusively (O_CREAT|O_EXCL), so a
 * symbolic link planted at its name is never followed. The name is random (out-file.test.ts);
 * here randomBytes is fixed so that the test can plant the link where the writer will look.
 */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../setup/temp.js';

vi.mock('node:crypto', async (original) => ({
  ...(await original<typeof import('node:crypto')>()),
  randomBytes: (n: number) => Buffer.alloc(n, 0xab),
}));

const { writeOut } = await import('../../src/cli/write-out.js');

describe('writeOut with a symbolic link planted at the temporary name', () => {
  it('refuses to write through it, and leaves the link and its target alone', async () => {
    const dir = tempDir('kehoach-plant-');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, `.out.json.${'ab'.repeat(8)}.tmp`));
    await expect(writeOut(join(dir, 'out.json'), '{"tasks":[]}\n', [], { cwd: dir, stdinIdentity: () => null })).rejects.toThrow('cannot write the output (EEXIST)');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readdirSync(dir).sort()).toEqual([`.out.json.${'ab'.repeat(8)}.tmp`, 'victim.txt']);
  });

  it('writes normally when nothing is planted', async () => {
    const dir = tempDir('kehoach-plant-');
    await writeOut(join(dir, 'out.json'), ['{"a":', '1}\n'], [], { cwd: dir, stdinIdentity: () => null });
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});
