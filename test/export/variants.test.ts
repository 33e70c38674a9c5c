/** The same model from CRLF, BOM and NFD copies of the sample; positions still point into each copy. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse-plan.js';
import type { Plan } from '../../src/model/types.js';

const text = readFileSync(new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url), 'utf8');
const base = parsePlan(text, { path: 'x' }).plan;

function withoutSource(p: Plan): unknown {
  return JSON.parse(JSON.stringify({ ...p, source: null }, (k, v: unknown) => (k === 'source' || k.endsWith('Source') || k === 'dutySources' ? undefined : v)));
}

describe('text variants give one model', () => {
  it.each([
    ['CRLF line ends', text.replace(/\n/g, '\r\n')],
    ['a UTF-8 BOM', `\uFEFF${text}`],
    ['NFD (decomposed) text', text.normalize('NFD')],
    ['all three at once', `\uFEFF${text.normalize('NFD').replace(/\n/g, '\r\n')}`],
  ])('%s', (_what, variant) => {
    const { plan } = parsePlan(variant, { path: 'x' });
    expect(withoutSource(plan)).toEqual(withoutSource(base));
  });

  it('positions in an NFD copy count the decomposed characters of the original line', () => {
    const nfd = text.normalize('NFD');
    const { plan } = parsePlan(nfd, { path: 'x' });
    const t = plan.tasks.find((x) => x.id === 'II.4');
    // Line 177: "4\tMở chuyên trang … kiện trọng điểm\tBáo Hà Tĩnh; …": the lead cell starts after the
    // second TAB, and in NFD every marked letter before it takes more than one code unit.
    const line = nfd.split('\n')[176] ?? '';
    const expected = line.indexOf('\t', line.indexOf('\t') + 1) + 2;
    expect(t?.leadSource).toEqual({ kind: 'line', line: 177, column: expected });
    expect(expected).toBeGreaterThan((text.split('\n')[176] ?? '').indexOf('\tBáo') + 2);
  });

  it('positions in a CRLF copy keep their lines', () => {
    const { plan } = parsePlan(text.replace(/\n/g, '\r\n'), { path: 'x' });
    expect(plan.responsibilities[4]?.source).toEqual({ kind: 'line', line: 109, column: 1 });
  });
});
