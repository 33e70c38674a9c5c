/**
 * plain-blocks.ts reads plain text without remark (issue 19). Where it answers, its tree must
 * give the blocks remark's tree gives (blocks.ts reads both); where the text holds more than it
 * makes, it must leave the text to remark. Checked on every text file of the repository, on
 * texts a reader knows the blocks of, and on generated texts (fixed seed; PLAIN_BLOCKS_RUNS and
 * PLAIN_BLOCKS_SEED go further).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { plainTree } from '../../src/parse/plain-blocks.js';
import { toBlocks, type Block } from '../../src/parse/blocks.js';
import type { ReadDocument } from '../../src/parse/document.js';
import { defuseMarkdown } from '../../src/parse/defuse.js';

const remark = unified().use(remarkParse);

function blocksOf(text: string, tree: Root): Block[] {
  return toBlocks({ format: 'text', text, tree, notes: [] } as unknown as ReadDocument);
}

/** The lines of each block, as text: what a reader checks. */
function lineTexts(blocks: readonly Block[]): string[][] {
  return blocks.map((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : ['<table>']));
}

function expectSameAsRemark(text: string): boolean {
  const tree = plainTree(text);
  if (!tree) return false;
  expect(blocksOf(text, tree), JSON.stringify(text)).toEqual(blocksOf(text, remark.parse(text)));
  return true;
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...textFiles(file));
    else if (/\.(?:txt|md)$/.test(name)) out.push(file);
  }
  return out;
}

describe('plain text without remark', () => {
  it('gives the blocks remark gives on every text file of the repository it reads', () => {
    // Lines with a TAB are kept out of the text the reader parses (tab-tables.ts).
    const prose = (file: string) => defuseMarkdown(readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split('\n').filter((l) => !l.includes('\t')).join('\n'));
    const read = textFiles('fixtures').filter((file) => expectSameAsRemark(prose(file)));
    expect(read).toContain(path.join('fixtures', '446-KH-UBND-2019-ha-tinh.txt'));
    expect(read.length).toBeGreaterThan(2);
  });

  it('reads items, paragraphs, lazy lines and a rule under a line as a reader of CommonMark does', () => {
    const text = [
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      '',
      '1. Sở Y tế chủ trì, phối hợp với',
      'các đơn vị liên quan.',
      '- Hướng dẫn các cơ sở;',
      '2. Sở Giáo dục và Đào tạo',
      '',
      'Kế hoạch thực hiện trong năm',
      '2020. Năm bản lề',
    ].join('\n');
    const blocks = blocksOf(text, plainTree(text) as Root);
    // The rule makes the line above it a heading; a bullet and "2." after a paragraph start items;
    // "2020." cannot start a list inside a paragraph (only "1." can), so it goes on with it.
    expect(blocks.map((b) => (b.kind === 'text' ? b.heading : null))).toEqual([true, false, false, false, false]);
    expect(lineTexts(blocks)).toEqual([
      ['Độc lập - Tự do - Hạnh phúc'],
      ['1. Sở Y tế chủ trì, phối hợp với', 'các đơn vị liên quan.'],
      ['- Hướng dẫn các cơ sở;'],
      ['2. Sở Giáo dục và Đào tạo'],
      ['Kế hoạch thực hiện trong năm', '2020. Năm bản lề'],
    ]);
    expectSameAsRemark(text);
  });

  it('drops the marks of an emphasis and the brackets of an autolink, as remark does', () => {
    const text = '- Chủ đề: "*Gắn kết và Chủ động thích ứng*".\n- Trang tại địa chỉ <https://www.example.vn/a_b> và Sở TT&TT.';
    expect(lineTexts(blocksOf(text, plainTree(text) as Root))).toEqual([['- Chủ đề: "Gắn kết và Chủ động thích ứng".'], ['- Trang tại địa chỉ https://www.example.vn/a_b và Sở TT&TT.']]);
    expectSameAsRemark(text);
  });

  it('gives the blocks remark gives where a line breaks hard, a run stands alone, or a span starts or ends a line', () => {
    const texts = [
      'b  \n**đậm** x',
      'a  \n<https://a.vn> b',
      '*Hà Tĩnh, ngày 16 tháng 12 năm 2019*',
      'một *hai\nba* bốn',
      'Trọng tâm*: an toàn',
      'snake_case_name và x_y',
      '- Ký: ____\n- (*) ghi chú',
      '1. *Sở Y tế*\n   chủ trì',
      'Số: 446/KH-UBND\n*Hà Tĩnh*',
      'a *b*\n*c* d',
      '- ***',
      '  - ***\n  - x',
      '1. - - -\n2. y',
    ];
    let read = 0;
    for (const text of texts) if (expectSameAsRemark(text)) read++;
    expect(read).toBeGreaterThan(texts.length / 2);
  });

  it('leaves to remark what it does not make: entities, escapes, code, tags, links, headings, quotes, indented code, empty items', () => {
    for (const text of ['Sở KH&amp;CN', 'a \\* b', 'mã `x`', 'a <b>c</b>', '[a](b)', '# Tiêu đề', '> trích', 'Đoạn\n\n    mã', '1. a\n2.\n3. b', 'a *b* *c*', '\tcột']) expect(plainTree(text), text).toBeNull();
  });

  it('gives the blocks remark gives on generated texts', () => {
    const line = fc.tuple(
      fc.constantFrom('', ' ', '  ', '   ', '    ', '      '),
      fc.constantFrom('', '- ', '+ ', '* ', '1. ', '2) ', '10. ', '2019. ', 'a) ', '1.1. ', '- 1. ', '-  ', '-     ', '---', '- - -', '===', '***', '___', '  - ', 'I. '),
      fc.constantFrom('', 'Sở Y tế', 'các đơn vị liên quan.', '*Gắn kết*', 'a *b* c', '**đậm** x', 'x _y_ z', 'TT&TT', '<https://a.vn>', 'a < 5', 'Ký: ____', '(*) ghi chú', 'b  ', 'nbsp\u00a0', '\fTrang 2', '[1] văn bản', 'x\ty'),
    );
    const texts = fc.array(line.map(([indent, marker, words]) => indent + marker + words), { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));
    const runs = Number(process.env.PLAIN_BLOCKS_RUNS ?? 3000);
    const seed = Number(process.env.PLAIN_BLOCKS_SEED ?? 19);
    let read = 0;
    fc.assert(
      fc.property(texts, (text) => {
        if (expectSameAsRemark(text)) read++;
      }),
      { numRuns: runs, seed },
    );
    // The generator makes texts of both kinds.
    expect(read).toBeGreaterThan(runs / 10);
    expect(read).toBeLessThan(runs);
  });
});
