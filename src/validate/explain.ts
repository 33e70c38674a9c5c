import type { Pairing, PairingOptions } from './pairing.js';
import { DEFAULT_PAIRING } from './pairing.js';
import { quote } from '../i18n/index.js';

/** `--explain`: every duty ↔ task pairing with its score, so a person can see why. */
export function renderPairings(path: string, pairings: readonly Pairing[], options: PairingOptions = DEFAULT_PAIRING): string {
  const lines = [`${path}: duty ↔ task pairings (same work when score ≥ ${options.threshold.toFixed(2)})`];
  if (pairings.length === 0) lines.push('  (no duties in TỔ CHỨC THỰC HIỆN)');
  for (const p of pairings) {
    const duty = `${p.responsibility.id} duty ${p.dutyIndex + 1}`;
    const task = p.best ? `task ${p.best.id}` : '(no task)';
    lines.push(
      `  ${duty.padEnd(16)} ↔ ${task.padEnd(12)} ${p.score.toFixed(2)}  ${p.paired ? 'paired' : p.score >= options.threshold ? `not distinct (next task ${p.runnerUp.toFixed(2)})` : 'below threshold'}`,
      `      duty: ${quote(p.duty, 90)}`,
    );
    if (p.best) lines.push(`      task: ${quote(p.best.description, 90)}`);
  }
  return `${lines.join('\n')}\n`;
}
