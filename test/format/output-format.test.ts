import { renderMsg } from '../../src/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { chooseFormat, OUTPUT_FORMATS, type OutputFormat } from '../../src/format/output-format.js';
import { UsageError } from '../../src/model/errors.js';

const tasks = (requested: string | undefined, out: string | undefined): ReturnType<typeof chooseFormat> =>
  chooseFormat({ requested, out, command: 'tasks', writes: OUTPUT_FORMATS });
const exportAs = (requested: string | undefined, out: string | undefined): ReturnType<typeof chooseFormat> =>
  chooseFormat({ requested, out, command: 'export', writes: ['json', 'yaml'] as OutputFormat[] });

describe('chooseFormat: one --out extension rule for every command (issue 20)', () => {
  it('takes the requested format, with markdown and yml as synonyms', () => {
    expect(tasks('csv', undefined)).toEqual({ format: 'csv', warning: null });
    expect(tasks('markdown', undefined).format).toBe('md');
    expect(tasks('yml', undefined).format).toBe('yaml');
    expect(tasks('JSON', 'x.json')).toEqual({ format: 'json', warning: null });
  });

  it('follows a known --out extension when no format is given', () => {
    expect(tasks(undefined, 'tasks.csv').format).toBe('csv');
    expect(tasks(undefined, 'out/tasks.YML').format).toBe('yaml');
    expect(tasks(undefined, 'report.md').format).toBe('md');
    expect(tasks(undefined, 'report.markdown').format).toBe('md');
    expect(tasks(undefined, 'tasks.txt').format).toBe('table');
    expect(exportAs(undefined, 'plan.yaml').format).toBe('yaml');
  });

  it("defaults to the command's first format with no --out, --out -, or a name without an extension", () => {
    expect(tasks(undefined, undefined).format).toBe('table');
    expect(tasks(undefined, '-').format).toBe('table');
    expect(tasks(undefined, 'tasks').format).toBe('table');
    expect(exportAs(undefined, 'model').format).toBe('json');
  });

  it('refuses an unknown extension without --format, naming the formats the command writes', () => {
    for (const out of ['tasks.pdf', 'tasks.html', 'tasks.tsv']) {
      expect(() => tasks(undefined, out)).toThrow(`--out ${out}: the extension ${out.slice(5)} names no format tasks writes; name one with --format (table, json, yaml, csv, md, xlsx) or end the name in .txt, .json, .yaml, .yml, .csv, .md, .markdown, .xlsx`);
    }
    expect(() => exportAs(undefined, 'x.bin')).toThrow('name one with --format (json, yaml) or end the name in .json, .yaml, .yml');
  });

  it('refuses a known extension whose format the command does not write', () => {
    expect(() => exportAs(undefined, 'x.csv')).toThrow('--out x.csv: export does not write csv; it writes json, yaml (name one with --format)');
    expect(() => exportAs('md', undefined)).toThrow('--format md: export does not write md; it writes json, yaml');
  });

  it('writes an explicit --format into any name, warning when the extension says another format', () => {
    expect(tasks('json', 'tasks.pdf')).toEqual({ format: 'json', warning: null });
    const csv = tasks('csv', 'tasks.json');
    expect(csv.format).toBe('csv');
    expect(csv.warning && renderMsg('en', csv.warning)).toBe('--format csv writes csv into tasks.json, whose extension .json says json');
    expect(renderMsg('en', exportAs('yaml', 'x.json').warning ?? { id: 'none' })).toBe('--format yaml writes yaml into x.json, whose extension .json says json');
    expect(tasks('yml', 'x.yaml').warning).toBeNull();
  });

  it('refuses an unknown format', () => {
    expect(() => tasks('ods', undefined)).toThrow(UsageError);
    expect(() => tasks('ods', undefined)).toThrow('unknown --format "ods"; tasks writes table, json, yaml, csv, md, xlsx');
  });
});
