import type { Document, Element } from '@xmldom/xmldom';
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
}

export const NO_STYLES: Styles = { defaultParagraph: null, byId: new Map(), numberingStyles: new Map() };

export function readStyles(doc: Document | null): Styles {
  const root = doc?.documentElement;
  if (!root) return NO_STYLES;
  const byId = new Map<string, ParagraphStyle>();
  const numberingStyles = new Map<string, number>();
  let defaultParagraph: string | null = null;
  for (const el of wChildren(root as Element, 'style')) {
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
  return { defaultParagraph, byId, numberingStyles };
}

/**
 * The style and the styles it is based on, nearest first. A paragraph inherits a property from
 * the first style in this chain that sets it (ECMA-376 §17.7.2, style hierarchy); a cycle in
 * w:basedOn, which Word would reject, ends the chain.
 */
export function styleChain(styles: Styles, styleId: string | null): ParagraphStyle[] {
  const chain: ParagraphStyle[] = [];
  const seen = new Set<string>();
  let id = styleId ?? styles.defaultParagraph;
  while (id && !seen.has(id)) {
    seen.add(id);
    const style = styles.byId.get(id);
    if (!style) break;
    chain.push(style);
    id = style.basedOn;
  }
  return chain;
}

/** The numbering a style gives its paragraphs (numId and, when set, ilvl), following w:basedOn. */
export function styleNumbering(styles: Styles, styleId: string | null): { numId: number; ilvl: number | null } | null {
  for (const style of styleChain(styles, styleId)) {
    if (style.numId !== null) return { numId: style.numId, ilvl: style.ilvl };
  }
  return null;
}

/**
 * The heading level (1-based) of a paragraph style: a built-in "heading N" style or an outline
 * level set on the style chain. Localised Word keeps the English built-in names in w:name.
 */
export function styleHeadingLevel(styles: Styles, styleId: string | null): number | null {
  for (const style of styleChain(styles, styleId)) {
    const m = /^heading\s*([1-9])$/i.exec(style.name ?? '');
    if (m) return Number(m[1]);
    if (style.outlineLvl !== null) return style.outlineLvl >= 0 && style.outlineLvl < 9 ? style.outlineLvl + 1 : null;
  }
  return null;
}
