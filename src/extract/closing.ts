import type { Signature } from '../model/types.js';
import type { Para } from '../outline/paras.js';
import type { Line } from '../parse/blocks.js';
import { foldKey } from '../input/keys.js';
import { isUpperCase } from './casing.js';
import { editDistance } from '../units/similarity.js';
import type { ExtractContext } from './context.js';

// Signature prefixes (domain.md §1.6). "K/T" and "T/M" are older spellings.
const PREFIXES = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;
const PREFIX_RE = /^(TM|KT|TL|TUQ|Q|K\/T|T\/M)\s*[.:]?\s+(.+)$/u;

/** Recipients ("Nơi nhận:" list) and the signature block from the closing paragraphs. */
export function extractClosing(closing: readonly Para[], ctx: ExtractContext): { recipients: string[]; signature: Signature | null } {
  const recipients: string[] = [];
  const rest: Line[] = [];
  let inList = false;
  for (const p of closing) {
    const f = foldKey(p.text);
    if (f.startsWith('noi nhan')) {
      inList = true;
      const after = p.text.replace(/^[^:]*:?/, '').trim();
      // One line may hold the whole list ("Nơi nhận: - A; - B. - C"): a dash opens an entry
      // only at the start or after ";" or ".", not inside one ("(Cục A03 - để b/c)").
      for (const r of after.split(/(?:^|[;.])\s*-\s+/)) if (r.trim()) recipients.push(clean(r));
      continue;
    }
    if (inList && p.marker?.kind === 'dash') {
      for (const r of p.text.split(/(?:^|;\s*)-\s+/)) if (r.trim()) recipients.push(clean(r));
      continue;
    }
    inList = false;
    for (const l of p.lines) rest.push(l); // no spread: a paragraph may have more lines than a call has arguments
  }
  return { recipients, signature: signatureOf(rest, ctx) };
}

function clean(r: string): string {
  return r.replace(/^[-\s]+/, '').replace(/[;.,\s]+$/, '').replace(/\s+/g, ' ').trim();
}

function signatureOf(lines: readonly Line[], ctx: ExtractContext): Signature | null {
  const texts = lines
    .map((l) => ({ text: l.text.trim(), offset: l.offset }))
    .filter((l) => l.text && !/^[-_=\s]+$/.test(l.text))
    .flatMap(splitTitleAndName);
  if (!texts.length) return null;
  const isUpper = texts.map((t) => isUpperCase(t.text));
  const signerAt = texts.findIndex((t, i) => !isUpper[i] && i > 0 && isUpper.slice(0, i).some(Boolean));
  const upperEnd = signerAt < 0 ? texts.length : signerAt;
  let lastTitle = -1;
  for (let i = 0; i < upperEnd; i++) if (isUpper[i] && !PREFIX_RE.test(texts[i]?.text ?? '')) lastTitle = i;
  // Lines of the block, grouped: each prefix line (TM., KT. …) opens a group, and the capital
  // lines after it continue the same group when a wrap split the name ("TM. ỦY BAN" /
  // "NHÂN DÂN"); the last capital line before the name is the signer's own title (NĐ 30
  // Điều 8 (7), domain.md §1.6).
  const groups: { kind: 'authority' | 'capacity'; text: string }[] = [];
  let capacityAsWritten: string | null = null;
  let title: string | null = null;
  for (let i = 0; i < upperEnd; i++) {
    if (!isUpper[i]) continue;
    const { text, offset } = texts[i] as { text: string; offset: number };
    const m = PREFIX_RE.exec(text);
    if (m) {
      const prefix = (m[1] ?? '').replace('K/T', 'KT').replace('T/M', 'TM');
      groups.push({ kind: prefix === 'TM' ? 'authority' : 'capacity', text: `${prefix}. ${m[2]}` });
      continue;
    }
    const repaired = !groups.some((g) => g.kind === 'capacity') ? repairPrefix(text, isUpperCase(texts[i + 1]?.text ?? '')) : null;
    if (repaired) {
      groups.push({ kind: 'capacity', text: repaired });
      capacityAsWritten = text;
      ctx.report({ ruleId: 'repair-signature', message: `the capacity line "${text}" was read as "${repaired}" (an OCR slip)`, offset, expected: repaired, actual: text });
      continue;
    }
    const open = groups[groups.length - 1];
    if (i === lastTitle || !open) {
      if (i === lastTitle) title = text;
      else groups.push({ kind: 'capacity', text });
    } else open.text = `${open.text} ${text}`;
  }
  const authority = groups.find((g) => g.kind === 'authority')?.text ?? null;
  const capacity = groups.find((g) => g.kind === 'capacity')?.text ?? null;
  const signer = signerAt >= 0 ? texts[signerAt]?.text ?? null : null;
  if (!authority && !capacity && !title && !signer) return null;
  return { authority, capacity, title, signer, capacityAsWritten, source: ctx.locate(texts[0]?.offset ?? 0) };
}

/**
 * A title and a name run together on one line ("CHỦ TỊCH Hoàng Quốc Khánh", a signature block
 * flattened by a copy from a web page) become two lines: the words in capitals, then the name.
 */
function splitTitleAndName(l: { text: string; offset: number }): { text: string; offset: number }[] {
  if (isUpperCase(l.text)) return [l];
  const m = /^((?:[\p{Lu}\p{N}.,/&-]+\s+)+)(\p{Lu}\p{Ll}.*)$/u.exec(l.text);
  if (!m?.[1] || !m[2] || m[1].replace(/[^\p{L}]/gu, '').length < 2) return [l];
  return [{ text: m[1].trim(), offset: l.offset }, { text: m[2].trim(), offset: l.offset + m[1].length }];
}

/**
 * An OCR slip in the prefix ("KÊ CHỦ TỊCH" for "KT. CHỦ TỊCH"): a short first word one letter
 * away from a prefix, followed by a title in capitals, above another line in capitals (the
 * signer's own title), is that prefix.
 */
function repairPrefix(text: string, nextIsUpper: boolean): string | null {
  const m = /^(\S{1,3})\s+(\S.*)$/u.exec(text);
  if (!m || !nextIsUpper) return null;
  const word = foldKey(m[1] ?? '').toUpperCase().replace(/[^A-Z]/g, '');
  if (!word) return null;
  const near = PREFIXES.filter((p) => p.length > 1 && editDistance(word, p) === 1 && word[0] === p[0]);
  return near.length === 1 ? `${near[0]}. ${m[2]}` : null;
}
