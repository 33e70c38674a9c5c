import { describe, expect, it } from 'vitest';
import { indexTasks, pairDuties, termsOf } from '../../src/validate/pairing.js';
import { resp, task, unit } from './build-plan.js';

describe('pairing', () => {
  it('terms are folded syllables and adjacent pairs, without function words', () => {
    expect(termsOf('Chia sẻ dữ liệu của tỉnh')).toEqual(['chia', 'chia se', 'se', 'se du', 'du', 'du lieu', 'lieu', 'tinh']);
    expect(termsOf('các hoạt động thể thao')).toEqual(['hoat', 'hoat dong', 'dong', 'dong the', 'the', 'the thao', 'thao']);
  });

  it('identical text scores 1, unrelated text shares no posting', () => {
    const idx = indexTasks([task('1', 'Mở chuyên trang về ASEAN', ['A'], [], 1), task('2', 'Bố trí kinh phí', ['B'], [], 2)]);
    expect(idx.best('Mở chuyên trang về ASEAN')?.score).toBeCloseTo(1, 6);
    expect(idx.scores('Kiểm tra giám sát')).toEqual([]);
  });

  it('10,000 tasks and 2,000 duties pair in well under the time a scan would take', () => {
    // A vocabulary of 3,000 syllables drawn with a Zipf-like skew, as real text has.
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocab = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    const word = () => vocab[Math.floor(vocab.length * rnd() ** 3)] as string;
    const text = (n: number) => Array.from({ length: n }, word).join(' ');
    const tasks = Array.from({ length: 10_000 }, (_, i) => task(`${i + 1}`, `${text(12)} nhiem vu ${i}`, ['Sở X'], [], i + 1));
    const duties = Array.from({ length: 2_000 }, () => text(12));
    const start = performance.now();
    const pairs = pairDuties([resp('IV.1', 'Sở Y', [unit('Sở Y')], duties, 1)], tasks);
    const ms = performance.now() - start;
    expect(pairs).toHaveLength(2_000);
    expect(ms).toBeLessThan(10_000);
  });
});
