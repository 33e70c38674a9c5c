import { createHash } from 'node:crypto';
import { msg } from './i18n/index.js';
import { rendered } from './extract/context.js';
import type { Plan, InputFormat } from './model/types.js';
import type { Diagnostic } from './model/diagnostic.js';
import { placeOf, sortDiagnostics } from './model/diagnostic.js';
import { InputError } from './model/errors.js';
import { decodeBytes } from './input/decode.js';
import './input/legacy/index.js';
import { normaliseText } from './input/line-index.js';
import { detectFormat } from './parse/detect.js';
import { readText } from './parse/text.js';
import type { ReadDocument } from './parse/document.js';
import { buildPlan } from './build-plan.js';
import { sourceLines } from './parse/source-lines.js';
import type { SourceLine } from './model/source-line.js';
import { LETTER, NUMBER, UPPER } from './model/letters.js';

export interface ParseOptions {
  /** The path as the user gave it, or null for standard input / a string. */
  readonly path?: string | null;
  /** Overrides format detection. */
  readonly format?: InputFormat;
  /** Also return the document's lines (`lines`), for a report that quotes them. Default false. */
  readonly keepLines?: boolean;
}

export interface ParseResult {
  readonly plan: Plan;
  /** Repairs made while reading (info) and structural findings; sorted by place. */
  readonly diagnostics: readonly Diagnostic[];
  /** With `keepLines`: the lines the Source places of the plan and the diagnostics count. */
  readonly lines?: readonly SourceLine[];
}

/**
 * Reads a plan from bytes (any supported format) or from a string of text. Never throws on a
 * badly structured document; throws InputError when the input cannot be read as a plan.
 */
export function parsePlan(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  const path = options.path ?? null;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return planOf(bytes, readDocument(bytes, path, options.format), path, options.keepLines === true);
}

/** The model of a document a reader has read: the pipeline every format shares. */
function planOf(bytes: Uint8Array, doc: ReadDocument, path: string | null, keepLines: boolean): ParseResult {
  const sha256 = (): string => createHash('sha256').update(bytes).digest('hex');
  const diagnostics: Diagnostic[] = [];
  for (const note of doc.notes) diagnostics.push({ ruleId: 'parse-input', severity: 'info', ...rendered(note), place: { line: 1, column: 1 } });
  for (const f of doc.findings ?? []) diagnostics.push({ ruleId: f.ruleId, severity: f.severity, ...rendered(f.message), place: placeOf(f.source) });
  const plan = buildPlan(doc, { path, sha256 }, diagnostics);
  if (!plan.document.number && !plan.document.title && plan.outline.length === 0 && plan.tasks.length === 0) {
    // A text that holds a document number and a type word is a document the reader failed on,
    // not a file that is no plan: it is returned, with what was not found said (issue 11).
    const evidence = planEvidence(doc.text);
    const at = evidence ? doc.index.locate(evidence.offset) : null;
    if (!evidence) throw new InputError(path, msg('input.noPlan'));
    diagnostics.push({
      ruleId: 'plan-not-read',
      severity: 'warning',
      ...rendered(msg('parse.planNotRead', { number: evidence.number, type: evidence.type })),
      place: at ? placeOf(at) : { line: 1, column: 1 },
    });
  }
  return { plan, diagnostics: sortDiagnostics(diagnostics), ...(keepLines ? { lines: sourceLines(doc) } : {}) };
}

// A document number ("77/KH-UBND", "12-NQ/TU") and a type word in capitals or as written.
const DOCUMENT_NUMBER = new RegExp(String.raw`\b\d{1,6}\s*[/-]\s*(?:\d{4}\s*\/\s*)?[${UPPER}][${LETTER}${NUMBER}&]*(?:\s*[-/]\s*[${UPPER}][${LETTER}${NUMBER}&]*)+`, 'u');
const TYPE_WORD = /\b(?:KẾ HOẠCH|Kế hoạch|CHƯƠNG TRÌNH|Chương trình|QUYẾT ĐỊNH|Quyết định|ĐỀ ÁN|Đề án|PHƯƠNG ÁN|Phương án)\b/u;

