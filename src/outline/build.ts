import type { Para, Part, TablePart } from './paras.js';
import { uniqueId } from '../model/unique-id.js';
import { RANK, rankOf, titleAfter, type Marker } from './lexer.js';
import { isLabelLine, opensDelegation } from './labels.js';

/** A bullet or a paragraph of prose under a section. */
export interface Item {
  readonly kind: 'dash' | 'plus' | 'star' | 'text';
  readonly text: string;
  readonly para: Para;
}

/** A numbered section of the body, with what is written under it. */
export interface OutlineNode {
  /** "IV.5", or "" for the root. */
  readonly id: string;
  readonly number: string;
  readonly marker: Marker | null;
  /** The heading text after the marker. */
  readonly title: string;
  readonly para: Para | null;
  readonly items: Item[];
  readonly tables: TablePart[];
  readonly children: OutlineNode[];
  readonly parent: OutlineNode | null;
}

const BULLETS = new Set(['dash', 'plus', 'star']);

/**
 * Nests the body's paragraphs by the rank of their markers (Phần → A. → I. → 1. → 1.1. →
 * a)); bullets and prose become items of the innermost open section. Prose that follows a
 * run of bullets at the end of a section belongs to the enclosing section (a closing request
 * such as "Yêu cầu các cơ quan … báo cáo …" is not the last unit's duty).
 */
export function buildOutline(body: readonly Part[]): OutlineNode {
  const root = node(null, null, null);
  const stack: OutlineNode[] = [root];
  // Kept beside the tree so that no step re-reads a growing list: the sections that hold a
  // bullet, and the ids of each section's children.
  const withBullets = new Set<OutlineNode>();
  const childIds = new Map<OutlineNode, Set<string>>();
  for (const part of body) {
    const top = stack[stack.length - 1] ?? root;
    if (part.kind === 'table') {
      top.tables.push(part);
      continue;
    }
    const m = part.marker;
    if (m && !BULLETS.has(m.kind)) {
      const rank = rankOf(m);
      while (stack.length > 1) {
        const last = stack[stack.length - 1];
        if (last?.marker && rankOf(last.marker) >= rank) stack.pop();
        else break;
      }
      const parent = stack[stack.length - 1] ?? root;
      let ids = childIds.get(parent);
      if (!ids) childIds.set(parent, (ids = new Set()));
      const child = withUniqueId(node(part, m, parent), ids);
      ids.add(child.id);
      parent.children.push(child);
      stack.push(child);
      continue;
    }
    const kind = m ? (m.kind as Item['kind']) : 'text';
    const text = m ? titleAfter(part.text, m) : part.text;
    let owner = top;
    // "Đơn vị chủ trì: …" or "Giao Sở Tư pháp chủ trì …" after a run of bullets assigns those
    // bullets: it stays in their section.
    if (kind === 'text' && withBullets.has(top) && top.parent && !isLabelLine(text) && !opensDelegation(text)) owner = closingOwner(top);
    owner.items.push({ kind, text, para: part });
    if (kind !== 'text') withBullets.add(owner);
  }
  return root;
}

/**
 * A number written twice under one parent ("IV." twice, a slip kept in real files) keeps both
 * sections; the second gets "~2" so that ids stay unique and stable.
 */
function withUniqueId(child: OutlineNode, siblings: ReadonlySet<string>): OutlineNode {
  const id = uniqueId(child.id, siblings);
  return id === child.id ? child : { ...child, id };
}

function closingOwner(n: OutlineNode): OutlineNode {
  let cur = n;
  while (cur.parent && cur.parent.parent) cur = cur.parent;
  return cur;
}

function node(para: Para | null, marker: Marker | null, parent: OutlineNode | null): OutlineNode {
  const number = marker?.number ?? '';
  return {
    id: parent && marker ? idOf(parent, marker) : '',
    number,
    marker,
    title: para && marker ? titleAfter(para.text, marker) : '',
    para,
    items: [],
    tables: [],
    children: [],
    parent,
  };
}

/** "IV" + "5" → "IV.5"; a decimal number already spells its parents ("1.2" under "I.1" → "I.1.2"). */
function idOf(parent: OutlineNode, m: Marker): string {
  if (m.kind === 'decimal') {
    let anchor: OutlineNode | null = parent;
    while (anchor && anchor.marker && rankOf(anchor.marker) >= RANK.arabic) anchor = anchor.parent;
    return anchor?.id ? `${anchor.id}.${m.number}` : m.number;
  }
  return parent.id ? `${parent.id}.${m.number}` : m.number;
}

/** Every node under a root, depth first, in document order. */
export function* walk(n: OutlineNode): Generator<OutlineNode> {
  for (const c of n.children) {
    yield c;
    yield* walk(c);
  }
}

/** The whole text under a node: its title, items and descendants. */
export function textOf(n: OutlineNode): string {
  const parts = [n.title, ...n.items.map((i) => i.text), ...n.children.map(textOf)];
  return parts.filter(Boolean).join(' ');
}
