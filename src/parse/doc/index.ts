import type { ReadDocument } from '../document.js';
import { InputError } from '../../model/errors.js';
import { msg } from '../../i18n/index.js';
import { createListCounters } from '../docx/numbering.js';
import { buildSyntheticDocument } from '../docx/mdast.js';
import { createDocxIndex } from '../docx/line-index.js';
import { Bytes, DamagedError } from './binary.js';
import { CompoundFile } from './cfb.js';
import { UnreadableDocError, readFib } from './fib.js';
import { readText } from './text.js';
import { ParagraphProperties } from './paragraphs.js';
import { readStyles } from './styles.js';
import { readLists } from './lists.js';
import { readDocBody } from './body.js';
import type { DocBodyContext } from './body.js';

/**
 * Reads a Word 97–2003 binary document (MS-DOC) into the shared model of a read document, the
 * way the .docx reader reads a .docx: paragraphs, tables with their cells, rows and merges,
 * and Word's automatic numbering rebuilt from the list tables. Tracked deletions and hidden
 * text are left out; footnotes, comments, headers and text boxes (stored after the main text)
 * are set aside. Positions are paragraph and table-row numbers.
 */
export function readDoc(bytes: Uint8Array, file: string | null): ReadDocument {
  try {
    const container = new CompoundFile(bytes);
    const wordStream = container.stream('WordDocument');
    if (!wordStream) throw new InputError(file, msg('input.oleNotWord'));
    const word = new Bytes(wordStream);
    const fib = readFib(word);
    const tableStream = container.stream(fib.tableStream);
    if (!tableStream) throw new DamagedError(`the ${fib.tableStream} stream is missing`);
    const table = new Bytes(tableStream);
    const { text, pieces } = readText(word, table, fib);
    const ctx: DocBodyContext = {
      pieces,
      properties: new ParagraphProperties(word, table, fib),
      styles: readStyles(table, fib),
      counters: createListCounters(readLists(table, fib)),
      numbered: 0,
    };
    const blocks = readDocBody(text.slice(0, fib.ccpText), ctx);
    const synthetic = buildSyntheticDocument(blocks);
    const notes = ctx.numbered > 0 ? [msg('parse.numberingRebuilt', { count: ctx.numbered })] : [];
    return { format: 'doc', text: synthetic.text, index: createDocxIndex(synthetic.items), tree: synthetic.tree, notes };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof UnreadableDocError) throw new InputError(file, error.msg);
    if (error instanceof DamagedError) throw new InputError(file, msg('input.docDamaged', { detail: error.message }));
    throw error;
  }
}
