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
}

export const NO_STYLES: Styles = { defaultParagraph: null, byId: new Map(), numberingStyles: new Map() };

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
  return { defaultParagraph, byId, numberingStyles };
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
