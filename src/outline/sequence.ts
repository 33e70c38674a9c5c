import { follows, readingsOf, type Ordinal } from '../model/numbering.js';
import { RANK, rankOf, type Marker } from './lexer.js';

const BULLETS = new Set(['dash', 'plus', 'star']);

/**
 * The numbering seen so far, level by level: which number would come next at each open level.
 * A number "fits" where it is the next one at an open level or the first of a new level; that
 * is how a number that starts an item is told from a figure a line happens to start with.
 */
export class NumberingState {
  // rank → the last marker seen at that rank (a decimal's ancestors are noted too).
  private readonly open = new Map<number, Marker>();

  /** Whether the marker (or, for "C." / "I.", one of its readings) continues the numbering. */
  fits(m: Marker): boolean {
    return this.resolve(m) !== null;
  }

  /** The reading of a marker that continues the numbering, or null when none does. */
  resolve(m: Marker): Marker | null {
    if (BULLETS.has(m.kind)) return m;
    if (this.fitsOne(m)) return m;
    if (m.alt && this.fitsOne(m.alt)) return m.alt;
    return null;
  }

  /**
   * The reading to keep for a marker that starts an item: the one that fits, or, when neither
   * does, the one that continues a level already open (its siblings decide), else the first.
   */
  choose(m: Marker): Marker {
    const fit = this.resolve(m);
    if (fit) return fit;
    if (m.alt && !this.open.has(rankOf(m)) && this.open.has(rankOf(m.alt))) return m.alt;
    return m;
  }

  /** Records an item's number: its level is now open, deeper levels close. */
  note(m: Marker): void {
    if (BULLETS.has(m.kind)) {
      this.closeBelow(rankOf(m));
      this.open.set(rankOf(m), m);
      return;
    }
    const r = rankOf(m);
    this.closeBelow(r);
    this.open.set(r, m);
    if (m.kind === 'decimal') {
      // "3.5" implies its parents "3." (rank 3) and, for "3.5.2", "3.5" (rank 4).
      const parts = m.number.split('.');
      for (let d = 1; d < parts.length; d++) {
        const number = parts.slice(0, d).join('.');
        const kind = d === 1 ? 'arabic' : 'decimal';
        const rank = rankOf({ kind, depth: d });
        if (this.open.get(rank)?.number !== number) this.open.set(rank, { kind, number, depth: d, length: 0, value: Number(parts[d - 1]) });
      }
    }
  }

  /** A copy to try numbers on without changing this one. */
  clone(): NumberingState {
    const copy = new NumberingState();
    for (const [k, v] of this.open) copy.open.set(k, v);
    return copy;
  }

  /** Forgets every level (a new document part starts its numbering again). */
  reset(): void {
    this.open.clear();
  }

  /** Whether any numbered level is open (a section has started). */
  hasSection(): boolean {
    for (const r of this.open.keys()) if (r <= RANK.arabic) return true;
    return false;
  }

  private closeBelow(rank: number): void {
    for (const k of [...this.open.keys()]) if (k > rank) this.open.delete(k);
  }

  private fitsOne(m: Marker): boolean {
    const r = rankOf(m);
    if (m.kind === 'decimal') return this.fitsDecimal(m, r);
    const last = this.open.get(r);
    if (last) return follows(ordinal(last), ordinal(m));
    return m.value === 1;
  }

  /**
   * Decimal numbers are checked on their whole path: "4.1" fits after "4." or "4.x", and after
   * "3.5" when "4" is the next number of the level above (a new parent the plan did not write).
   */
  private fitsDecimal(m: Marker, r: number): boolean {
    const parts = m.number.split('.');
    const prefix = parts.slice(0, -1).join('.');
    const last = this.open.get(r);
    if (last?.kind === 'decimal' && last.number.split('.').slice(0, -1).join('.') === prefix) return m.value === last.value + 1;
    if (m.value !== 1) return false;
    const parent = this.open.get(r - 1);
    if (!parent) return true;
    if (parent.number === prefix) return true;
    // The parent level goes on by one: "4.1" after "3.x".
    const parentParts = parent.number.split('.');
    const prefixParts = prefix.split('.');
    return (
      parentParts.length === prefixParts.length &&
      parentParts.slice(0, -1).join('.') === prefixParts.slice(0, -1).join('.') &&
      Number(prefixParts[prefixParts.length - 1]) === Number(parentParts[parentParts.length - 1]) + 1
    );
  }
}

function ordinal(m: Marker): Ordinal {
  const kind = m.kind === 'letter' ? 'letter' : m.kind === 'upper' ? 'upper' : m.kind === 'roman' ? 'roman' : 'arabic';
  const reading = readingsOf(m.number).find((o) => o.kind === kind);
  return reading ?? { kind, prefix: '', value: m.value };
}
