/** Legacy-font text saved as Unicode ("Céng hßa") is valid UTF-8 and must still be converted. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse-plan.js';
import { WINDOWS_1252 } from '../../src/input/legacy/windows-1252.js';
import { encodeTcvn3, encodeVni } from './legacy-encoders.js';

const SAMPLE = readFileSync(new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url), 'utf8');

/** What a .VnTime / VNI document looks like once its bytes are shown as Windows-1252 and saved as UTF-8. */
function asUnicode(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => WINDOWS_1252[b] ?? '').join('');
}

describe('legacy-font text saved as Unicode', () => {
  it.each([
    ['TCVN3', encodeTcvn3],
    ['VNI', encodeVni],
  ])('%s: the plan reads as from the Unicode original, with a note', (name, encode) => {
    const damaged = asUnicode(encode(SAMPLE));
    expect(damaged).not.toContain('Kế hoạch');
    const { plan, diagnostics } = parsePlan(damaged, { path: 'x.txt' });
    expect(plan.document.number).toBe('446/KH-UBND');
    expect(plan.document.date).toBe('2019-12-16');
    expect(plan.tasks).toHaveLength(17);
    expect(plan.responsibilities.map((r) => r.units[0]?.name)[2]).toBe('Sở Giáo dục và Đào tạo');
    expect(diagnostics.some((d) => d.ruleId === 'parse-input' && d.message.includes(name))).toBe(true);
  });

  it('leaves genuine Unicode alone', () => {
    const { diagnostics } = parsePlan(SAMPLE, { path: 'x.txt' });
    expect(diagnostics.some((d) => d.ruleId === 'parse-input')).toBe(false);
  });
});
