import type { DocumentInfo, Source } from '../model/types.js';
import type { Para } from '../outline/paras.js';
import type { Zones } from '../outline/zones.js';
import { isBasis, isTypeLine, isIssuerLine } from '../outline/zones.js';
import { frameLineKind, isMottoLine } from '../outline/line-kinds.js';
import { opensWithIssuer } from '../outline/issuers.js';
import { foldKey, startsLowerCase, toneKey } from '../input/keys.js';
import { lookupUnit } from '../units/gazetteer.js';
import { parseDocumentNumber, typeAbbrevOf, typeNameOf } from './doc-number.js';
import { isLetterMark, LETTER_TYPE_NAME, typeNameAsWritten } from '../outline/document-types.js';
import { parseVietnameseDate } from './dates.js';
import { sentenceCase, isUpperCase } from './casing.js';
import type { ExtractContext } from './context.js';
import { rejoinReported, rejoinSyllables } from './letter-spacing.js';
import { LETTER, NUMBER, UPPER } from '../model/letters.js';
import { msg } from '../i18n/index.js';

const SYMBOL_START = new RegExp(String.raw`^\s*\/\s*[${UPPER}]`, 'u');
const STARTS_NUMBER = new RegExp(String.raw`^[${NUMBER}]`, 'u');

export type HeaderInfo = Omit<DocumentInfo, 'bases' | 'signature' | 'recipients'> & {
  readonly source: Source | null;
  /** Paragraphs after the title that became no part of the header. */
  readonly unread: readonly Para[];
};

const RULE = /^[\s\-_=*–—.]+$/;

