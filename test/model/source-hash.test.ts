/**
 * Plan.source.sha256 is computed when it is first read (issue 19: `plan tasks` never shows it,
 * and a cold start paid for node:crypto). Whoever reads it must still see the SHA-256 of the
 * bytes that were read, as a plain property: in JSON, in a spread and in a structured clone
 * (the worker threads of --jobs send plans that way).
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse-plan.js';

const TEXT = ['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'Số: 12/KH-UBND', 'KẾ HOẠCH', 'Thử nghiệm', 'I. MỤC ĐÍCH', '1. Mục đích một.', ''].join('\n');
// `printf '%s\n' <the six lines> | sha256sum`, computed outside the program.
const SHA256_OF_TEXT = '43f964a2725361f1f79ed36b6ada49662506b75cba008730c5274fdc0575131d';

describe('the SHA-256 of the source', () => {
  const { plan } = parsePlan(new TextEncoder().encode(TEXT), { path: 'kh.txt' });

  it('is the hash of the bytes read', () => {
    expect(plan.source.sha256).toBe(SHA256_OF_TEXT);
  });

  it('is a property like the others, in its place: JSON, spread, structured clone', () => {
    expect(Object.keys(plan.source)).toEqual(['path', 'format', 'sha256']);
    expect(JSON.parse(JSON.stringify(plan.source))).toEqual({ path: 'kh.txt', format: 'text', sha256: SHA256_OF_TEXT });
    expect({ ...plan.source }.sha256).toBe(SHA256_OF_TEXT);
    expect(structuredClone(plan.source)).toEqual({ path: 'kh.txt', format: 'text', sha256: SHA256_OF_TEXT });
  });

  it('is read from a string as from its UTF-8 bytes', () => {
    expect(parsePlan(TEXT, { path: 'kh.txt' }).plan.source.sha256).toBe(SHA256_OF_TEXT);
  });
});
