import { Bytes, DamagedError } from './binary.js';
import { msg, renderMsg, type Msg } from '../../i18n/index.js';

// MS-DOC §2.5.1: the FIB starts the WordDocument stream with this identifier.
const WORD_IDENT = 0xa5ec;
// nFib of Word 97 and later (MS-DOC §2.5.15: 0x00C1 and up); Word 6.0/95 wrote 101–105.
const WORD97_NFIB = 0xc1;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
const F_OBFUSCATED = 0x8000;

/** Positions of the FibRgFcLcb97 pairs this reader uses (MS-DOC §2.5.6, in field order). */
const FC_LCB = { stshf: 1, plcfBteChpx: 12, plcfBtePapx: 13, clx: 33, plfLst: 73, plfLfo: 74 } as const;
export type FibTable = keyof typeof FC_LCB;

export interface Fib {
  /** "1Table" or "0Table": the stream that holds the tables the FIB points into. */
  readonly tableStream: string;
  /** Characters of the main document (ccpText); footnotes, headers, comments follow it. */
  readonly ccpText: number;
  /** Offset and size in the table stream of one of the structures this reader uses. */
  table(name: FibTable): { readonly fc: number; readonly lcb: number };
}

/** Refusals a user can act on: what the file is, and what to do with it. */
export class UnreadableDocError extends Error {
  override readonly name = 'UnreadableDocError';
  constructor(readonly msg: Msg) {
    super(renderMsg('en', msg));
  }
}

/** Reads the File Information Block at the start of the WordDocument stream (MS-DOC §2.5). */
export function readFib(word: Bytes): Fib {
  if (word.u16(0, 'the FIB') !== WORD_IDENT) throw new DamagedError('the WordDocument stream does not start with a Word FIB');
  const nFib = word.u16(2, 'the FIB');
  const flags = word.u16(0x0a, 'the FIB');
  if (nFib < WORD97_NFIB) throw new UnreadableDocError(msg('input.docWord95'));
  if (flags & F_ENCRYPTED) {
    throw new UnreadableDocError(msg(flags & F_OBFUSCATED ? 'input.docObfuscated' : 'input.docEncrypted'));
  }
  // The FIB's parts are counted by the file (csw, cslw, cbRgFcLcb): read their sizes instead of
  // assuming Word 97's, so that later versions' longer FIBs are read at the right offsets.
  const csw = word.u16(0x20, 'the FIB');
  const rgLw = 0x22 + csw * 2 + 2;
  const cslw = word.u16(rgLw - 2, 'the FIB');
  const cbRgFcLcbAt = rgLw + cslw * 4;
  const cbRgFcLcb = word.u16(cbRgFcLcbAt, 'the FIB');
  const rgFcLcb = cbRgFcLcbAt + 2;
  return {
    tableStream: flags & F_WHICH_TABLE ? '1Table' : '0Table',
    ccpText: word.i32(rgLw + 12, 'the FIB'),
    table(name) {
      const index = FC_LCB[name];
      if (index >= cbRgFcLcb) return { fc: 0, lcb: 0 };
      return { fc: word.u32(rgFcLcb + index * 8, 'the FIB'), lcb: word.u32(rgFcLcb + index * 8 + 4, 'the FIB') };
    },
  };
}
