import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The library entry: it registers the .docx, HTML and Markdown readers.
import { parsePlan, readPlan } from '../../src/index.js';
import type { Plan } from '../../src/model/types.js';

// Issue 6: every format of a plan gives the same model as its text.

const read = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));

/** The model without its positions, which differ by format (lines, paragraphs, rows). */
function withoutPlaces(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPlaces);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !/source(s)?$/i.test(key))
        .map(([key, v]) => [key, withoutPlaces(v)]),
    );
  }
  return value;
}

const ids = (sections: Plan['outline']): string[] => sections.flatMap((s) => [s.id, ...ids(s.children)]);
const oneLine = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/g, ' ').trim());

describe('every format yields the model of the text (fixtures/formats)', () => {
  const text = parsePlan(read('446-KH-UBND-2019-ha-tinh.txt'), { path: '446.txt' }).plan;
  // Issue 16: the copies LibreOffice made (scripts/make-format-fixtures.mjs --office) are read
  // like the others: a PDF exported from the .docx, the .docx saved again, and a .doc.
  const formats = [
    ['markdown', 'formats/446.md'],
    ['html', 'formats/446.html'],
    ['docx', 'formats/446.docx'],
    ['docx', 'formats/446-libreoffice.docx'],
    ['doc', 'formats/446.doc'],
    ['pdf', 'formats/446.pdf'],
  ] as const;

  it('the text itself reads as the sample says (hand-checked)', () => {
    expect(text.document.number).toBe('446/KH-UBND');
    expect(text.document.date).toBe('2019-12-16');
    expect(text.document.place).toBe('Hà Tĩnh');
    expect(ids(text.outline ?? []).filter((id) => !id.includes('.'))).toEqual(['I', 'II', 'III', 'IV']);
    expect(text.responsibilities).toHaveLength(7);
    expect(text.tasks.filter((t) => t.origin === 'appendix')).toHaveLength(17);
  });

  for (const [format, file] of formats) {
    describe(file, async () => {
      // readPlan: a PDF is read asynchronously (pdf.js), every other format too through it.
      const { plan } = await readPlan(read(file), { path: file });

      it('is detected as its format', () => {
        expect(plan.source.format).toBe(format);
      });

      it('has the same header', () => {
        const pick = (p: Plan | null) => ({
          number: p?.document.number,
          type: p?.document.type,
          typeName: p?.document.typeName,
          place: p?.document.place,
          date: p?.document.date,
          title: oneLine(p?.document.title ?? null),
        });
        expect(pick(plan)).toEqual(pick(text));
      });

      it('has the issuer of its header table', () => {
        // The text copy lost its issuer (it drifted to the end of the file); the other formats
        // carry the header table, whose left cell is the issuer.
        // model.md: the issuer is written in sentence case, "Ủy ban nhân dân tỉnh Hà Tĩnh".
        expect(oneLine(plan.document.issuer ?? null)).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh');
      });

      it('has the same outline ids', () => {
        expect(ids(plan.outline ?? [])).toEqual(ids(text.outline ?? []));
      });

      it('has the same responsibilities', () => {
        expect(withoutPlaces(plan.responsibilities)).toEqual(withoutPlaces(text.responsibilities));
      });

      it('has the same tasks', () => {
        expect(withoutPlaces(plan.tasks)).toEqual(withoutPlaces(text.tasks));
      });
    });
  }
});
