import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tablesData, tablesFrom, type TablesData } from '../../src/units/gazetteer-tables.js';
import { lookupUnit } from '../../src/units/gazetteer.js';

// issue 19: the gazetteer's tables are computed by the build and shipped in the bundle.
describe('gazetteer tables', () => {
  it('read back from their JSON form, find a body by its name, a variant and without marks', () => {
    const tables = tablesFrom(JSON.parse(JSON.stringify(tablesData())) as TablesData);
    // Keys drop "và" (a connector) and a trailing "tỉnh": nameWords / stripQualifier.
    expect(tables.index.tone.get('sở giáo dục đào tạo')?.[0]?.name).toBe('Sở Giáo dục và Đào tạo');
    expect(tables.index.fold.get('so giao duc dao tao')?.[0]?.name).toBe('Sở Giáo dục và Đào tạo');
    expect(tables.index.tone.get('sở tài chính')?.[0]?.name).toBe('Sở Tài chính');
    expect(tables.shape.firstWords.has('so')).toBe(true);
    expect(tables.shape.lastWords.has('chinh')).toBe(true);
    // "Sở Giáo dục đào tạo" has five words; "Ủy ban nhân dân …" names are longer still.
    expect(tables.shape.longest).toBeGreaterThanOrEqual(5);
  });

  it('are the ones the bundle carries, so that dist/ and the sources look names up alike', () => {
    const chunks = readdirSync('dist').filter((f) => f.endsWith('.js'));
    const found = chunks.map((f) => /PREBUILT_TABLES = ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/.exec(readFileSync(`dist/${f}`, 'utf8'))?.[1]).filter((s) => s !== undefined);
    expect(found).toHaveLength(1);
    // The bundle holds the JSON text as a JavaScript string literal (esbuild's quoting).
    const text = (0, eval)(found[0] as string) as string;
    const shipped = JSON.parse(text) as TablesData;
    expect(shipped).toEqual(JSON.parse(JSON.stringify(tablesData())));
  });

  it('serve lookups from the sources, built on first use', () => {
    expect(lookupUnit('Sở GD&ĐT tỉnh')?.name).toBe('Sở Giáo dục và Đào tạo');
  });
});
