/**
 * A small plan around parts written for a test: a header, the body lines given (one paragraph
 * each), a signature and the appendix lines given (as they are), so that a test reads only the
 * parts it is about.
 */
import { parsePlan, type ParseResult } from '../../src/parse-plan.js';
import type { Task } from '../../src/model/types.js';

/** [number, lead, support] of each task, units as written: who does what, as a reader checks it. */
export function taskRoles(tasks: readonly Task[]): [string, string[], string[]][] {
  return tasks.map((t) => [t.number, t.lead.map((u) => u.text), t.support.map((u) => u.text)]);
}

export function planText(body: readonly string[], appendix: readonly string[] = []): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH THỬ NGHIỆM',
    '',
    'Số: 12/KH-UBND',
    '',
    'Thử Nghiệm, ngày 05 tháng 3 năm 2026',
    '',
    'KẾ HOẠCH',
    'Thực hiện nhiệm vụ thử nghiệm năm 2026',
    '',
    ...body.flatMap((line) => [line, '']),
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn A',
    '',
    ...appendix,
    '',
  ].join('\n');
}

/** The plan read from planText(body, appendix). */
export function readPlan(body: readonly string[], appendix: readonly string[] = []): ParseResult {
  return parsePlan(planText(body, appendix), { path: 'test.txt' });
}

/** The line of planText(body) on which a body line starts (1-based), for checking positions. */
export function lineOf(body: readonly string[], line: string): number {
  const i = body.indexOf(line);
  if (i < 0) throw new Error(`no such line: ${line}`);
  return 11 + 2 * i;
}
