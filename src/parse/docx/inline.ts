import type { Element } from '@xmldom/xmldom';
import { elements, isW, wAttr, wChild, wOn } from './xml.js';

// Inline wrappers whose runs are text a reader sees: links, smart tags, tracked insertions and
// moves, simple fields (their result), custom XML and content controls.
const WRAPPERS = new Set(['hyperlink', 'smartTag', 'ins', 'moveTo', 'fldSimple', 'customXml']);
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const WPS_TEXT_BOX = 'txbxContent';

/**
 * The visible text of a paragraph: runs in order, without tracked deletions (w:del, w:moveFrom),
 * hidden runs, field codes (w:instrText), comment and footnote references. An explicit stack:
 * a hostile file nests w:hyperlink and w:sdt ten thousand deep (issue 14).
 */
export function inlineText(parent: Element): string {
  let s = '';
  const stack: Element[] = elements(parent).reverse();
  while (stack.length) {
    const el = stack.pop() as Element;
    if (isW(el, 'r')) s += runText(el);
    else if (isWrapper(el)) stack.push(...elements(el).reverse());
    else if (isW(el, 'sdt')) {
      const content = wChild(el, 'sdtContent');
      if (content) stack.push(...elements(content).reverse());
    }
  }
  return s;
}

function isWrapper(el: Element): boolean {
  return WRAPPERS.has(el.localName ?? '') && isW(el, el.localName ?? '');
}

function isMc(el: Element, localName: string): boolean {
  return el.namespaceURI === MC_NS && el.localName === localName;
}

function runText(r: Element): string {
  if (wOn(wChild(r, 'rPr'), 'vanish')) return '';
  let s = '';
  for (const el of elements(r)) {
    if (isW(el, 't')) s += el.textContent ?? '';
    else if (isW(el, 'tab')) s += '\t';
    else if (isW(el, 'br')) {
      const type = wAttr(el, 'type');
      if (type !== 'page' && type !== 'column') s += '\n';
    } else if (isW(el, 'cr')) s += '\n';
    else if (isW(el, 'noBreakHyphen')) s += '-';
  }
  return s;
}

/**
 * The text boxes anchored in a paragraph (w:txbxContent inside a drawing or a VML shape), read
 * as paragraphs of their own after it rather than run into its text. Of an mc:AlternateContent
 * only the first choice is read: its fallback repeats the same box for older readers.
 */
export function textBoxes(p: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = elements(p).reverse();
  while (stack.length) {
    const el = stack.pop() as Element;
    if (isMc(el, 'AlternateContent')) {
      const choice = elements(el).find((c) => isMc(c, 'Choice'));
      if (choice) stack.push(choice);
    } else if (isW(el, WPS_TEXT_BOX)) out.push(el);
    else stack.push(...elements(el).reverse());
  }
  return out;
}
