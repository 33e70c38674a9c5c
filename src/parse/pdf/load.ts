import { InputError } from '../../model/errors.js';
import { msg } from '../../i18n/index.js';
import type { Segment } from './rulings.js';
import { rulingSegments } from './rulings.js';
import { pieceLines, RUN_GAP } from './lines.js';

import type { TextPiece } from './text-piece.js';

export type { TextPiece };

export interface PdfPage {
  /** 1-based page number. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly pieces: readonly TextPiece[];
  /** Horizontal and vertical line segments the page draws (table borders). */
  readonly segments: readonly Segment[];
}

// pdf.js's PasswordResponses: 1 asks for a password, 2 says the one given was wrong.
const NEED_PASSWORD = 1;
// Lines with columns a page needs before its ruling lines are read, and the columns they need.
const COLUMN_LINES = 2;
const TABLE_COLUMNS = 3;
// A page this many times larger than A4 in either direction is not a page of a plan.
const MAX_PAGE_SIDE = 14_400;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js once, with its worker run in this thread (Node has no web workers): the legacy
 * build, which runs on Node 20. pdf.js wants the optional @napi-rs/canvas for drawing, which
 * reading text does not need: where it is missing, DOMMatrix (which pdf.js builds one of as it
 * loads) is stood in for, and the warnings pdf.js prints while loading are kept off stderr,
 * where they would break the one-line discipline of the CLI.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const g = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    g.DOMMatrix ??= IdentityMatrix;
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: '))) warn(...args);
    };
    try {
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return lib;
    } finally {
      console.warn = warn;
    }
  })();
  return pdfjs;
}

/** The identity matrix pdf.js creates while loading; text extraction never multiplies it. */
class IdentityMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

/**
 * Opens a PDF and reads each page's positioned text and ruling lines. A PDF that needs a
 * password, and one pdf.js cannot parse, are refused in one line that says why.
 */
export async function loadPdf(bytes: Uint8Array, file: string | null): Promise<PdfPage[]> {
  const lib = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given (and refuses a Node Buffer): a plain copy.
  const task = lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    throw refusal(error, file);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      if (x1 - x0 > MAX_PAGE_SIDE || y1 - y0 > MAX_PAGE_SIDE) throw new InputError(file, msg('input.pdfPageSize', { page: n, width: Math.round(x1 - x0), height: Math.round(y1 - y0) }));
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        // Text rotated on the page (a stamp, a margin note) is not part of the reading order.
        if (Math.abs(b ?? 0) > 1e-3 || Math.abs(c ?? 0) > 1e-3 || (a ?? 0) <= 0) continue;
        pieces.push({ text: item.str, x: (e ?? 0) - x0, y: (f ?? 0) - y0, width: item.width, size: Math.abs(d ?? 0) || item.height });
      }
      // Ruling lines cost pdf.js a second pass over the page (its operator list): they are read
      // only where the text itself has columns. Only the drawing operators are wanted: the print
      // intent without annotations skips the display-only work.
      let segments: Segment[] = [];
      if (hasColumns(pieces)) {
        const ops = await page.getOperatorList({ intent: 'print', annotationMode: lib.AnnotationMode.DISABLE });
        segments = rulingSegments(ops, lib.OPS, x0, y0);
      }
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, pieces, segments });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * Whether a page's text stands in the columns of a table on at least two lines: three runs of
 * text apart on a line (a task table has three columns or more, and its cells are set apart by
 * their padding). A page of prose (a list marker and its text are two runs), and the
 * two-column header and signature blocks, have no ruling that matters to reading them; pdf.js
 * reads the ruling lines in a second pass over the page, which costs about as much as its text.
 */
function hasColumns(pieces: readonly TextPiece[]): boolean {
  let lines = 0;
  for (const line of pieceLines(pieces)) if (runCount(line) >= TABLE_COLUMNS && ++lines >= COLUMN_LINES) return true;
  return false;
}

/** How many runs of text a line's pieces make, apart by more than RUN_GAP font sizes. */
function runCount(line: readonly TextPiece[]): number {
  let runs = 0;
  let end = -Infinity;
  for (const p of [...line].sort((a, b) => a.x - b.x)) {
    if (p.x - end > RUN_GAP * Math.max(p.size, 1)) runs++;
    end = Math.max(end, p.x + p.width);
  }
  return runs;
}

function refusal(error: unknown, file: string | null): InputError {
  const e = error as { name?: string; code?: number; message?: string };
  if (e.name === 'PasswordException') {
    return new InputError(file, msg(e.code === NEED_PASSWORD ? 'input.pdfPassword' : 'input.pdfWrongPassword'));
  }
  if (e.name === 'InvalidPDFException') return new InputError(file, msg('input.pdfDamaged', { detail: e.message ?? 'pdf.js cannot read it' }));
  return new InputError(file, msg('input.pdfUnreadable', { detail: e.message ?? String(error) }));
}
