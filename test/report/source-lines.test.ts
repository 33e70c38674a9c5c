import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../src/index.js';
import { ROOT } from '../setup/cli.js';

// A report quotes the lines findings point to: keepLines returns them, numbered as Source places are.
const PLAN = ['Số: 12/KH-UBND', '', 'KẾ HOẠCH', 'Thử nghiệm', '', 'I. MỤC ĐÍCH', '', '1. Mục đích', '- Nâng cao nhận thức.'];

describe('parsePlan keepLines', () => {
  it('gives no lines unless asked', () => {
    expect(parsePlan(PLAN.join('\n')).lines).toBeUndefined();
  });

  it('numbers the lines of a text file as its Source places, with CRLF and NFD text', () => {
    const nfd = PLAN.map((l) => l.normalize('NFD')).join('\r\n');
    const { plan, lines } = parsePlan(nfd, { keepLines: true });
    expect(lines?.length).toBe(PLAN.length);
    expect(lines?.[0]).toEqual({ kind: 'line', line: 1, text: 'Số: 12/KH-UBND' });
    // the outline's section I was read on line 6: the line of that number is its heading
    const section = plan.outline[0];
    expect(section?.source.line).toBe(6);
    expect(lines?.find((l) => l.line === section?.source.line)?.text).toBe('I. MỤC ĐÍCH');
  });

  it('numbers the paragraphs and rows of a .docx as its places do', () => {
    const bytes = readFileSync(join(ROOT, 'fixtures/formats/446.docx'));
    const { plan, lines } = parsePlan(bytes, { path: '446.docx', keepLines: true });
    const task = plan.tasks.find((t) => t.id === 'II.1');
    expect(task?.source.kind).toBe('row');
    const row = lines?.find((l) => l.kind === task?.source.kind && l.line === task?.source.line);
    expect(row?.text).toContain('Xuất bản các ấn phẩm tuyên truyền, giới thiệu về tiềm năng');
    expect(row?.text).toContain('Sở Kế hoạch và Đầu tư');
    // paragraphs and rows are numbered apart: one row, and only one, carries the number
    expect(lines?.filter((l) => l.kind === 'row' && l.line === task?.source.line)).toHaveLength(1);
  });
});
