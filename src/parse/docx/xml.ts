import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';
import { InputError } from '../../model/errors.js';
import { msg } from '../../i18n/index.js';

// WordprocessingML in its transitional (what Word writes) and strict namespaces.
const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/**
 * Parses one XML part of a .docx. A DOCTYPE or ENTITY declaration is refused outright rather
 * than parsed: Word never writes one, and declaring entities is how "billion laughs" and
 * external-entity attacks begin (issue 6: entity expansion is not followed).
 */
export function parseXml(xml: string, file: string | null, part: string): Document {
  if (/<!\s*(?:DOCTYPE|ENTITY)/i.test(xml)) {
    throw new InputError(file, msg('input.xmlDoctype', { part }));
  }
  try {
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
  } catch (error) {
    throw new InputError(file, msg('input.xmlMalformed', { part, detail: (error as Error).message.split('\n')[0] ?? '' }));
  }
}

/** Whether a node is a WordprocessingML element with this local name. */
export function isW(node: unknown, localName: string): node is Element {
  const el = node as Element | null;
  return !!el && el.nodeType === 1 && el.localName === localName && W_NS.has(el.namespaceURI ?? '');
}

/** The element children of an element, in order. */
export function elements(parent: Element): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) out.push(n as Element);
  }
  return out;
}

/** The WordprocessingML children with a local name. */
export function wChildren(parent: Element, localName: string): Element[] {
  return elements(parent).filter((el) => isW(el, localName));
}

/** The first WordprocessingML child with a local name, or null. */
export function wChild(parent: Element | null | undefined, localName: string): Element | null {
  if (!parent) return null;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (isW(n, localName)) return n;
  }
  return null;
}

/** A w:-prefixed attribute (w:val, w:numId …), in either namespace, or null. */
export function wAttr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  for (const ns of W_NS) {
    if (el.hasAttributeNS(ns, name)) return el.getAttributeNS(ns, name);
  }
  return el.hasAttribute(`w:${name}`) ? el.getAttribute(`w:${name}`) : null;
}

/** The w:val of a child element (`<w:pStyle w:val="Heading1"/>`), or null. */
export function wVal(parent: Element | null | undefined, localName: string): string | null {
  return wAttr(wChild(parent, localName), 'val');
}

/** An integer w:val of a child element, or null. */
export function wInt(parent: Element | null | undefined, localName: string): number | null {
  const v = wVal(parent, localName);
  if (v === null) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

/**
 * A toggle property such as w:b or w:vanish: present means on unless w:val says
 * "0"/"false"/"off" (ECMA-376 §17.17.4, ST_OnOff).
 */
export function wOn(parent: Element | null | undefined, localName: string): boolean {
  const el = wChild(parent, localName);
  if (!el) return false;
  const v = wAttr(el, 'val');
  return v === null || !['0', 'false', 'off'].includes(v);
}
