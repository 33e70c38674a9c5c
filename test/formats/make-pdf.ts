/**
 * Writes small PDFs for the PDF reader's tests, each shaped for the rule under test: text at
 * given positions (Helvetica, WinAnsi: ASCII text), ruling lines, pages with no text at all,
 * and an /Encrypt dictionary that asks for a password.
 */
export interface PdfText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size?: number;
}

export interface PdfPageSpec {
  readonly texts?: readonly PdfText[];
  /** Stroked lines: [x0, y0, x1, y1]. */
  readonly lines?: readonly (readonly [number, number, number, number])[];
}

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function makePdf(pages: readonly PdfPageSpec[], options: { encrypt?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    const ops: string[] = [];
    for (const [x0, y0, x1, y1] of page.lines ?? []) ops.push(`${x0} ${y0} m ${x1} ${y1} l S`);
    for (const t of page.texts ?? []) ops.push(`BT /F1 ${t.size ?? 12} Tf ${t.x} ${t.y} Td (${escape(t.text)}) Tj ET`);
    const stream = ops.join('\n');
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  // A Standard security handler whose user password is not empty (the U entry matches no
  // empty password), so a reader must ask for one.
  const encrypt = options.encrypt ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`) : 0;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = `<${'0123456789abcdef'.repeat(2)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
