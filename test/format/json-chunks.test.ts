import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonArrayWriter, jsonChunks, toJson, toJsonLine } from '../../src/format/data.js';
import { parsePlan } from '../../src/parse-plan.js';

const joined = (data: unknown, size?: number, depth?: number) => [...jsonChunks(data, size, depth)].join('');

describe('jsonChunks writes exactly what toJson writes, in pieces', () => {
  it('for the sample plan, at every depth and piece size', () => {
    const { plan } = parsePlan(readFileSync(new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url)), { path: 'x' });
    for (const depth of [0, 1, 3, 8]) for (const size of [1, 100, 1 << 16]) expect(joined(plan, size, depth)).toBe(toJson(plan));
  });

  it('for empty containers, undefined fields, holes and control characters', () => {
    const data = { a: [], b: {}, c: undefined, d: [1, undefined, { e: '\u009b[31m' }], f: null, g: 'x\u202ey' };
    expect(joined(data, 1)).toBe(toJson(data));
  });

  it('for any JSON value (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 4 }), (v, size, depth) => joined(v, size, depth) === toJson(v)));
  });
});

describe('jsonArrayWriter writes toJson of an array, an element at a time (issue 19)', () => {
  const written = (items: readonly unknown[]): string => {
    const w = jsonArrayWriter();
    return `${items.map((x) => w.item(x)).join('')}${w.end()}`;
  };

  it('for no element, one, and several with nested values and control characters', () => {
    for (const items of [[], [{ a: 1 }], [{ a: [1, { b: '\u009b[31m' }] }, 'x\u202ey', null, [], {}]]) expect(written(items)).toBe(toJson(items));
  });

  it('for any array of JSON values (property)', () => {
    fc.assert(fc.property(fc.array(fc.jsonValue()), (items) => written(items) === toJson(items)));
  });
});

describe('toJsonLine', () => {
  it('is one line, read back as the value, with what a terminal could act on escaped', () => {
    const data = { a: 'line\nbreak', b: '\u009b[31m', c: [1, 2] };
    const line = toJsonLine(data);
    expect(line).not.toMatch(/[\n\u009b]/);
    expect(JSON.parse(line)).toEqual(data);
  });
});
