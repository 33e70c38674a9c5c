import type { Plan } from '../model/types.js';
import type { OutlineNode } from '../outline/build.js';
import { walk } from '../outline/build.js';
import { roleOfTitle } from '../outline/roles.js';
import type { ExtractContext } from './context.js';

/** The funding text: a "KINH PHÍ" section, also when it is an item inside TỔ CHỨC THỰC HIỆN. */
export function extractFunding(root: OutlineNode, ctx: ExtractContext): Plan['funding'] {
  for (const n of walk(root)) {
    if (roleOfTitle(n.title) !== 'funding') continue;
    const body = [...n.items.map((i) => i.text), ...n.children.map((c) => `${c.number}. ${c.title}`)].join(' ').trim();
    // "2. Kinh phí thực hiện: Sở Tài chính bố trí …" carries its text on the heading line.
    const inline = n.title.includes(':') ? n.title.slice(n.title.indexOf(':') + 1).trim() : '';
    const text = [inline, body].filter(Boolean).join(' ');
    return { text: text || n.title, source: ctx.locate(n.para?.offset ?? 0) };
  }
  return null;
}
