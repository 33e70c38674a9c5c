import type { Node } from 'mdast';

/**
 * Moves every offset of a tree by `by` characters: a tree parsed from a piece of the text is
 * made to point into the whole text. Only offsets: blocks read nothing else (blocks.ts).
 */
export function shiftOffsets(root: Node, by: number): void {
  if (by === 0) return;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node & { children?: Node[] };
    const p = node.position;
    if (p) {
      if (p.start.offset !== undefined) p.start.offset += by;
      if (p.end.offset !== undefined) p.end.offset += by;
    }
    if (node.children) for (const c of node.children) stack.push(c);
  }
}
