import type { Plan } from '../model/types.js';
import type { OutlineNode } from '../outline/build.js';
import { walk } from '../outline/build.js';
import { roleOfTitle } from '../outline/roles.js';
import type { ExtractContext } from './context.js';
import { foldKey } from '../input/keys.js';
import fundingWords from '../../data/funding-words.json' with { type: 'json' };

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
  return fundingDuty(root, ctx);
}

// Words that make a sentence about money, not about a task that merely mentions it
// (data/funding-words.json), folded once here.
const FUNDING_VERBS = fundingWords.words.map(foldKey);

/**
 * Without a "KINH PHÍ" section, the plan says where the money comes from in TỔ CHỨC THỰC
 * HIỆN, as a unit's duty ("2. Sở Tài chính chủ trì, … bố trí kinh phí chi thường xuyên …"):
 * the first such part of the organization section is the funding text.
 */
function fundingDuty(root: OutlineNode, ctx: ExtractContext): Plan['funding'] {
  for (const top of root.children) {
    if (roleOfTitle(top.title) !== 'organization') continue;
    for (const n of [top, ...walk(top)]) {
      const candidates = [{ text: n.title, offset: n.para?.offset ?? 0 }, ...n.items.map((i) => ({ text: i.text, offset: i.para.offset }))];
      for (const c of candidates) {
        const f = foldKey(c.text);
        if (FUNDING_VERBS.some((v) => f.includes(v))) return { text: c.text, source: ctx.locate(c.offset) };
      }
    }
  }
  return null;
}
