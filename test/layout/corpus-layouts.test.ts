/**
 * Every corpus plan in text, laid out again the ways real files lay plans out (layout 0: one
 * line per paragraph; hard wraps at 80 columns, with and without blank lines), reads the same:
 * number, date, signer, sections, appendix tasks with their lead units, responsibilities.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import type { Plan, Section } from '../../src/model/types.js';
import { withoutBlankLines, wrap } from './read.js';

const ROOT = new URL('../../fixtures/corpus/', import.meta.url);
const plans = readdirSync(ROOT)
  .filter((d) => statSync(new URL(d, ROOT)).isDirectory())
  .flatMap((d) => readdirSync(new URL(`${d}/`, ROOT)).filter((f) => f === 'input.txt').map((f) => [d, readFileSync(new URL(`${d}/${f}`, ROOT), 'utf8')] as const));

function ids(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => [s.id, ...ids(s.children)]);
}

function keyOf(p: Plan): unknown {
  return {
    number: p.document.number,
    date: p.document.date,
    signer: p.document.signature?.signer ?? null,
    title: p.document.signature?.title ?? null,
    sections: ids(p.outline),
    tasks: p.tasks.filter((t) => t.origin === 'appendix').map((t) => `${t.id}: ${t.lead.map((u) => u.name).join(' + ')}`),
    responsibilities: p.responsibilities.map((r) => r.id),
  };
}

describe('corpus plans laid out again read the same', () => {
  it('has text plans to lay out', () => {
    expect(plans.length).toBeGreaterThanOrEqual(9);
  });

  it.each(plans)('%s', (name, text) => {
    const base = keyOf(parsePlan(text, { path: `${name}.txt` }).plan);
    for (const variant of [withoutBlankLines(text), wrap(text, 80), withoutBlankLines(wrap(text, 80))]) {
      expect(keyOf(parsePlan(variant, { path: `${name}.txt` }).plan)).toEqual(base);
    }
  }, 60_000);
});
