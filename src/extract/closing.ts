import type { Signature } from '../model/types.js';
import { quote } from '../outline/quote.js';
import type { Para } from '../outline/paras.js';
import type { Line } from '../outline/parts.js';
import { foldKey } from '../input/keys.js';
import { isUpperCase } from './casing.js';
import { editDistance } from '../units/similarity.js';
import type { ExtractContext } from './context.js';
import signatures from '../../data/signatures.json' with { type: 'json' };
import { rejoinReported } from './letter-spacing.js';
import { LOWER, NUMBER, UPPER, lettersOf } from '../model/letters.js';
import { msg } from '../i18n/index.js';
import { personOf } from '../units/person.js';

const PREFIX_BEFORE_TITLE = new RegExp(String.raw`^((?:[${UPPER}${NUMBER}.,/&-]+\s+)+)([${UPPER}][${LOWER}].*)$`, 'u');

// Signature prefixes (domain.md §1.6). "K/T" and "T/M" are older spellings.
const PREFIXES = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;
// The dot may touch the next word ("TM.UBND XÃ TAM NÔNG", as offices often type it).
const PREFIX_RE = new RegExp(String.raw`^(TM|KT|TL|TUQ|Q|K\/T|T\/M)(?:\s*[.:]\s*|\s+)([${UPPER}].*)$`, 'u');
// A prefix written with its dot as one word inside a line ("… NHÂN DÂN KT. CHỦ TỊCH").
const INNER_PREFIX = /^(?:TM|KT|TL|TUQ|K\/T|T\/M)\.$/u;

