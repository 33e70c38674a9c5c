import type { Pairing, PairingOptions } from './pairing.js';
import { DEFAULT_PAIRING } from './pairing.js';
import { DEFAULT_LANG, formatNumber, t, type Lang } from '../i18n/index.js';

/** `--explain`: every duty ↔ task pairing with its score, so a person can see why; the tool's words in `lang`. */
export function renderPairings(path: string, pairings: readonly Pairing[], options: PairingOptions = DEFAULT_PAIRING, lang: Lang = DEFAULT_LANG): string {
  const lines = [t(lang, 'explain.title', { path, threshold: options.threshold })];
  if (pairings.length === 0) lines.push(`  ${t(lang, 'explain.none')}`);
  for (const p of pairings) {
    const duty = t(lang, 'explain.duty', { id: p.responsibility.id, n: p.dutyIndex + 1 });
    const task = p.best ? t(lang, 'explain.task', { id: p.best.id }) : t(lang, 'explain.noTask');
    const verdict = p.paired
      ? t(lang, 'explain.paired')
      : p.score >= options.threshold
        ? t(lang, 'explain.notDistinct', { score: p.runnerUp })
        : t(lang, 'explain.belowThreshold');
    lines.push(`  ${duty.padEnd(16)} ↔ ${task.padEnd(16)} ${formatNumber(p.score, lang, 2)}  ${verdict}`, `      ${t(lang, 'explain.dutyText', { text: p.duty })}`);
    if (p.best) lines.push(`      ${t(lang, 'explain.taskText', { text: p.best.description })}`);
  }
  return `${lines.join('\n')}\n`;
}
