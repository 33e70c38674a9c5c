import type { UnitRef } from '../model/types.js';
import type { Para } from '../outline/paras.js';
import { splitUnits } from '../units/split.js';
import type { ExtractContext } from './context.js';
import { msg } from '../i18n/index.js';

/** Where a character of a piece of text is in the file: index in the piece → offset in the normalised text. */
export type Place = (index: number) => number;

/** A piece of text that starts at `offset` and runs on one line (a table cell, a line's tail). */
export function placeAt(offset: number): Place {
  return (index) => offset + index;
}

/**
 * A piece of a paragraph's joined text (a heading's title, a bullet, a label's value): the
 * paragraph joins its lines with single spaces, so an index is mapped by counting words to the
 * word it falls in and taking that word's offset in its own line.
 */
export function placeInPara(para: Para, piece: string): Place {
  const base = Math.max(0, para.text.indexOf(piece));
  return (index) => {
    const wordsBefore = para.text.slice(0, base + index).match(/\S+(?=\s)/gu)?.length ?? 0;
    let seen = 0;
    for (const line of para.lines) {
      for (const m of line.text.matchAll(/\S+/gu)) {
        if (seen === wordsBefore) return line.offset + m.index;
        seen += 1;
      }
    }
    return para.offset;
  };
}

/**
 * The units a piece of text names (a lead or support cell, the value of "Cơ quan chủ trì:", a
 * part's heading): the one reader for the appendix, the body-task and the organization
 * extractors (issue 12). A name read with a repair ("Công TTĐT" → "Cổng TTĐT", "Sở Sở" → "Sở")
 * is reported where it is written.
 */
export function readUnitRefs(text: string, place: Place | null, ctx: ExtractContext): UnitRef[] {
  return splitUnits(text).map((u) => {
    if (u.repaired && place) {
      ctx.report({
        ruleId: 'repair-unit-name',
        message: msg('parse.unitOcr', { written: u.repaired.from, read: u.repaired.to }),
        offset: place(u.start),
        expected: u.repaired.to,
        actual: u.repaired.from,
      });
    }
    return { text: u.text, name: u.name, collective: u.collective, person: u.person, role: u.role };
  });
}
