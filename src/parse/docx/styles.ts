import type { Document } from '@xmldom/xmldom';
import { wAttr, wChild, wChildren, wInt, wVal } from './xml.js';

/** What the reader needs from one paragraph style of styles.xml. */
export interface ParagraphStyle {
  readonly id: string;
  readonly name: string | null;
  readonly basedOn: string | null;
  /** The style's own w:numPr, if it has one; either part may be missing. */
  readonly numId: number | null;
  readonly ilvl: number | null;
  /** 0-based outline level (w:outlineLvl), 9 meaning body text. */
  readonly outlineLvl: number | null;
}

export interface Styles {
  /** The paragraph style a paragraph without w:pStyle has (w:default="1"). */
  readonly defaultParagraph: string | null;
  readonly byId: ReadonlyMap<string, ParagraphStyle>;
  /** Numbering styles (w:type="numbering") and the w:numId each one names, for w:numStyleLink. */
  readonly numberingStyles: ReadonlyMap<string, number>;
  /** How many styles lay deeper than MAX_STYLE_CHAIN on their w:basedOn chain (and inherit nothing). */
  readonly chainsCut?: number;
}

export const NO_STYLES: Styles = { defaultParagraph: null, byId: new Map(), numberingStyles: new Map() };

// Real documents base a style on at most a few others (Normal ← Heading 1 ← a house heading:
// under 10 links in every .docx of the corpus); a chain 10 times deeper is not a document's
// style hierarchy but a hostile file (issue 14: 50,000 links). A style further than this from
// the start of its chain inherits nothing, so that no walk is longer than this.
export const MAX_STYLE_CHAIN = 100;

export function readStyles(doc: Document | null): Styles {
  const root = doc?.documentElement;
  if (!root) return NO_STYLES;
  const byId = new Map<string, ParagraphStyle>();
  const numberingStyles = new Map<string, number>();
  let defaultParagraph: string | null = null;
  for (const el of wChildren(root, 'style')) {
    const type = wAttr(el, 'type') ?? 'paragraph';
    const id = wAttr(el, 'styleId');
    if (!id) continue;
    const pPr = wChild(el, 'pPr');
    const numPr = wChild(pPr, 'numPr');
    if (type === 'numbering') {
      const numId = wInt(numPr, 'numId');
      if (numId !== null) numberingStyles.set(id, numId);
      continue;
    }
    if (type !== 'paragraph') continue;
    byId.set(id, {
      id,
      name: wVal(el, 'name'),
      basedOn: wVal(el, 'basedOn'),
      numId: wInt(numPr, 'numId'),
      ilvl: wInt(numPr, 'ilvl'),
      outlineLvl: wInt(pPr, 'outlineLvl'),
    });
    const isDefault = wAttr(el, 'default');
    if (isDefault === '1' || isDefault === 'true') defaultParagraph = id;
  }
  const chainsCut = cutDeepChains(byId);
  return { defaultParagraph, byId, numberingStyles, ...(chainsCut ? { chainsCut } : {}) };
}

/**
 * Drops w:basedOn from each style more than MAX_STYLE_CHAIN links from the start of its chain;
 * returns how many. Each style's depth is found once (a walk stops at a style already measured),
 * and a cycle ends the chain where it closes, as in `inherited`.
 */
function cutDeepChains(byId: Map<string, ParagraphStyle>): number {
  const depth = new Map<string, number>();
  for (const start of byId.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let base = -1;
    let id: string | null = start;
    while (id !== null && !onPath.has(id)) {
      const known = depth.get(id);
      if (known !== undefined) {
        base = known;
        break;
      }
      const style = byId.get(id);
      if (!style) break;
      path.push(id);
      onPath.add(id);
      id = style.basedOn;
    }
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i] as string, ++base);
  }
  let cut = 0;
  for (const [id, d] of depth) {
    const style = byId.get(id);
    if (d > MAX_STYLE_CHAIN && style) {
      byId.set(id, { ...style, basedOn: null });
      cut++;
    }
  }
  return cut;
}

// A paragraph inherits a property from the first style of its w:basedOn chain that sets it
// (ECMA-376 §17.7.2, style hierarchy); a cycle in w:basedOn, which Word would reject, ends the
// chain.

/** The numbering a style gives its paragraphs (numId and, when set, ilvl), following w:basedOn. */
export function styleNumbering(styles: Styles, styleId: string | null): { numId: number; ilvl: number | null } | null {
  return inherited(styles, styleId, 'numbering', (style) => (style.numId !== null ? { numId: style.numId, ilvl: style.ilvl } : undefined));
}

/**
 * The heading level (1-based) of a paragraph style: a built-in "heading N" style or an outline
 * level set on the style chain. Localised Word keeps the English built-in names in w:name.
 */
export function styleHeadingLevel(styles: Styles, styleId: string | null): number | null {
  return inherited(styles, styleId, 'heading', (style) => {
    const m = /^heading\s*([1-9])$/i.exec(style.name ?? '');
    if (m) return Number(m[1]);
    if (style.outlineLvl !== null) return style.outlineLvl >= 0 && style.outlineLvl < 9 ? style.outlineLvl + 1 : null;
    return undefined;
  });
}

// Per Styles object and property, the inherited value of each style already resolved: a
// paragraph looks its style up once, and a chain of 50,000 w:basedOn links is walked once in
// all, not once per paragraph (issue 14).
const resolved = new WeakMap<Styles, Map<string, Map<string, unknown>>>();

/**
 * The first value `own` finds on a style's w:basedOn chain (a value of undefined means "not set
 * here"), memoised for every style on the walked part of the chain.
 */
function inherited<T>(styles: Styles, styleId: string | null, property: string, own: (style: ParagraphStyle) => T | undefined): T | null {
  let byProperty = resolved.get(styles);
  if (!byProperty) resolved.set(styles, (byProperty = new Map<string, Map<string, unknown>>()));
  let memo = byProperty.get(property) as Map<string, T | null> | undefined;
  if (!memo) byProperty.set(property, (memo = new Map<string, T | null>()));
  const walked: string[] = [];
  let value: T | null = null;
  const seen = new Set<string>();
  let id = styleId ?? styles.defaultParagraph;
  while (id && !seen.has(id)) {
    const known = memo.get(id);
    if (known !== undefined) {
      value = known;
      break;
    }
    seen.add(id);
    walked.push(id);
    const style = styles.byId.get(id);
    if (!style) break;
    const found = own(style);
    if (found !== undefined) {
      value = found;
      break;
    }
    id = style.basedOn;
  }
  for (const w of walked) memo.set(w, value);
  return value;
}
