import { describe, expect, it } from 'vitest';
import { chooseFormat } from '../../src/format/output-format.js';
import { UsageError } from '../../src/model/errors.js';

describe('chooseFormat', () => {
  it('takes the requested format, with markdown and yml as synonyms', () => {
    expect(chooseFormat('csv', undefined)).toBe('csv');
    expect(chooseFormat('JSON', 'x.csv')).toBe('json');
    expect(chooseFormat('markdown', undefined)).toBe('md');
    expect(chooseFormat('yml', undefined)).toBe('yaml');
  });
  it('follows the --out extension when no format is given', () => {
    expect(chooseFormat(undefined, 'tasks.csv')).toBe('csv');
    expect(chooseFormat(undefined, 'out/tasks.YML')).toBe('yaml');
    expect(chooseFormat(undefined, 'report.md')).toBe('md');
    expect(chooseFormat(undefined, 'tasks.txt')).toBe('table');
    expect(chooseFormat(undefined, 'tasks.xlsx')).toBe('xlsx');
  });
  it('defaults to table, on a terminal and a pipe alike', () => {
    expect(chooseFormat(undefined, undefined)).toBe('table');
  });
  it('refuses an unknown format', () => {
    expect(() => chooseFormat('ods', undefined)).toThrow(UsageError);
  });
});