/** The first document number and type word of a text, if it holds both. */
function planEvidence(text: string): { number: string; type: string; offset: number } | null {
  const n = DOCUMENT_NUMBER.exec(text);
  const t = TYPE_WORD.exec(text);
  if (!n || !t) return null;
  return { number: n[0], type: t[0], offset: n.index };
}

function readDocument(bytes: Uint8Array, path: string | null, override?: InputFormat): ReadDocument {
  const format = detectFormat(bytes, path, override);
  if (format === 'docx') return loadDocx()(bytes, path);
  if (format === 'doc') return loaded(docReader, '.doc')(bytes, path);
  // pdf.js answers with promises: only readPlan can wait for it.
  if (format === 'pdf') throw new InputError(path, msg('input.pdfAsync'));
  const decoded = decodeBytes(bytes, path);
  const { text, index } = normaliseText(decoded.text);
  if (!text.trim()) throw new InputError(path, msg('input.noText'));
  const doc = format === 'html' ? loaded(htmlReader, 'HTML')(text, index) : format === 'markdown' ? loaded(markdownReader, 'Markdown')(text, index) : readText(text, index);
  return decoded.notes.length ? { ...doc, notes: [...decoded.notes, ...doc.notes] } : doc;
}

// The .docx and HTML readers are registered by the entry points that bundle them, so that
// reading text does not load zip, XML and rehype code (performance issue: fast start-up).
type DocxReader = (bytes: Uint8Array, file: string | null) => ReadDocument;
type HtmlReader = (text: string, index: ReturnType<typeof normaliseText>['index']) => ReadDocument;
let docxReader: DocxReader | null = null;
let htmlReader: HtmlReader | null = null;
let markdownReader: HtmlReader | null = null;

// pdf.js works with promises, so the PDF reader does too.
type PdfReader = (bytes: Uint8Array, file: string | null) => Promise<ReadDocument>;
let pdfReader: PdfReader | null = null;
let docReader: DocxReader | null = null;

export function registerReaders(readers: { docx?: DocxReader; html?: HtmlReader; markdown?: HtmlReader; pdf?: PdfReader; doc?: DocxReader }): void {
  if (readers.markdown) markdownReader = readers.markdown;
  if (readers.docx) docxReader = readers.docx;
  if (readers.html) htmlReader = readers.html;
  if (readers.pdf) pdfReader = readers.pdf;
  if (readers.doc) docReader = readers.doc;
}

/**
 * Like parsePlan, but first loads the reader the input's format needs (with a dynamic import,
 * so that the CLI only loads zip, XML, rehype, pdf.js and .doc code for the files that need
 * them). PDF inputs are read only here: pdf.js is asynchronous.
 */
export async function readPlan(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const format = detectFormat(bytes, options.path ?? null, options.format);
  if (format === 'docx' && !docxReader) registerReaders({ docx: (await import('./parse/docx/index.js')).readDocx });
  if (format === 'html' && !htmlReader) registerReaders({ html: (await import('./parse/html.js')).readHtml });
  if (format === 'markdown' && !markdownReader) registerReaders({ markdown: (await import('./parse/markdown.js')).readMarkdown });
  if (format === 'pdf') {
    if (!pdfReader) registerReaders({ pdf: (await import('./parse/pdf/index.js')).readPdf });
    return planOf(bytes, await loaded(pdfReader, 'PDF')(bytes, options.path ?? null), options.path ?? null, options.keepLines === true);
  }
  if (format === 'doc' && !docReader) registerReaders({ doc: (await import('./parse/doc/index.js')).readDoc });
  return parsePlan(bytes, { ...options, format });
}

function loadDocx(): DocxReader {
  return loaded(docxReader, '.docx');
}

function loaded<T>(reader: T | null, name: string): T {
  if (!reader) throw new InputError(null, msg('input.readerNotLoaded', { format: name }));
  return reader;
}
