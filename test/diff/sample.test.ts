import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../src/index.js';
import { diffPlans } from '../../src/diff/index.js';
import type { AppendixChange, HeaderChange, ResponsibilityChange } from '../../src/diff/index.js';
import { ROOT } from '../setup/cli.js';

const read = (file: string) => parsePlan(readFileSync(join(ROOT, file)), { path: file }).plan;
const SAMPLE = read('fixtures/446-KH-UBND-2019-ha-tinh.txt');
const CORRECTED = read('fixtures/446-corrected.txt');

// fixtures/446-corrected.txt differs from the sample in three lines (read with `diff`, by hand):
//   109  "5. Trung tâm Xúc tiến Đầu tư tỉnh"  →  "5. Sở Kế hoạch và Đầu tư"      (TỔ CHỨC THỰC HIỆN, IV.5)
//   152  "KÊ CHỦ TỊCH"                        →  "KT. CHỦ TỊCH"                  (signature, an OCR slip)
//   164  "(Kèm theo Kế hoạch số /KH-UBND ngày /12/2019 …)" → "… số 446/KH-UBND ngày 16/12/2019 …" (appendix reference)
describe('plan diff: the sample against its corrected copy', () => {
  const diff = diffPlans(SAMPLE, CORRECTED);

  it('gives exactly the three changes made to it', () => {
    expect(diff.changes.map((c) => c.part)).toEqual(['header', 'responsibility', 'appendix']);
    expect(diff.same).toBe(false);
  });

  it('IV.5 names Sở Kế hoạch và Đầu tư instead of Trung tâm Xúc tiến Đầu tư tỉnh, with the same four duties', () => {
    const c = diff.changes[1] as ResponsibilityChange;
    expect(c).toMatchObject({ kind: 'changed', moved: false, substantive: true, duties: null, mode: null, heading: null });
    expect(c.old).toEqual({ id: 'IV.5', line: 109, text: 'Trung tâm Xúc tiến Đầu tư tỉnh' });
    expect(c.new).toEqual({ id: 'IV.5', line: 109, text: 'Sở Kế hoạch và Đầu tư' });
    expect(c.units).toEqual({ added: ['Sở Kế hoạch và Đầu tư'], removed: ['Trung tâm Xúc tiến Đầu tư tỉnh'] });
  });

  it('the capacity line changed in print, and both read as KT. CHỦ TỊCH: not a change of substance', () => {
    const c = diff.changes[0] as HeaderChange;
    expect(c).toMatchObject({ field: 'signature.capacity', kind: 'changed', substantive: false });
    expect(c.text?.old).toBe('KÊ CHỦ TỊCH');
    expect(c.text?.new).toBe('KT. CHỦ TỊCH');
  });

  it('the appendix reference gains the number and the day', () => {
    const c = diff.changes[2] as AppendixChange;
    expect(c).toMatchObject({ kind: 'changed', substantive: true, title: null, groups: null });
    expect(c.reference?.words.filter((w) => w.op === 'added').map((w) => w.text.trim())).toEqual(['446', '16']);
    expect(c.reference?.words.filter((w) => w.op === 'removed')).toEqual([]);
  });

  it('a plan against itself has no change', () => {
    expect(diffPlans(SAMPLE, SAMPLE)).toMatchObject({ same: true, changes: [] });
  });
});
