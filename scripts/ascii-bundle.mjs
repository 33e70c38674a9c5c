// The CLI bundle in ASCII only (issue 19). bin/plan.js reads dist/cli.cjs on every start: as
// UTF-8 with Vietnamese in it, Node decodes 1.9 MB into a two-byte string (5.7 ms on the 2-core
// machine); a file in ASCII is read as Latin-1 into a one-byte string (2.2 ms). esbuild's
// `charset: 'ascii'` escapes strings, identifiers and plain templates, but leaves regular
// expression literals and tagged templates (String.raw`…`, which src/ uses to build patterns)
// as written: this escapes those, and moves the source map's columns by what each escape adds.
import { tokenizer, tokTypes as tt } from 'acorn';

/**
 * `code` with every non-ASCII UTF-16 unit escaped, each with the same meaning where it stands:
 * `\uXXXX` in strings, regular expressions (either flag set: a pair of escaped surrogates is one
 * code point under `u`, as the pair was), identifiers and comments; `${"\uXXXX"}` in a
 * String.raw template, whose value keeps a substitution's cooked text. Any other tag would see
 * a different strings array, so the build stops on it. `map` (a source map object for `code`,
 * or null) is returned with its generated columns moved.
 */
export function asciiBundle(code, map) {
  const rawChunks = taggedChunks(code);
  const edits = [];
  let chunk = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 0x80) continue;
    while (chunk < rawChunks.length && rawChunks[chunk].end <= i) chunk++;
    const inChunk = chunk < rawChunks.length && rawChunks[chunk].start <= i ? rawChunks[chunk] : null;
    const escape = `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    if (inChunk && !inChunk.raw) throw new Error(`build: a template with a tag other than String.raw holds non-ASCII text at ${i}: ${code.slice(i - 40, i + 10)}`);
    if (inChunk) edits.push({ at: i, length: 1, text: `\${"${escape}"}` });
    else if (escapedByBackslash(code, i)) edits.push({ at: i - 1, length: 2, text: escape });
    else edits.push({ at: i, length: 1, text: escape });
  }
  return { code: applyEdits(code, edits), map: map ? shiftedMap(code, map, edits) : null };
}

/** Whether the character at `i` follows an odd run of backslashes: an identity escape ("\ế" = "ế"). */
function escapedByBackslash(code, i) {
  let n = 0;
  while (code[i - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/** The text spans of the templates that have a tag, in order, each saying whether the tag is String.raw. */
function taggedChunks(code) {
  const chunks = [];
  // One entry per open template or brace: the template's tag kind, or 'brace' for `${ … }` and `{ … }`.
  const stack = [];
  const recent = [];
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true })) {
    const top = stack[stack.length - 1];
    if (token.type === tt.backQuote) {
      if (top !== undefined && top !== 'brace') stack.pop();
      else stack.push(tagOf(recent));
    } else if (token.type === tt.dollarBraceL || token.type === tt.braceL) stack.push('brace');
    else if (token.type === tt.braceR) stack.pop();
    else if (token.type === tt.template && (top === 'raw' || top === 'tag')) chunks.push({ start: token.start, end: token.end, raw: top === 'raw' });
    recent.push(token);
    if (recent.length > 3) recent.shift();
  }
  return chunks;
}

/** What the tokens before a template's opening quote make of it: 'raw' (String.raw), 'tag' (another tag) or 'plain'. */
function tagOf(recent) {
  const [a, b, c] = recent.slice(-3);
  if (a?.value === 'String' && b?.type === tt.dot && c?.value === 'raw') return 'raw';
  const last = recent[recent.length - 1];
  // A tag is an expression that ends right before the quote: a name, a call or an index.
  if (last && (last.type === tt.name || last.type === tt.parenR || last.type === tt.bracketR)) return 'tag';
  return 'plain';
}

function applyEdits(code, edits) {
  const out = [];
  let from = 0;
  for (const e of edits) {
    out.push(code.slice(from, e.at), e.text);
    from = e.at + e.length;
  }
  out.push(code.slice(from));
  return out.join('');
}

/** `map` with the generated column of each mapping moved by what the edits before it on its line added. */
function shiftedMap(code, map, edits) {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // Per generated line: the columns where an edit ends and the width it adds, in order.
  const shifts = new Map();
  let line = 0;
  for (const e of edits) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= e.at) line++;
    if (!shifts.has(line)) shifts.set(line, []);
    shifts.get(line).push({ column: e.at - lineStarts[line] + e.length, added: e.text.length - e.length });
  }
  const lines = map.mappings.split(';').map((text, l) => {
    const moves = shifts.get(l);
    if (!moves) return text;
    let column = 0;
    let moved = 0;
    let k = 0;
    let added = 0;
    return text
      .split(',')
      .map((segment) => {
        if (!segment) return segment;
        const fields = decodeVlq(segment);
        column += fields[0];
        while (k < moves.length && moves[k].column <= column) added += moves[k++].added;
        const at = column + added;
        fields[0] = at - moved;
        moved = at;
        return encodeVlq(fields);
      })
      .join(',');
  });
  return { ...map, mappings: lines.join(';') };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(values) {
  let out = '';
  for (const v of values) {
    let n = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = n & 31;
      n >>>= 5;
      if (n > 0) digit |= 32;
      out += BASE64[digit];
    } while (n > 0);
  }
  return out;
}
