import type { Bytes } from './binary.js';
import type { Fib } from './fib.js';
import { applySprms } from './paragraphs.js';

// MS-DOC §2.9.271 STD: a paragraph style has stk 1 and its first UPX holds paragraph properties.
const STK_PARAGRAPH = 1;
// istdBase 0x0FFF means "based on no style".
const NO_BASE = 0x0fff;
// The built-in heading styles have sti 1–9 (MS-DOC §2.9.267, "Heading 1" … "Heading 9").
const STI_HEADING_FIRST = 1;
const STI_HEADING_LAST = 9;

/** What a paragraph style gives the paragraphs that use it. */
export interface DocStyle {
  readonly base: number | null;
  readonly ilfo: number | null;
  readonly ilvl: number | null;
  /** 1-based heading level of a built-in heading style or of an outline level, or null. */
  readonly heading: number | null;
}

/** Reads the paragraph styles of the style sheet (STSH, MS-DOC §2.9.273). */
export function readStyles(table: Bytes, fib: Fib): Map<number, DocStyle> {
  const out = new Map<number, DocStyle>();
  const { fc, lcb } = fib.table('stshf');
  if (lcb < 4) return out;
  const stsh = table.slice(fc, lcb, 'the style sheet');
  const cbStshi = stsh.u16(0);
  const count = stsh.u16(2);
  const cbStdBase = stsh.u16(4);
  let at = 2 + cbStshi;
  for (let istd = 0; istd < count && at + 2 <= stsh.length; istd++) {
    const cbStd = stsh.u16(at);
    const std = at + 2;
    at = std + cbStd;
    if (cbStd === 0 || at > stsh.length) continue;
    const sti = stsh.u16(std) & 0x0fff;
    const stk = stsh.u16(std + 2) & 0x000f;
    const base = stsh.u16(std + 2) >> 4;
    if (stk !== STK_PARAGRAPH) continue;
    // The name: a 2-byte count of UTF-16 characters and a terminating zero (Xstz).
    const nameAt = std + cbStdBase;
    if (nameAt + 2 > at) continue;
    let upx = nameAt + 2 + (stsh.u16(nameAt) + 1) * 2;
    if ((upx - std) % 2) upx++;
    if (upx + 2 > at) continue;
    const cbUpx = stsh.u16(upx);
    // UpxPapx: the style's own istd, then its paragraph modifiers.
    const props = cbUpx >= 2 && upx + 2 + cbUpx <= at ? applySprms(stsh, upx + 4, upx + 2 + cbUpx) : {};
    const outline = props.outline ?? null;
    const heading = sti >= STI_HEADING_FIRST && sti <= STI_HEADING_LAST ? sti : outline !== null && outline < 9 ? outline + 1 : null;
    out.set(istd, { base: base === NO_BASE ? null : base, ilfo: props.ilfo ?? null, ilvl: props.ilvl ?? null, heading });
  }
  return out;
}

/**
 * The list a style gives its paragraphs and its heading level, following istdBase (a style
 * inherits what it does not set itself); a cycle in the chain ends it.
 */
export function styleProps(styles: ReadonlyMap<number, DocStyle>, istd: number): { ilfo: number | null; ilvl: number | null; heading: number | null } {
  let ilfo: number | null = null;
  let ilvl: number | null = null;
  let heading: number | null = null;
  const seen = new Set<number>();
  for (let id: number | null = istd; id !== null && !seen.has(id); ) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) break;
    ilfo ??= style.ilfo;
    ilvl ??= style.ilvl;
    heading ??= style.heading;
    id = style.base;
  }
  return { ilfo, ilvl, heading };
}
