import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';

// Containers that only group blocks: their children are lifted to the top level.
const TRANSPARENT = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'center']);
// Elements that are blocks of their own; anything else (text, links, emphasis …) is phrasing.
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'hr', 'figure', 'address']);

/**
 * Lifts the blocks out of the containers that only group them (body, div, section …), so the
 * document becomes a flat list of blocks under the root, and wraps the text a container holds
 * outside any block in a paragraph of its own (a div's text was its own paragraph). Done with an
 * explicit stack: hast-util-to-mdast would otherwise recurse into every container and spread
 * each container's results into its parent's (a page of 130,000 paragraphs in one div
 * overflows the call stack, issue 14).
 */
export function flattenContainers(root: HastRoot): void {
  const out: HastContent[] = [];
  let phrasing: ElementContent[] = [];
  const flush = (): void => {
    if (phrasing.some((n) => n.type !== 'text' || n.value.trim() !== '')) out.push(paragraphOf(phrasing));
    phrasing = [];
  };
  // Each entry: the children still to visit, and where the visit is.
  const stack: { children: readonly HastContent[]; at: number }[] = [{ children: root.children, at: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    if (top.at >= top.children.length) {
      stack.pop();
      flush();
      continue;
    }
    const node = top.children[top.at++] as HastContent;
    if (node.type === 'element' && TRANSPARENT.has(node.tagName)) {
      flush();
      stack.push({ children: node.children, at: 0 });
    } else if (node.type === 'element' && BLOCKS.has(node.tagName)) {
      flush();
      out.push(node);
    } else if (node.type === 'doctype' || node.type === 'comment') {
      continue;
    } else phrasing.push(node);
  }
  root.children = out;
}

function paragraphOf(children: ElementContent[]): Element {
  const first = children.find((n) => n.position)?.position;
  const last = [...children].reverse().find((n) => n.position)?.position;
  return { type: 'element', tagName: 'p', properties: {}, children, ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
}
