import type { OutlineNode } from '../outline/build.js';
import { textOf } from '../outline/build.js';

/** A statement under a section: a bullet, a paragraph, or a lettered / numbered sub-point. */
export interface Statement {
  readonly id: string;
  readonly text: string;
  readonly offset: number;
}

/**
 * The statements a section makes, in order: its bullets (a "+" under a "-" is part of it),
 * its prose when it has no bullets, and each sub-section as one statement (title and all) —
 * those `keep` accepts (a responsibility's sub-parts of other units are not its duties).
 */
export function statementsOf(n: OutlineNode, keep: (child: OutlineNode) => boolean = () => true): Statement[] {
  const out: Statement[] = [];
  const bullets = n.items.some((i) => i.kind !== 'text');
  let k = 0;
  for (const item of n.items) {
    if (bullets && item.kind === 'text') continue;
    if (item.kind === 'plus' && out.length && n.items.some((i) => i.kind === 'dash')) {
      const last = out[out.length - 1] as Statement;
      out[out.length - 1] = { ...last, text: `${last.text} ${item.text}` };
      continue;
    }
    k++;
    out.push({ id: `${n.id}.${k}`, text: item.text, offset: item.para.offset });
  }
  for (const c of n.children) if (keep(c)) out.push({ id: c.id, text: textOf(c), offset: c.para?.offset ?? 0 });
  return out;
}
