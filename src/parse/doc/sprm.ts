import type { Bytes } from './binary.js';

// Property modifiers whose operand size is not given by the sprm's spra bits (MS-DOC §2.6.1).
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_T_DEF_TABLE10 = 0xd606;

/** One property modifier: its code and the offset and size of its operand. */
export interface Sprm {
  readonly code: number;
  readonly at: number;
  readonly size: number;
}

/**
 * The Prl list of a grpprl (MS-DOC §2.6): each entry a 2-byte sprm whose spra bits give the
 * operand size, 1-byte-counted for spra 6 except for the table definitions, which count with 2
 * bytes. Reading stops at the end of the list or at an operand that would run past it.
 */
export function readSprms(bytes: Bytes, start: number, end: number): Sprm[] {
  const out: Sprm[] = [];
  let at = start;
  const stop = Math.min(end, bytes.length);
  while (at + 2 <= stop) {
    const code = bytes.u16(at);
    at += 2;
    let size: number;
    switch (code >> 13) {
      case 0:
      case 1:
        size = 1;
        break;
      case 2:
      case 4:
      case 5:
        size = 2;
        break;
      case 3:
        size = 4;
        break;
      case 7:
        size = 3;
        break;
      default:
        if (at >= stop) return out;
        if (code === SPRM_T_DEF_TABLE || code === SPRM_T_DEF_TABLE10) {
          if (at + 2 > stop) return out;
          size = bytes.u16(at) + 1;
        } else size = bytes.u8(at) + 1;
    }
    if (at + size > stop) return out;
    out.push({ code, at, size });
    at += size;
  }
  return out;
}
