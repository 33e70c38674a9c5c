/**
 * Builds the small plan texts of the rules' examples: a minimal header (number, date, title),
 * then the given body lines and, when given, an appendix task table (TAB-separated cells, as
 * plans copied out of a browser are). Keeps every example a complete plan the parser reads.
 */
export interface ExampleParts {
  readonly number?: string;
  readonly title?: string;
  readonly body: readonly string[];
  readonly signature?: readonly string[];
  readonly reference?: string;
  readonly rows?: readonly string[];
}

export const TASK_HEADER = 'STT\tNhiệm vụ cụ thể\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện';

export function examplePlan(p: ExampleParts): string {
  const lines = [
    `Số: ${p.number ?? '12/KH-UBND'}`,
    '',
    'Hà Tĩnh, ngày 16 tháng 12 năm 2019',
    '',
    'KẾ HOẠCH',
    p.title ?? 'Tuyên truyền về ASEAN năm 2020',
    '',
    ...p.body.flatMap((l) => [l, '']),
    ...(p.signature ?? ['TM. ỦY BAN NHÂN DÂN', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn A']),
    '',
  ];
  if (p.rows) {
    lines.push(
      'Phụ lục',
      'CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH',
      '',
      p.reference ?? `(Kèm theo Kế hoạch số ${p.number ?? '12/KH-UBND'} ngày 16/12/2019 của UBND tỉnh)`,
      '',
      TASK_HEADER,
      ...p.rows,
      '',
    );
  }
  return lines.join('\n');
}
