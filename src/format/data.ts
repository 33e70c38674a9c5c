import { loadYaml } from '../yaml.js';

/**
 * json and yaml carry the same data, unchanged: nothing is stripped, so a script sees what the
 * document says. What a terminal could act on is escaped instead (issue 7, "Safe output"):
 * JSON.stringify escapes C0 controls and the yaml package writes ESC as "\e", but both leave
 * DEL, the C1 controls (U+009B is an 8-bit CSI) and the bidi overrides raw, so those become
 * \uXXXX escapes, which both formats read back as the same character.
 */
const RAW = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HAS_RAW = new RegExp(RAW.source);
const escapeRaw = (text: string): string => text.replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function toJson(data: unknown): string {
  return `${escapeRaw(JSON.stringify(data, null, 2))}\n`;
}

/**
 * toJson of an array, written an element at a time: `item` gives the text of each element in
 * its place, `end` what closes the array. The pieces joined are toJson(elements) exactly, so a
 * batch writes each file's record as it comes instead of holding them all (issue 19).
 */
export function jsonArrayWriter(): { item(value: unknown): string; end(): string } {
  let count = 0;
  return {
    item(value) {
      const text = escapeRaw((JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, '\n  '));
      return `${count++ === 0 ? '[\n  ' : ',\n  '}${text}`;
    },
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
}

/**
 * The data on one line, escaped as toJson escapes it and without the newline that ends the
 * line: one record of JSON Lines (jsonlines.org), which `plan export --format jsonl` writes per
 * plan so that the output of many runs can be joined with `cat`.
 */
export function toJsonLine(data: unknown): string {
  return escapeRaw(JSON.stringify(data) ?? 'null');
}

/**
 * The text of toJson(data), in pieces of about `size` characters: a large plan's export is
 * written as it is made instead of being held whole, and escaped, in memory (issue 8: peak
 * memory). Arrays and objects are opened level by level; what lies below `depth` is one
 * JSON.stringify, re-indented.
 */
export function* jsonChunks(data: unknown, size = 1 << 16, depth = 2): Generator<string> {
  let buffer = '';
  for (const piece of pieces(data, '', depth)) {
    buffer += piece;
    if (buffer.length >= size) {
      yield escapeRaw(buffer);
      buffer = '';
    }
  }
  yield `${escapeRaw(buffer)}\n`;
}

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  const json = (v: unknown): string => (JSON.stringify(v, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield json(value);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return void (yield '[]');
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      // As JSON.stringify does: holes, undefined and functions in an array are null.
      const v: unknown = value[i];
      yield* pieces(v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v, inner, depth - 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) return void (yield '{}');
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i] as [string, unknown];
    yield `${inner}${JSON.stringify(k)}: `;
    yield* pieces(v, inner, depth - 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/**
 * Plain scalars that a YAML 1.1 reader (PyYAML, the yaml package in 1.1 mode, many Ruby and Go
 * readers) resolves to something other than a string, while YAML 1.2, which the yaml package
 * writes, reads them as strings and so leaves them unquoted: "yes"/"on"/"off" become
 * booleans, "0b101", "1_000", "1:20" (base 60) and "017" numbers, "2020-12-10" a date, "<<" a
 * merge key and "=" a value key (which PyYAML refuses to load). The alternatives are the
 * implicit resolvers of PyYAML 6 (yaml/resolver.py) and of the yaml package's yaml-1.1 schema
 * (which also reads "1e3", "09", "." and "2020-1-5"), plus y/n of the YAML 1.1 boolean type
 * (yaml.org/type/bool.html).
 */
const YAML11_IMPLICIT = new RegExp(
  `^(?:${[
    // booleans
    String.raw`y|Y|n|N|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF`,
    // integers: binary, octal, decimal (with "_"), hexadecimal, base 60
    String.raw`[-+]?0b[0-1_]+|[-+]?[0-9][0-9_]*|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+`,
    // floats: with a point, with an exponent, base 60, infinity, not-a-number
    String.raw`[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)?[eE][-+]?[0-9]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)`,
    // timestamps
    String.raw`[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?`,
    // merge key, value key, null
    '<<|=|~|null|Null|NULL',
  ].join('|')})$`,
);

/** Whether a string must be quoted so that YAML 1.1 readers read it back as the same string. */
export function isYaml11Implicit(text: string): boolean {
  // Anchored, and no alternative nests a quantifier: linear in the length of the string.
  return YAML11_IMPLICIT.test(text);
}

/** Loaded on demand: most runs never print YAML, and start-up time matters (DESIGN.md). */
export async function toYaml(data: unknown): Promise<string> {
  const { Document, visit } = await loadYaml();
  // No anchors and aliases: scripts expect every task to carry its own group object.
  const doc = new Document(data, { aliasDuplicateObjects: false });
  // \u escapes exist only in double-quoted scalars: quote those that need one, and those a
  // YAML 1.1 reader would take for another type. Keys are scalars too ("extra" is keyed by
  // the document's column headers).
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && (HAS_RAW.test(node.value) || isYaml11Implicit(node.value))) node.type = 'QUOTE_DOUBLE';
    },
  });
  return escapeRaw(doc.toString({ lineWidth: 0 }));
}
