import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDoc } from '../../src/parse/doc/index.js';
import { InputError } from '../../src/model/errors.js';
import { renderMsg } from '../../src/i18n/index.js';

const sample = (): Uint8Array => new Uint8Array(readFileSync(new URL('../../fixtures/formats/446.doc', import.meta.url)));
const SECTOR = 512;

/** Where the WordDocument stream's directory entry and first sector are (MS-CFB). */
function locate(bytes: Uint8Array): { entry: number; start: number; fatSector: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const fatSector = view.getUint32(0x4c, true);
  // Directory entries are 128 bytes, aligned in their sectors: look for the stream's name.
  for (let at = SECTOR; at + 128 <= bytes.length; at += 128) {
    const name = String.fromCharCode(...Array.from({ length: 12 }, (_, i) => view.getUint16(at + i * 2, true)));
    if (name === 'WordDocument' && view.getUint8(at + 0x42) === 2) return { entry: at, start: view.getUint32(at + 0x74, true), fatSector };
  }
  throw new Error('no WordDocument entry');
}

describe('Word 97–2003 .doc reader (issue 16)', () => {
  it('reads the sample: paragraphs with rebuilt numbering, a table with merged cells', () => {
    const doc = readDoc(sample(), '446.doc');
    expect(doc.format).toBe('doc');
    expect(doc.text.split('\n')).toEqual(expect.arrayContaining(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'IV. TỔ CHỨC THỰC HIỆN', 'STT\tNhiệm vụ cụ thể\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện']));
    expect(renderMsg('en', doc.notes[0]!)).toMatch(/Word's automatic numbering was rebuilt for \d+ paragraphs/);
    expect(doc.index.locate(doc.text.indexOf('STT'))).toMatchObject({ kind: 'row', line: 1, column: 1 });
  });

  it('refuses a sector chain that loops instead of reading it forever', () => {
    const bytes = sample();
    const { start, fatSector } = locate(bytes);
    new DataView(bytes.buffer).setUint32((fatSector + 1) * SECTOR + start * 4, start, true);
    expect(() => readDoc(bytes, 'loop.doc')).toThrow(/damaged: the sector chain of WordDocument loops/);
  });

  it('refuses a truncated file as damaged, in one line', () => {
    expect(() => readDoc(sample().subarray(0, 3000), 'cut.doc')).toThrow(InputError);
    expect(() => readDoc(sample().subarray(0, 3000), 'cut.doc')).toThrow(/Word 97–2003 \.doc is damaged/);
  });

  it('refuses an OLE file without a WordDocument stream (an .xls)', () => {
    const bytes = sample();
    new DataView(bytes.buffer).setUint16(locate(bytes).entry, 'X'.charCodeAt(0), true);
    expect(() => readDoc(bytes, 'book.xls')).toThrow(/not a Word document \(no WordDocument stream\)/);
  });

  it('refuses a password-protected .doc, and a Word 6.0/95 one, saying what to do', () => {
    const locked = sample();
    const fib = (locate(locked).start + 1) * SECTOR;
    const view = new DataView(locked.buffer);
    view.setUint16(fib + 0x0a, view.getUint16(fib + 0x0a, true) | 0x0100, true);
    expect(() => readDoc(locked, 'locked.doc')).toThrow(/encrypted with a password/);
    const old = sample();
    new DataView(old.buffer).setUint16(fib + 2, 104, true);
    expect(() => readDoc(old, 'old.doc')).toThrow(/Word 6\.0\/95 document/);
  });
});
