/**
 * The CLI bundle is written in ASCII so that bin/plan.js can read it as Latin-1 (issue 19):
 * scripts/ascii-bundle.mjs escapes what esbuild's `charset: 'ascii'` leaves. Every escape must
 * mean what the character meant where it stood, and the source map must still point at src/.
 */
import { SourceMap } from 'node:module';
import vm from 'node:vm';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { asciiBundle } from '../../scripts/ascii-bundle.mjs';

/** What a CommonJS text exports, run in a fresh context. */
function run(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(code, { module });
  return module.exports;
}

const SOURCE = [
  'const x = "ộ";',
  'module.exports = {',
  '  re: /^[À-ỹ]+ – Số\\s/u,',
  '  reLoose: /CỘNG\\s+HÒA/i,',
  '  raw: String.raw`CỘNG\\s+H[OÒ]A ${x} ố`,',
  '  escaped: "\\ế",',
  '  plain: `Hà ${x} Tĩnh`,',
  '  "Sở": 1,',
  '};',
].join('\n');

describe('asciiBundle', () => {
  it('leaves no character outside ASCII', () => {
    expect(/[^\x00-\x7f]/.test(asciiBundle(SOURCE, null).code)).toBe(false);
  });

  it('keeps the value of every string, template, key and String.raw template', () => {
    const before = run(SOURCE);
    const after = run(asciiBundle(SOURCE, null).code);
    // String.raw keeps backslashes as written: the escape must not become one of them.
    expect(after.raw).toBe('CỘNG\\s+H[OÒ]A ộ ố');
    expect(after.raw).toBe(before.raw);
    expect(after.escaped).toBe('ế');
    expect(after.plain).toBe('Hà ộ Tĩnh');
    expect(after['Sở']).toBe(1);
  });

  it('keeps what each regular expression matches, with and without the u flag', () => {
    const before = run(SOURCE);
    const after = run(asciiBundle(SOURCE, null).code);
    const cases = ['àđ – Số 1', 'Hà – Số 1', 'Ha – Số 1', 'ỹ – Số\t', 'CỘNG  HÒA', 'cộng hòa', 'CONG HOA'];
    for (const re of ['re', 'reLoose'] as const) {
      for (const text of cases) expect((after[re] as RegExp).test(text), `${re} on ${text}`).toBe((before[re] as RegExp).test(text));
    }
    expect((after.re as RegExp).test('àđ – Số 1')).toBe(true);
  });

  it('stops on a template with another tag, whose strings array would change', () => {
    expect(() => asciiBundle('const f = (s) => s.raw[0]; module.exports = f`ế`;', null)).toThrow(/other than String\.raw/);
  });

  it('moves the source map so that a place after an escape maps to the same source line and column', () => {
    const ts = ['const SEP = /[–—…]+/u; const HEAD = String.raw`Sở\\s+Y tế`;', 'export function afterEscapes(t: string): boolean { return SEP.test(t) || HEAD.length > 0; }'].join('\n');
    const built = transformSync(ts, { loader: 'ts', format: 'cjs', minify: true, sourcemap: 'external', sourcefile: 'src/x.ts' });
    const map = JSON.parse(built.map);
    const out = asciiBundle(built.code, map);
    const find = (code: string, m: ConstructorParameters<typeof SourceMap>[0], needle: string) => {
      const at = code.indexOf(needle);
      const line = code.slice(0, at).split('\n').length - 1;
      const column = at - (code.lastIndexOf('\n', at - 1) + 1);
      const e = new SourceMap(m).findEntry(line, column) as { originalLine?: number; originalColumn?: number };
      return [e.originalLine, e.originalColumn];
    };
    // The minified bundle keeps both statements on one line: the escapes move what follows them.
    const needle = 'HEAD.length';
    const minifiedHead = /(\w+)\.length>0/.exec(built.code)?.[0] ?? needle;
    expect(out.code.indexOf(minifiedHead)).toBeGreaterThan(built.code.indexOf(minifiedHead));
    expect(find(out.code, out.map as never, minifiedHead)).toEqual(find(built.code, map, minifiedHead));
    expect(find(out.code, out.map as never, minifiedHead)[0]).toBe(1);
  });
});
