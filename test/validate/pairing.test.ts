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

  it('pairs through the index on a large plan: each duty finds the task it copies', () => {
    // Speed is measured by `npm run bench`; here only that the indexed search stays right at size.
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocab = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    const word = () => vocab[Math.floor(vocab.length * rnd() ** 3)] as string;
    const text = (n: number) => Array.from({ length: n }, word).join(' ');
    const tasks = Array.from({ length: 5_000 }, (_, i) => task(`${i + 1}`, `${text(12)} nhiem vu ${i}`, ['Sở X'], [], i + 1));
    const picked = [17, 2_500, 4_999];
    const duties = picked.map((i) => tasks[i]?.description ?? '');
    const pairs = pairDuties([resp('IV.1', 'Sở Y', [unit('Sở Y')], duties, 1)], tasks);
    expect(pairs.map((p) => p.best?.id)).toEqual(picked.map((i) => `${i + 1}`));
    expect(pairs.every((p) => p.paired)).toBe(true);
  });

  it('a generic duty that fits several tasks about equally pairs with none of them', () => {
    const tasks = [
      task('1', 'Triển khai các nhiệm vụ phát triển kinh tế số trong nông nghiệp', ['Sở A'], [], 1),
      task('2', 'Triển khai các nhiệm vụ phát triển kinh tế số trong du lịch', ['Sở B'], [], 2),
    ];
    const [generic] = pairDuties([resp('IV.1', 'Sở C', [unit('Sở C')], ['Chủ trì triển khai các nhiệm vụ phát triển kinh tế số của Kế hoạch'], 1)], tasks);
    expect(generic?.score).toBeGreaterThanOrEqual(0.38);
    expect(generic?.runnerUp).toBeGreaterThan((generic?.score ?? 0) / 1.8);
    expect(generic?.paired).toBe(false);
    const [specific] = pairDuties([resp('IV.1', 'Sở C', [unit('Sở C')], ['Triển khai các nhiệm vụ phát triển kinh tế số trong du lịch'], 1)], tasks);
    expect(specific?.best?.id).toBe('2');
    expect(specific?.paired).toBe(true);
  });
});