/** Recipients ("Nơi nhận:" list) and the signature block from the closing paragraphs. */
export function extractClosing(closing: readonly Para[], ctx: ExtractContext): { recipients: string[]; signature: Signature | null; unread: Para[] } {
  const recipients: string[] = [];
  const rest: Line[] = [];
  const unread: Para[] = [];
  let inList = false;
  // "Nơi nhận" was read: a dash entry further down is the list's, gone on past the signature
  // beside it (the left column resumed after a page break); a signature block holds no dashes.
  let listSeen = false;
  // The last recipient line as written: an entry that ends with "," goes on below.
  let lastWritten = '';
  // The signer's name has been read: a heading in capitals after it is no signing line.
  let sawCaps = false;
  let afterName = false;
  // Signers' names read beside a recipient (nameBeside): the last lines of the signature block.
  const names: Line[] = [];
  for (const p of closing) {
    if (looksLikeBodyPart(p, afterName)) {
      // A numbered part or a heading after the signature is not the signature's: say so.
      unread.push(p);
      ctx.report({ ruleId: 'closing-unread', severity: 'warning', message: msg('parse.closingUnread', { text: quote(p.text) }), offset: p.offset });
      continue;
    }
    const f = foldKey(p.text);
    if (f.startsWith('noi nhan')) {
      inList = true;
      listSeen = true;
      const after = p.text.replace(/^[^:]*:?/, '').trim();
      // One line may hold the whole list ("Nơi nhận: - A; - B. - C"): a dash opens an entry
      // only at the start or after ";" or ".", not inside one ("(Cục A03 - để b/c)").
      for (const r of after.split(/(?:^|[;.])\s*-\s+/)) if (r.trim()) recipients.push(clean(r));
      lastWritten = p.text.trim();
      continue;
    }
    if (listSeen && p.marker?.kind === 'dash') {
      inList = true;
      const beside = nameBeside(p);
      if (beside) names.push(beside.name);
      const text = beside ? beside.entries : p.text;
      for (const r of text.split(/(?:^|;\s*)-\s+/)) if (r.trim()) recipients.push(clean(r));
      lastWritten = text.trim();
      continue;
    }
    if (inList && isListGoingOn(p, recipients)) {
      // "(để b/c)" notes the lines above; "Các phòng: …;" goes on an entry that ended with ",".
      const last = recipients.length - 1;
      if (/^\(/.test(p.text.trim())) continue;
      if (last >= 0 && /,$/.test(lastWritten)) recipients[last] = clean(`${recipients[last]}, ${p.text}`);
      else recipients.push(clean(p.text));
      lastWritten = p.text.trim();
      continue;
    }
    inList = false;
    if (isUpperCase(p.text)) sawCaps = true;
    else if (sawCaps) afterName = true;
    for (const l of p.lines) rest.push(l); // no spread: a paragraph may have more lines than a call has arguments
  }
  return { recipients, signature: signatureOf([...rest, ...names], ctx), unread };
}

/**
 * A two-column closing whose columns were set only a few spaces apart (pdftotext -layout): the
 * signer's name on the line of a recipient, after the entry's closing semicolon ("- UBND các
 * huyện;   Trần Văn Tân", "- Lưu: VT.   Trần Văn Tân"). The text after the last ";" or "." that is a person's name and nothing else
 * (units/person.ts: a family name from the list) is the signer's, not a recipient.
 */
function nameBeside(p: Para): { entries: string; name: Line } | null {
  const at = Math.max(p.text.lastIndexOf(';'), p.text.lastIndexOf('.'));
  const tail = at < 0 ? '' : p.text.slice(at + 1).trim();
  const person = tail && !tail.startsWith('-') ? personOf(tail) : null;
  if (!person || person.name !== tail) return null;
  const line = p.lines.find((l) => l.text.includes(tail));
  return { entries: p.text.slice(0, at + 1), name: { text: tail, offset: line ? line.offset + line.text.lastIndexOf(tail) : p.offset } };
}

// A heading names its part in several words; a signer's title or an authority has a prefix or
// at most three words ("PHÓ CHỦ TỊCH").
const HEADING_WORDS = 4;

/** A numbered paragraph, or (after the signer's name) a heading in capitals. */
function looksLikeBodyPart(p: Para, afterName: boolean): boolean {
  if (p.marker && p.marker.kind !== 'dash' && p.marker.kind !== 'plus' && p.marker.kind !== 'star') return true;
  const t = p.text.trim();
  return afterName && isUpperCase(t) && !PREFIX_RE.test(t) && t.split(/\s+/).length >= HEADING_WORDS;
}


// A signing prefix letter-spaced by OCR: "K T.", "T M.", "T U Q." (issue 11 layout 7).
const SPACED_PREFIX = /^(K\s+T|T\s+M|T\s+L|T\s+U\s+Q)\s*\./u;

/** A signature line with the letter spacing of OCR removed; the repair is reported. */
function unspaced(text: string, offset: number, ctx: ExtractContext): string {
  const prefixed = text.replace(SPACED_PREFIX, (_m, p: string) => `${p.replace(/\s+/g, '')}.`);
  return rejoinReported(prefixed, offset, ctx, text);
}

/**
 * A line of the recipient list without its dash: a note in brackets under entries ("(để b/c)"),
 * or the rest of an entry that went on over lines ("Các phòng: NNMT, TH …;"). A capacity or a
 * title in capitals ends the list.
 */
function isListGoingOn(p: Para, recipients: readonly string[]): boolean {
  const t = p.text.trim();
  if (!recipients.length || isUpperCase(t) || PREFIX_RE.test(t)) return false;
  return /^\(.*\)$/.test(t) || /[;,]$/.test(t);
}

function clean(r: string): string {
  return r.replace(/^[-\s]+/, '').replace(/[;.,\s]+$/, '').replace(/\s+/g, ' ').trim();
}

function signatureOf(lines: readonly Line[], ctx: ExtractContext): Signature | null {
  const texts = lines
    .map((l) => ({ text: unspaced(l.text.trim(), l.offset, ctx), offset: l.offset }))
    // A note in brackets beside the recipient list ("(để b/c)", set in the signature's column
    // by a two-column layout) is neither a title nor a name.
    .filter((l) => l.text && !/^[-_=\s]+$/.test(l.text) && !/^\(.*\)$/u.test(l.text))
    .flatMap(splitTitleAndName)
    .flatMap(splitCapacityAndTitle);
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
      ctx.report({ ruleId: 'repair-signature', message: msg('parse.signatureOcr', { written: text, read: repaired }), offset, expected: repaired, actual: text });
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
  const m = PREFIX_BEFORE_TITLE.exec(l.text);
  if (!m?.[1] || !m[2] || lettersOf(m[1]).length < 2) return [l];
  return [{ text: m[1].trim(), offset: l.offset }, { text: m[2].trim(), offset: l.offset + m[1].length }];
}

// Signers' titles (data/signatures.json), longest first, as sequences of words.
const TITLES = [...signatures.titles].sort((a, b) => b.length - a.length).map((t) => t.split(' '));

/**
 * A capacity and the signer's own title on one line ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", the .docx
 * and HTML copies of a signature block after conversion; "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH") are
 * two lines: the title starts at the first word after the prefix's own words where a known
 * title starts ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"). A line with no title after its first words
 * ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN TỈNH") is left whole.
 */
function splitCapacityAndTitle(line: { text: string; offset: number }): { text: string; offset: number }[] {
  // "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH" (domain.md §1.6, a flattened form): the dash only separates.
  const l = { text: line.text.replace(/\s+[-–]\s+/g, ' '), offset: line.offset };
  const m = PREFIX_RE.exec(l.text);
  const slip = m ? null : /^(\S{1,3})\s+(\S.*)$/u.exec(l.text);
  const rest = m?.[2] ?? (slip && nearPrefix(slip[1] ?? '') ? slip[2] : undefined);
  if (rest === undefined || !isUpperCase(l.text)) return [line];
  const words = rest.split(/\s+/);
  // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH": a second prefix inside the line opens the
  // next line of the block (the authority, then the capacity, NĐ 30 Điều 8 (7)).
  const inner = words.findIndex((w, k) => k > 0 && INNER_PREFIX.test(w));
  if (inner > 0) {
    const at = l.text.length - rest.length + words.slice(0, inner).join(' ').length + 1;
    return [{ text: l.text.slice(0, at).trimEnd(), offset: l.offset }, ...splitCapacityAndTitle({ text: l.text.slice(at).trim(), offset: l.offset + at })];
  }
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k);
    if (!TITLES.some((t) => t.every((w, i) => tail[i] === w))) continue;
    // "TM. ỦY BAN NHÂN DÂN KÊ CHỦ TỊCH …": the word before the title is a capacity's prefix
    // written with an OCR slip: the capacity starts there.
    const cut = k > 1 && nearPrefix(words[k - 1] ?? '') ? k - 1 : k;
    const at = l.text.length - rest.length + words.slice(0, cut).join(' ').length + 1;
    const head = { text: l.text.slice(0, at).trimEnd(), offset: l.offset };
    const tailLine = { text: l.text.slice(at).trim(), offset: l.offset + at };
    return cut === k ? [head, tailLine] : [head, ...splitCapacityAndTitle(tailLine)];
  }
  return [line];
}

// The signing prefixes are two or three letters (TM, KT, TL, TUQ): a longer word is a word of
// its own, not a misread prefix.
const PREFIX_LENGTH = 3;

/** A short word one letter away from a signing prefix ("KÊ" for "KT"), as OCR misreads it. */
function nearPrefix(token: string): boolean {
  const word = foldKey(token).toUpperCase().replace(/[^A-Z]/g, '');
  if (!word || token.length > PREFIX_LENGTH || PREFIXES.includes(word as (typeof PREFIXES)[number])) return false;
  return PREFIXES.filter((p) => p.length > 1 && editDistance(word, p) === 1 && word[0] === p[0]).length === 1;
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
