/**
 * Issue 14: random nesting, counters and spans fed to the .docx and HTML readers never throw
 * anything but an InputError, and never make output out of proportion to the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/parse/docx/index.js';
import { DEFAULT_ZIP_LIMITS } from '../../src/parse/docx/zip-directory.js';
import { readHtml } from '../../src/parse/html.js';
import { normaliseText } from '../../src/input/line-index.js';
import { InputError } from '../../src/model/errors.js';
import { makeDocx, p } from './make-docx.js';

const RUNS = Number(process.env['ROBUSTNESS_RUNS'] ?? 60);
// Any number a file can write, including hostile ones.
const anyNumber = fc.oneof(fc.integer({ min: -5, max: 70 }), fc.constantFrom(32_767, 32_768, 100_000_000, 2 ** 31 - 1, 2 ** 53));

/** A random WordprocessingML body: paragraphs, tables with spans and merges, sdt and links. */
const docxBody = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: fc.string({ maxLength: 8 }), numId: fc.option(fc.integer({ min: 0, max: 3 })), ilvl: fc.option(anyNumber) }).map(({ text, numId, ilvl }) =>
      p(text, { ...(numId !== null ? { numId } : {}), ...(ilvl !== null ? { ilvl } : {}) }),
    ),
    fc.tuple(fc.array(fc.array(fc.tuple(tie('block'), anyNumber, fc.constantFrom('', 'restart', 'continue')), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), anyNumber).map(
      ([rows, before]) =>
        `<w:tbl>${rows
          .map((cells) => `<w:tr><w:trPr><w:gridBefore w:val="${before}"/></w:trPr>${cells.map(([content, span, merge]) => `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/>${merge ? `<w:vMerge w:val="${merge}"/>` : ''}</w:tcPr>${content}<w:p/></w:tc>`).join('')}</w:tr>`)
          .join('')}</w:tbl>`,
    ),
    tie('block').map((inner) => `<w:sdt><w:sdtContent>${inner}</w:sdtContent></w:sdt>`),
    fc.string({ maxLength: 5 }).map((t) => `<w:p><w:hyperlink><w:sdt><w:sdtContent><w:r><w:t>${t.replace(/[<&]/g, '')}</w:t></w:r></w:sdtContent></w:sdt></w:hyperlink></w:p>`),
  ),
})).block;

const numbering = fc.tuple(anyNumber, anyNumber, fc.constantFrom('decimal', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'bullet', 'none')).map(
  ([start, override, fmt]) =>
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${override}"/></w:lvlOverride></w:num>`,
);

describe('readers under random nesting, counters and spans (issue 14)', () => {
  it('.docx: a result or an InputError, and text in proportion to the input', () => {
    fc.assert(
      fc.property(fc.array(docxBody, { minLength: 1, maxLength: 4 }), numbering, (blocks, num) => {
        const body = blocks.join('');
        try {
          const doc = readDocx(makeDocx({ body, numbering: num }), 'random.docx');
          // Each paragraph may gain a marker (at most a few hundred characters: counters are
          // capped) and each cell a TAB.
          expect(doc.text.length).toBeLessThanOrEqual(body.length * 40 + 1_000);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('HTML: nesting and spans never throw', () => {
    const cell = fc.tuple(fc.constantFrom('td', 'th'), anyNumber, anyNumber, fc.string({ maxLength: 6 }));
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }).map(
      (rows) => `<table>${rows.map((r) => `<tr>${r.map(([tag, cs, rs, t]) => `<${tag} colspan="${cs}" rowspan="${rs}">${t.replace(/[<&]/g, '')}</${tag}>`).join('')}</tr>`).join('')}</table>`,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.array(table, { maxLength: 3 }), (depth, tables) => {
        const source = `<html><body>${'<div>'.repeat(depth)}${tables.join('<p>Số: 1/KH</p>')}${'</div>'.repeat(depth)}</body></html>`;
        const { text, index } = normaliseText(source);
        expect(() => readHtml(text, index)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('.docx XML size limit (issue 14, item 5)', () => {
  it('refuses XML parts that would inflate past the limit, before unpacking them', () => {
    const big = p('x'.repeat(1_000));
    const bytes = makeDocx({ body: big.repeat(200) });
    expect(() => readDocx(bytes, 'big.docx', { ...DEFAULT_ZIP_LIMITS, maxXml: 100_000 })).toThrow(/would inflate to 0\.2 MB of XML; more than 0\.1 MB is refused before unpacking/);
    expect(DEFAULT_ZIP_LIMITS.maxXml).toBe(32 * 1024 * 1024);
  });
});