/** Number, type, issuer, place, date and title from the header paragraphs (NĐ 30 Điều 8, 1–5). */
export function extractHeader(z: Zones, ctx: ExtractContext): HeaderInfo {
  const header = z.header;
  let number: string | null = null;
  let type: string | null = null;
  let typeName: string | null = null;
  let place: string | null = null;
  let date: string | null = null;
  let title: string | null = null;
  let source: Source | null = null;
  const issuerLines: { text: string; offset: number }[] = [];
  let sawNumber = false;
  let sawDate = false;
  const unread: Para[] = [];
  // A line only a công văn has ("V/v …", "Kính gửi:"): with no type read, the type is the letter's.
  let letterMark = false;

  // The place and date line ("Hà Tĩnh, ngày 16 tháng 12 năm 2019", NĐ 30 Điều 8 (4)) wherever it
  // stands in the header (a two-column layout may set it after the title); else the first
  // paragraph that gives a day and a year, not a note citing another document.
  // Letter-spaced OCR ("S ố: 152 /KH-U B ND", "Qu ảng Ngãi, ngày 06 th áng 7") is read rejoined.
  const texts = header.map((p) => rejoinSyllables(p.text));
  const dateLine = header.find((p, i) => frameLineKind(texts[i] ?? p.text) === 'date');
  for (let i = 0; i < header.length; i++) {
    const p = header[i] as Para;
    const text = texts[i] ?? p.text;
    const f = foldKey(text);
    if (isMottoLine(text) || RULE.test(text)) continue;
    if (isLetterMark(text)) letterMark = true;
    const so = numberLineRest(text);
    const symbolBelow = so !== null && /^[\d.…_\s]+$/.test(so) && SYMBOL_START.test(header[i + 1]?.text ?? '');
    if (so !== null && /^so\b/.test(f) && !sawNumber && (so === '' || so.includes('/') || symbolBelow)) {
      sawNumber = true;
      if (text !== p.text) rejoinReported(p.text, p.offset, ctx);
      let rest = so.trim();
      if (!rest && /\//.test(header[i + 1]?.text ?? '') && !/ngày/i.test(header[i + 1]?.text ?? '')) rest = header[++i]?.text.trim() ?? '';
      // "Số: 2280" / "/QĐ-UBND": a PDF's text puts the number and its symbol on two lines.
      else if (/^[\d.…_\s]*$/.test(rest) && SYMBOL_START.test(header[i + 1]?.text ?? '')) rest = `${rest}${header[++i]?.text.trim() ?? ''}`;
      const parsed = parseDocumentNumber(rest);
      number = parsed?.number ?? null;
      type = parsed?.type ?? null;
      typeName = parsed?.typeName ?? null;
      source ??= ctx.locate(p.offset);
      continue;
    }
    if (!sawDate && (p === dateLine || (dateLine === undefined && looseDate(text, p)))) {
      // A draft leaves the day blank ("ngày    tháng 4 năm 2026"): the date is null, and a
      // date further down (in a reference note) is not the plan's.
      sawDate = true;
      if (text !== p.text) rejoinReported(p.text, p.offset, ctx);
      const m = /^(.*?),?\s*ngày\b/iu.exec(text);
      place = m?.[1]?.replace(/[,\s*_]+$/, '').replace(/^[*_\s]+/, '').trim() || null;
      date = parseVietnameseDate(text);
      continue;
    }
    if (isTypeLine(p)) {
      const first = p.lines[0]?.text.trim() ?? '';
      const abbrev = typeAbbrevOf(first);
      if (!type && abbrev) type = abbrev;
      typeName ??= abbrev ? typeNameOf(abbrev) : null;
      const rest = p.lines.slice(1).map((l) => l.text.trim());
      if (!rest.length && header[i + 1] && !isTypeLine(header[i + 1] as Para)) rest.push((header[++i] as Para).text);
      // A title split into paragraphs (one per line in a .docx) goes on with a lower-case word,
      // or with a figure after words left open ("… GIAI ĐOẠN" / "2026 - 2030").
      while (rest.length && header[i + 1] && goesOnTitle(rest[rest.length - 1] ?? '', header[i + 1] as Para)) rest.push((header[++i] as Para).text);
      title = withoutReference(rest.join(' ')) || null;
      continue;
    }
    if (!sawNumber && isUpperCase(p.text) && title === null) for (const l of p.lines) issuerLines.push({ text: l.text.trim(), offset: l.offset });
    // Text after the title that is no part of the header (no basis, no section): read as nothing.
    // A line in capitals (a decision's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") and a note in brackets
    // ("(Ban hành kèm theo …)") are the header's.
    else if (title !== null && !isUpperCase(p.text) && !/^\(.*\)$/su.test(p.text.trim())) unread.push(p);
  }
  if (!sawNumber) {
    // No "Số:" line: a number standing alone in the header, or the "Số hiệu" of a web page's
    // metadata box around the document (issue 11 layout 4).
    const found = numberElsewhere(z);
    if (found) {
      const parsed = parseDocumentNumber(found.text);
      number = parsed?.number ?? null;
      type ??= parsed?.type ?? null;
      typeName ??= parsed?.typeName ?? null;
      if (found.title && title === found.text) title = null;
      ctx.report({ ruleId: 'repair-document-number', message: msg('parse.numberFromLine', { text: found.text }), offset: found.offset });
    }
  }
  if (!type && typeName) type = typeAbbrevOf(typeName);
  // A công văn has no type abbreviation (NĐ 30/2020 Phụ lục III): its type name, no type.
  if (!type && !typeName && letterMark) typeName = LETTER_TYPE_NAME;
  let issuer = issuerOf(issuerLines.map((l) => rejoinReported(l.text, l.offset, ctx)));
  if (!issuer) {
    const late = z.trailing.find(isIssuerLine);
    if (late) {
      issuer = sentenceCase(late.text);
      ctx.report({ ruleId: 'repair-issuer-position', message: msg('parse.issuerPosition', { text: late.text }), offset: late.offset });
    }
  }
  const carriedType = z.carriedHeader.find(isTypeLine);
  let carries: DocumentInfo['carries'] = null;
  if (carriedType) {
    // The carried type as written, alias included: "Chương trình hành động" (the spec's example),
    // not its abbreviation's name "Chương trình".
    const first = carriedType.lines[0]?.text.trim() ?? '';
    const rest = carriedType.lines.slice(1).map((l) => l.text.trim()).join(' ');
    const next = z.carriedHeader[z.carriedHeader.indexOf(carriedType) + 1];
    carries = { typeName: typeNameAsWritten(first) ?? sentenceCase(first), title: withoutReference(rest || next?.text || '') || null };
  }
  return { number, type, typeName, issuer, place, date, title, carries, source, unread };
}

function goesOnTitle(before: string, nextPara: Para): boolean {
  const next = nextPara.text;
  // The rule under a title ("_____________", "-----") ends it.
  if (frameLineKind(next) === 'rule') return false;
  if (startsLowerCase(next) || (STARTS_NUMBER.test(next.trim()) && !OPEN_END.test(before))) return true;
  // A title in sentence case set on two lines of a .docx goes on with a capitalised name
  // ("… toàn cầu UNESCO" / "Non nước Cao Bằng năm 2020"): a line of the same case after a line
  // left open, itself ending open, that is no note, basis or numbered part. A title in capitals
  // is not continued so: a decision's authority line in capitals follows it.
  return !isUpperCase(before) && !isUpperCase(next) && !OPEN_END.test(before) && !/[.:;,!?]\s*$/u.test(next)
    && !nextPara.marker && !/^\(/u.test(next.trim()) && !isBasis(nextPara);
}
// A line closed by punctuation (or a closing bracket) ends the title.
const OPEN_END = /[.:;!?)]\s*$/u;

/**
 * The year the plan is for: its date's, or, in a draft with no date, the one year its title
 * names ("… năm 2026"); null when the title names none or a span of years.
 */
export function planYearOf(h: Pick<HeaderInfo, 'date' | 'title'>): number | null {
  if (h.date) return Number(h.date.slice(0, 4));
  const years = new Set([...(h.title ?? '').matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((m) => m[1]));
  return years.size === 1 ? Number([...years][0]) : null;
}

function looseDate(text: string, p: Para): boolean {
  return /\bngày\b/iu.test(text) && /\bnăm\b|\/\d{4}/iu.test(text) && !isTypeLine(p) && !REFERENCE_NOTE.test(text);
}

// A document number and nothing else: "77/KH-UBND", "Số hiệu: 77/KH-UBND".
const BARE_NUMBER = new RegExp(String.raw`^(?:Số\s+hiệu\s*:?\s*)?(\d{1,6}\s*[/-]\s*(?:\d{4}\s*\/\s*)?[${UPPER}][${LETTER}${NUMBER}&]*(?:\s*[-/]\s*[${UPPER}][${LETTER}${NUMBER}&]*)+)\s*$`, 'u');

/** A number written with no "Số:" in the header paragraphs, or in a "Số hiệu" table cell. */
function numberElsewhere(z: Zones): { text: string; offset: number; title: boolean } | null {
  for (const p of z.header) {
    const m = BARE_NUMBER.exec(p.text.trim());
    if (m?.[1]) return { text: m[1], offset: p.offset, title: true };
  }
  for (const part of z.body) {
    if (part.kind !== 'table') {
      if (part.marker) break;
      continue;
    }
    for (const row of part.rows) {
      const at = row.cells.findIndex((c) => /^số hiệu\s*:?$/iu.test(c.text.trim()));
      const value = at >= 0 ? row.cells[at + 1] : undefined;
      const m = value ? BARE_NUMBER.exec(value.text.trim()) : null;
      if (m?.[1] && value) return { text: m[1], offset: value.offset, title: false };
    }
  }
  return null;
}

// The note under a title that names the document issuing it ("(Kèm theo Quyết định số …)",
// "(Ban hành kèm theo Nghị quyết …)", NĐ 30 Phụ lục I) is not part of the title.
/**
 * What follows "Số:" on a line ("Số: 446/KH-UBND" → "446/KH-UBND"), or null when the line does
 * not start so or runs over more than one line. The rest is sliced off rather than captured
 * with "(.*)$": on a 10 MB line, V8's backtracking matcher overflows its stack (issue 14).
 */
function numberLineRest(text: string): string | null {
  const head = /^s[oố]\s*[:.]?\s*/iu.exec(text);
  if (head === null) return null;
  const rest = text.slice(head[0].length);
  return /[\n\r\u2028\u2029]/.test(rest) ? null : rest;
}

const REFERENCE_NOTE = /\s*\((?:ban hành )?kèm theo\b[^)]*\)?\s*$/iu;

function withoutReference(title: string): string {
  return title.replace(/\s+/g, ' ').replace(REFERENCE_NOTE, '').trim();
}

// A body under a parent is printed under it ("UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG", NĐ 30
// Điều 8 (2)): the issuer is the last body named (heads in data/issuers.json).

function issuerOf(lines: string[]): string | null {
  const clean = lines.map((l) => l.replace(TRAILING_RULE, '').trim()).filter((l) => l && !RULE.test(l) && !isMottoLine(l));
  if (!clean.length) return null;
  let start = 0;
  clean.forEach((l, i) => {
    if (i > 0 && opensWithIssuer(l)) start = i;
  });
  const name = sentenceCase(clean.slice(start).join(' ').replace(TRAILING_RULE, ''));
  // Capitals hide which words are proper names ("SỞ CÔNG THƯƠNG"): a name the gazetteer knows
  // in full takes its written form from there.
  const known = lookupUnit(name);
  return known && toneKey(known.name) === toneKey(name) ? known.name : name;
}

// A rule of dashes printed after the name on the same line ("ỦY BAN NHÂN DÂN TỈNH SƠN LA -------").
const TRAILING_RULE = /\s*[-_=–—]{3,}\s*$/u;
