import { createHash } from 'node:crypto';
import { h } from 'hastscript';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { REPORT_CSS } from './style.js';
import { REPORT_SCRIPT } from './script.js';
import type { Labels } from './labels.js';
import { sanitizeTree } from './sanitize.js';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * No request of any kind: default-src 'none' covers fetch, images, fonts, frames and media;
 * the one script runs by its hash. Styles are allowed inline, attributes included (the
 * timeline places its bars with style="left:…"): a style can reach the network only through
 * url(), which the image and font sources, both 'none', refuse.
 */
export const REPORT_CSP = [
  "default-src 'none'",
  `script-src ${sha256(REPORT_SCRIPT)}`,
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface PageParts {
  readonly title: string;
  readonly labels: Labels;
  /** Links of the table of contents: [anchor, label]. */
  readonly toc: readonly (readonly [string, string])[];
  /** The plan selector's options ([anchor, label]), when there are several plans. */
  readonly plans: readonly (readonly [string, string])[];
  readonly body: readonly ElementContent[];
  readonly footer: string;
}

function controls(parts: PageParts): ElementContent[] {
  const { labels } = parts;
  const select =
    parts.plans.length > 1
      ? h('label', { hidden: true, dataNeedsScript: '' }, [
          `${labels.choosePlan} `,
          h('select#plan-select', [h('option', { value: 'all' }, labels.allPlans), ...parts.plans.map(([id, label]) => h('option', { value: id }, label))]),
        ])
      : null;
  const search = h('label', { hidden: true, dataNeedsScript: '' }, [`${labels.search} `, h('input#search', { type: 'search', placeholder: labels.searchHint, autocomplete: 'off' })]);
  return [h('h1', parts.title), select, search].filter((x): x is Element => x !== null);
}

/** The whole page: one file with its style and script inline, escaped by hast-util-to-html. */
export function renderPage(parts: PageParts): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: parts.labels.lang }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: REPORT_CSP }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: parts.labels.generator }),
          h('title', parts.title),
          h('style', REPORT_CSS),
        ]),
        h('body', [
          h('header.top', controls(parts)),
          h(
            'nav.toc',
            { 'aria-label': parts.labels.contents },
            parts.toc.map(([id, label]) => h('a', { href: `#${id}` }, label)),
          ),
          h('main', [...parts.body]),
          h('footer', parts.footer),
          h('script', REPORT_SCRIPT),
        ]),
      ]),
    ],
  };
  return `${toHtml(sanitizeTree(tree))}\n`;
}
