import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse-plan.js';
import { validatePlan } from '../../src/validate/index.js';
import type { Rule, Coverage } from '../../src/validate/index.js';
import type { PlanConfig } from '../../src/config/types.js';

/** One expected finding: its message (exact, or a part of it) and where it points. */
export interface Expected {
  readonly message?: string;
  readonly messageIncludes?: string;
  readonly line: number;
  readonly column: number;
}

export interface Case {
  readonly name: string;
  /** A whole plan text, as a user would give it. */
  readonly text: string;
  readonly config?: PlanConfig;
  readonly coverage?: Coverage;
}

/**
 * ESLint's RuleTester, for plan rules (DESIGN.md §17): every valid text raises nothing of the
 * rule; every invalid one raises exactly the findings listed, each with the rule id, the
 * message and the line/column (the line of the text as written in the case).
 */
export function ruleTester(rule: Rule, cases: { valid: readonly Case[]; invalid: readonly (Case & { errors: readonly Expected[] })[] }): void {
  const run = (c: Case) => {
    const { plan, diagnostics } = parsePlan(c.text, { path: 'case.txt' });
    return validatePlan(plan, diagnostics, { lang: 'en', ruleSet: [rule], ...(c.config ? { config: c.config } : {}), ...(c.coverage ? { coverage: c.coverage } : {}) }).filter((d) => d.ruleId === rule.id);
  };
  describe(`${rule.id} (RuleTester)`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(c).map((d) => `${d.place.line}:${d.place.column} ${d.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = run(c);
        expect(found.map((d) => ({ ruleId: d.ruleId, line: d.place.line, column: d.place.column }))).toEqual(
          c.errors.map((e) => ({ ruleId: rule.id, line: e.line, column: e.column })),
        );
        c.errors.forEach((e, i) => {
          const m = found[i]?.message ?? '';
          if (e.message !== undefined) expect(m).toBe(e.message);
          if (e.messageIncludes !== undefined) expect(m).toContain(e.messageIncludes);
        });
      });
    }
  });
}

/**
 * A plan text: header, the body lines (each followed by a blank line), and an appendix task
 * table when rows are given. Body line i (0-based) is on line 8 + 2i of the text.
 */
export function planText(body: readonly string[], rows?: readonly string[], title = 'Tuyên truyền về ASEAN năm 2020'): string {
  const lines = ['Số: 12/KH-UBND', '', 'Hà Tĩnh, ngày 16 tháng 12 năm 2019', '', 'KẾ HOẠCH', title, '', ...body.flatMap((l) => [l, ''])];
  lines.push('TM. ỦY BAN NHÂN DÂN', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn A', '');
  if (rows) {
    lines.push('Phụ lục', 'CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH', '', '(Kèm theo Kế hoạch số 12/KH-UBND ngày 16/12/2019 của UBND tỉnh)', '');
    lines.push('STT\tNhiệm vụ cụ thể\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện', ...rows, '');
  }
  return lines.join('\n');
}

/** The line of the first table row in planText(body, rows): after the body, signature and appendix heading. */
export function firstRowLine(body: readonly string[]): number {
  return 8 + 2 * body.length + 7 + 5 + 1;
}
