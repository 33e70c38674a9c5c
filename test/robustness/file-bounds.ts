import { expect } from 'vitest';
import { decodeBytes } from '../../src/input/decode.js';
import '../../src/input/legacy/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

/** The lines of a file as the user's editor shows them: decoded, split at CRLF, LF or CR. */
export function fileLines(bytes: Uint8Array): string[] {
  return decodeBytes(bytes, null).text.split(/\r\n|\n|\r/);
}

interface Located {
  readonly line: number;
  readonly column: number;
}

function isLocated(value: unknown): value is Located & { kind: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.line === 'number' && typeof v.column === 'number' && typeof v.kind === 'string';
}

/** Every Source in a plan: any object with a kind, a line and a column. */
export function collectSources(value: unknown, path = '$', out: { path: string; place: Located }[] = []): { path: string; place: Located }[] {
  if (Array.isArray(value)) value.forEach((v, i) => collectSources(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    if (isLocated(value)) out.push({ path, place: value });
    for (const [k, v] of Object.entries(value)) collectSources(v, `${path}.${k}`, out);
  }
  return out;
}

/** Line ≤ number of lines; column ≤ that line's length + 1; both 1-based integers. */
export function expectInside(lines: readonly string[], place: Located, what: string): void {
  const where = `${what} at ${place.line}:${place.column} (file has ${lines.length} lines)`;
  expect(Number.isInteger(place.line) && place.line >= 1 && place.line <= lines.length, where).toBe(true);
  const length = lines[place.line - 1]?.length ?? 0;
  expect(Number.isInteger(place.column) && place.column >= 1 && place.column <= length + 1, `${where}, line length ${length}`).toBe(true);
}

export function expectAllInside(bytes: Uint8Array, plan: unknown, diagnostics: readonly Diagnostic[]): void {
  const lines = fileLines(bytes);
  for (const d of diagnostics) {
    expectInside(lines, d.place, `diagnostic ${d.ruleId} "${d.message}"`);
    for (const r of d.related ?? []) expectInside(lines, r, `related place of ${d.ruleId}`);
  }
  for (const { path, place } of collectSources(plan)) expectInside(lines, place, path);
}
