import type { Bytes } from './binary.js';
import type { Fib } from './fib.js';
import type { Level, Numbering } from '../docx/numbering.js';
import { NO_NUMBERING, clampStart } from '../docx/numbering.js';

// MS-DOC §2.9.150 LSTF and §2.9.131 LFO sizes; LVLF is §2.9.149.
const LSTF_SIZE = 28;
const LFO_SIZE = 16;
const LVLF_SIZE = 28;
const LEVELS = 9;
// Word allows at most 9 levels and a list text of 9 placeholders; a longer xst is damage.
const MAX_XST = 255;
// MS-DOC §2.9.172 MSONFC, the number formats, named as WordprocessingML names them.
const NFC: Readonly<Record<number, string>> = { 0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 5: 'ordinal', 22: 'decimalZero', 23: 'bullet', 255: 'none' };
const FOLLOW: readonly Level['suff'][] = ['tab', 'space', 'nothing'];

/**
 * Reads the list definitions (PlfLst) and list instances (PlfLfo) of a .doc into the shape the
 * .docx reader's counters use: a list definition is an abstract numbering keyed by its lsid, an
 * LFO is a num (ilfo, 1-based, is the numId), and an LFO's start overrides restart it.
 */
export function readLists(table: Bytes, fib: Fib): Numbering {
  const lst = fib.table('plfLst');
  const lfo = fib.table('plfLfo');
  if (lst.lcb < 2 || lfo.lcb < 4) return NO_NUMBERING;
  const abstracts = new Map<number, Map<number, Level>>();
  const count = table.i16(lst.fc, 'the list table');
  let at = lst.fc + 2 + Math.max(0, count) * LSTF_SIZE;
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const lstf = lst.fc + 2 + i * LSTF_SIZE;
    const lsid = table.i32(lstf, 'the list table');
    const simple = (table.u8(lstf + 26, 'the list table') & 1) === 1;
    const levels = new Map<number, Level>();
    for (let l = 0; l < (simple ? 1 : LEVELS); l++) {
      const read = readLevel(table, at, l);
      levels.set(l, read.level);
      at = read.end;
    }
    abstracts.set(lsid, levels);
    ids.push(lsid);
  }
  const nums = new Map<number, { abstractNumId: number; levels: Map<number, Level>; startOverrides: Map<number, number> }>();
  const lfoCount = table.i32(lfo.fc, 'the list override table');
  let data = lfo.fc + 4 + Math.max(0, lfoCount) * LFO_SIZE;
  for (let i = 0; i < lfoCount; i++) {
    const entry = lfo.fc + 4 + i * LFO_SIZE;
    const lsid = table.i32(entry, 'the list override table');
    const overrides = table.u8(entry + 12, 'the list override table');
    const levels = new Map<number, Level>();
    const startOverrides = new Map<number, number>();
    data += 4; // LFOData.cp
    for (let k = 0; k < overrides; k++) {
      const start = table.i32(data, 'the list override table');
      const flags = table.u32(data + 4, 'the list override table');
      data += 8;
      const ilvl = flags & 0x0f;
      if (flags & 0x10) startOverrides.set(ilvl, clampStart(start));
      if (flags & 0x20) {
        const read = readLevel(table, data, ilvl);
        levels.set(ilvl, read.level);
        data = read.end;
      }
    }
    nums.set(i + 1, { abstractNumId: lsid, levels, startOverrides });
  }
  return { abstracts, nums };
}

/** One LVL: LVLF, its paragraph and character modifiers, then the number text (xst). */
function readLevel(table: Bytes, at: number, ilvl: number): { level: Level; end: number } {
  const start = table.i32(at, 'a list level');
  const nfc = table.u8(at + 4, 'a list level');
  const flags = table.u8(at + 5, 'a list level');
  const placeholders = new Set<number>();
  for (let i = 0; i < LEVELS; i++) {
    const x = table.u8(at + 6 + i, 'a list level');
    if (x > 0) placeholders.add(x);
  }
  const follow = table.u8(at + 15, 'a list level');
  const cbChpx = table.u8(at + 24, 'a list level');
  const cbPapx = table.u8(at + 25, 'a list level');
  const restartLimit = table.u8(at + 26, 'a list level');
  const xst = at + LVLF_SIZE + cbPapx + cbChpx;
  const cch = Math.min(MAX_XST, table.u16(xst, 'a list level'));
  let lvlText = '';
  for (let i = 0; i < cch; i++) {
    const c = table.u16(xst + 2 + i * 2, 'a list level');
    // A placeholder is a character whose value is a level (0–8) at a position rgbxchNums names.
    lvlText += placeholders.has(i + 1) && c < LEVELS ? `%${c + 1}` : String.fromCharCode(c);
  }
  const numFmt = NFC[nfc] ?? 'decimal';
  return {
    level: {
      ilvl,
      start: clampStart(start),
      numFmt,
      lvlText: numFmt === 'none' ? null : lvlText,
      // fNoRestart (bit 3): the level restarts only after ilvlRestartLim; else after any higher level.
      lvlRestart: flags & 0x08 ? restartLimit : null,
      isLgl: (flags & 0x04) !== 0,
      suff: FOLLOW[follow] ?? 'tab',
      pStyle: null,
    },
    end: xst + 2 + table.u16(xst, 'a list level') * 2,
  };
}
