import type { ChalkInstance } from 'chalk';
import type { PlanDiff } from '../diff/types.js';
import { toJson } from './data.js';
import { diffBlocks, diffSummary, documentLine, type Line, type Span } from './diff-report.js';
import { safeText } from './safe-text.js';
import { DEFAULT_LANG, t, type Lang } from '../i18n/index.js';

export const DIFF_FORMATS = ['text', 'json', 'md'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/**
 * `plan diff` output: a terminal view (colour from the chalk passed in), the JSON change list, or
 * Markdown; the report's own words in `lang`.
 */
export function formatDiff(diff: PlanDiff, format: DiffFormat, chalk: ChalkInstance, lang: Lang = DEFAULT_LANG): string {
  if (format === 'json') return toJson(diff);
  return format === 'md' ? markdownDiff(diff, lang) : textDiff(diff, chalk, lang);
}

function textDiff(diff: PlanDiff, chalk: ChalkInstance, lang: Lang): string {
  const color = chalk.level > 0;
  const span = (s: Span): string => {
    const t = safeText(s.text);
    switch (s.style) {
      case 'added':
        return color ? chalk.green(t) : `{+${t}+}`;
      case 'removed':
        return color ? chalk.red.strikethrough(t) : `[-${t}-]`;
      case 'added-item':
        return chalk.green(t);
      case 'removed-item':
        return chalk.red(t);
      case 'label':
        return chalk.bold(t);
      case 'note':
        return chalk.dim(t);
      case 'plain':
        return t;
    }
  };
  const line = (l: Line): string => l.map(span).join('');
  const sign = { '+': chalk.green('+'), '-': chalk.red('-'), '~': chalk.yellow('~') };
  const out = [chalk.red(`--- ${safeText(documentLine(diff.old, lang))}`), chalk.green(`+++ ${safeText(documentLine(diff.new, lang))}`)];
  for (const block of diffBlocks(diff, lang)) {
    out.push('', chalk.bold.underline(block.heading));
    for (const e of block.entries) {
      out.push(`  ${sign[e.sign]} ${line(e.head)}`);
      for (const d of e.details) out.push(`      ${line(d)}`);
    }
  }
  out.push('', diffSummary(diff, lang));
  return `${out.join('\n')}\n`;
}

// A list item cannot start with a bare + or - (it would open a nested list): the sign is a word.
const SIGN_WORD = { '+': 'diff.md.added', '-': 'diff.md.removed', '~': 'diff.md.changed' } as const;

/** Markdown: a heading per part, a list item per change; word diffs as ~~removed~~ and **added**. */
function markdownDiff(diff: PlanDiff, lang: Lang): string {
  const span = (s: Span): string => {
    const t = mdInline(s.text);
    switch (s.style) {
      case 'added':
      case 'added-item':
        return emphasise(t, '**');
      case 'removed':
      case 'removed-item':
        return emphasise(t, '~~');
      case 'label':
      case 'plain':
        return t;
      case 'note':
        return emphasise(t, '_');
    }
  };
  const line = (l: Line): string => l.map(span).join('');
  const out = [
    `# plan diff`,
    '',
    `- ${t(lang, 'diff.md.old')}: ${mdInline(documentLine(diff.old, lang))}`,
    `- ${t(lang, 'diff.md.new')}: ${mdInline(documentLine(diff.new, lang))}`,
  ];
  for (const block of diffBlocks(diff, lang)) {
    out.push('', `## ${block.heading}`, '');
    for (const e of block.entries) {
      out.push(`- _${t(lang, SIGN_WORD[e.sign])}_ ${line(e.head)}`);
      for (const d of e.details) out.push(`  - ${line(d)}`);
    }
  }
  out.push('', mdInline(diffSummary(diff, lang)));
  return `${out.join('\n')}\n`;
}

/** Emphasis must hug its text (CommonMark flanking rules): spaces go outside the markers. */
function emphasise(text: string, mark: string): string {
  const m = /^(\s*)(.*?)(\s*)$/su.exec(text);
  if (!m || m[2] === '') return text;
  return `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
}

/** Document text inline: no HTML, no accidental emphasis or links (CommonMark backslash escapes). */
function mdInline(text: string): string {
  return safeText(text).replace(/[\\`*_~[\]<>#|]/g, (c) => `\\${c}`);
}
