import type { Element, Root, RootContent } from 'hast';
import { safeText } from '../safe-text.js';

// The page's own style and script are constants of this program, not document text.
const OWN_CODE = new Set(['style', 'script']);

/**
 * hast-util-to-html escapes every text and attribute value, so document text can never become
 * markup. What escaping leaves is text that misleads a reader: control characters and the bidi
 * overrides of "Trojan Source" (CVE-2021-42574). They are taken out here, once, for the whole
 * tree (the same rule as the terminal formats, issue 7), keeping line breaks and tabs, which
 * the quoted source lines show. An explicit stack: the tree's depth is the page's, not the input's.
 */
export function sanitizeTree(root: Root): Root {
  const stack: (Root | Element)[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value === 'string') node.properties[key] = safeText(value, { newlines: true, tabs: true });
      }
      if (OWN_CODE.has(node.tagName)) continue;
    }
    for (const child of node.children as RootContent[]) {
      if (child.type === 'text') child.value = safeText(child.value, { newlines: true, tabs: true });
      else if (child.type === 'element') stack.push(child);
    }
  }
  return root;
}
