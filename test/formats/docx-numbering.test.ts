import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/parse/docx/index.js';
import { formatNumber } from '../../src/parse/docx/numbering.js';
import { lvl, makeDocx, p } from './make-docx.js';
import { renderMsg } from '../../src/i18n/index.js';

/** The paragraph texts of a document, in order. */
function paragraphs(bytes: Uint8Array): string[] {
  const doc = readDocx(bytes, 'test.docx');
  return doc.tree.children.map((n) => ('children' in n && n.children[0]?.type === 'text' ? n.children[0].value : `<${n.type}>`));
}

// A plan outline: I. / 1. / a), as NĐ 30 lays a plan out (domain.md §1.9).
const OUTLINE = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

describe('Word automatic numbering', () => {
  it('rebuilds I. / 1. / a) and restarts lower levels when a higher one advances', () => {
    const body = [
      p('MỤC ĐÍCH, YÊU CẦU', { numId: 1, ilvl: 0 }),
      p('Mục đích', { numId: 1, ilvl: 1 }),
      p('nâng cao nhận thức', { numId: 1, ilvl: 2 }),
      p('tạo đồng thuận', { numId: 1, ilvl: 2 }),
      p('Yêu cầu', { numId: 1, ilvl: 1 }),
      p('bám sát chủ đề', { numId: 1, ilvl: 2 }),
      p('NỘI DUNG', { numId: 1, ilvl: 0 }),
      p('Về công tác chỉ đạo', { numId: 1, ilvl: 1 }),
      p('Không đánh số'),
    ].join('');
    expect(paragraphs(makeDocx({ body, numbering: OUTLINE }))).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      'a) nâng cao nhận thức',
      'b) tạo đồng thuận',
      '2. Yêu cầu',
      'a) bám sát chủ đề',
      'II. NỘI DUNG',
      '1. Về công tác chỉ đạo',
      'Không đánh số',
    ]);
  });

  it('takes w:numPr from the paragraph style, following w:basedOn, and lets numId 0 remove it', () => {
    const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Muc"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="MucDam"><w:name w:val="Muc dam"/><w:basedOn w:val="Muc"/></w:style>`;
    const body = [
      p('MỤC TIÊU', { style: 'Muc' }),
      p('Mục tiêu chung', { numId: 1, ilvl: 1 }),
      p('NỘI DUNG', { style: 'MucDam' }),
      p('Ghi chú', { style: 'Muc', numId: 0 }),
      p('TỔ CHỨC THỰC HIỆN', { style: 'Muc' }),
    ].join('');
    expect(paragraphs(makeDocx({ body, numbering: OUTLINE, styles }))).toEqual([
      'I. MỤC TIÊU',
      '1. Mục tiêu chung',
      'II. NỘI DUNG',
      'Ghi chú',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('finds the level of a style linked to a list level (w:lvl/w:pStyle) when numPr has no ilvl', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.', '<w:pStyle w:val="Heading1"/>')}${lvl(1, 'decimal', '%2.', '<w:pStyle w:val="Heading2"/>')}</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>`;
    const styles = `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>`;
    const doc = readDocx(makeDocx({ body: p('MỤC ĐÍCH', { style: 'Heading1' }) + p('Mục đích', { style: 'Heading2' }), numbering, styles }), null);
    expect(doc.tree.children.map((n) => n.type === 'heading' && n.children[0]?.type === 'text' ? [n.depth, n.children[0].value] : null)).toEqual([
      [1, 'I. MỤC ĐÍCH'],
      [2, '1. Mục đích'],
    ]);
  });

  it('continues numbering across list instances of one definition, and restarts on a startOverride', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;
    const body = [p('a', { numId: 1, ilvl: 0 }), p('b', { numId: 2, ilvl: 0 }), p('c', { numId: 3, ilvl: 0 }), p('d', { numId: 3, ilvl: 0 }), p('e', { numId: 1, ilvl: 0 })].join('');
    expect(paragraphs(makeDocx({ body, numbering }))).toEqual(['1. a', '2. b', '5. c', '6. d', '3. e']);
  });

  it('obeys w:lvlRestart: 0 never restarts, N restarts only after level N', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'decimal', '%2.%3.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [
      p('A', { numId: 1, ilvl: 0 }),
      p('a', { numId: 1, ilvl: 1 }),
      p('x', { numId: 1, ilvl: 2 }),
      p('b', { numId: 1, ilvl: 1 }),
      p('y', { numId: 1, ilvl: 2 }),
    ].join('');
    // Level 3 never restarts, so it reads 1.1. then 2.2.; "%2.%3." shows the level above too.
    expect(paragraphs(makeDocx({ body, numbering }))).toEqual(['I. A', '1. a', '1.1. x', '2. b', '2.2. y']);
  });

  it('writes Word bullets as "- " (and a "+" bullet as "+ ")', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '')}${lvl(1, 'bullet', '+')}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [p('Triển khai', { numId: 2, ilvl: 0 }), p('chi tiết', { numId: 2, ilvl: 1 })].join('');
    expect(paragraphs(makeDocx({ body, numbering }))).toEqual(['- Triển khai', '+ chi tiết']);
  });

  it('renders what Word shows: its letters are the Latin alphabet, not the Vietnamese order', () => {
    expect([1, 4, 5, 6, 26, 27, 28].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'd', 'e', 'f', 'z', 'aa', 'bb']);
    expect([1, 4, 9, 14, 40, 1999].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
    expect(formatNumber(3, 'decimalZero')).toBe('03');
    expect(formatNumber(3, 'lowerRoman')).toBe('iii');
  });

  it('reports the rebuilt numbering in the notes', () => {
    const doc = readDocx(makeDocx({ body: p('A', { numId: 1, ilvl: 0 }) + p('B'), numbering: OUTLINE }), null);
    expect(doc.notes.map((n) => renderMsg('en', n))).toEqual(["Word's automatic numbering was rebuilt for 1 paragraph"]);
  });
});
