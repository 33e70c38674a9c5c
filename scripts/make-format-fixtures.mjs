#!/usr/bin/env node
// Builds the Markdown, HTML and .docx versions of the sample plan (fixtures/formats/446.*)
// from fixtures/446-KH-UBND-2019-ha-tinh.txt (issue 6). Run: node scripts/make-format-fixtures.mjs
// With --office it also has LibreOffice (soffice, Debian's libreoffice-writer) make the copies
// offices publish (issue 16): 446.pdf (exported from 446.docx), 446-libreoffice.docx (446.docx
// opened and saved again) and 446.doc (Word 97–2003). The outputs are committed, so that the
// tests never need LibreOffice.
//
// Each format is written the way that format circulates, not as a copy of the text's defects:
// - 446.md is a note pasted from the text: ATX headings and "- " bullets, GFM pipe table for the
//   appendix; the body's page-break splits and the OCR "KÊ CHỦ TỊCH" are kept as pasted, the
//   table row split by a page break is repaired (a pipe table cannot hold a blank line).
// - 446.html is a legal-document website page: header layout table, <p> paragraphs, the
//   appendix table with a thead, group rows with colspan, a lead cell with rowspan.
// - 446.docx is a Word file as offices type it: header layout table, automatic numbering
//   (I./1. from numbering.xml, section headings numbered through their paragraph style),
//   Word bullets, a signature layout table, group rows with gridSpan, cells merged down (vMerge).
// The header block of all three carries the issuer and the Quốc hiệu, which the text copy lost.
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as docx from 'docx';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'fixtures', 'formats');
const source = readFileSync(join(root, 'fixtures', '446-KH-UBND-2019-ha-tinh.txt'), 'utf8');


// ---------------------------------------------------------------------------------------------
// Reading the sample into parts.

function readSample(text) {
  const lines = text.split('\n');
  const find = (re, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i])) return i;
    throw new Error(`not found: ${re}`);
  };
  const iNumber = find(/^Số:/);
  const iDate = find(/, ngày /, iNumber);
  const iType = find(/^KẾ HOẠCH$/);
  const titleLines = [];
  for (let i = iType + 1; lines[i].trim() !== ''; i++) titleLines.push(lines[i]);
  const iIntro = find(/^Căn cứ /);
  const iBody = find(/^I\. /);
  const iRecipients = find(/^Nơi nhận:/);
  const iSign = find(/^TM\. /, iRecipients);
  const iAppendix = find(/^Phụ lục$/);
  const iHeaderRow = find(/^STT\t/);

  // Body: one paragraph per non-empty line, as the text has them (page breaks left split).
  const body = lines.slice(iBody, iRecipients).filter((l) => l.trim() !== '').map(classify);
  const recipients = lines.slice(iRecipients + 1, iSign).filter((l) => l.startsWith('- '));
  const signLines = lines.slice(iSign, iAppendix).filter((l) => l.trim() !== '');

  // Table rows; a row whose first cell is empty continues the row above (a page break).
  const rows = [];
  for (const line of lines.slice(iHeaderRow)) {
    if (!line.includes('\t')) continue;
    const cells = line.split('\t').map((c) => c.trim());
    const prev = rows[rows.length - 1];
    if (prev && cells[0] === '' && cells.some((c) => c !== '')) {
      cells.forEach((c, k) => { if (c) prev[k] = `${prev[k]} ${c}`.trim(); });
      continue;
    }
    rows.push(cells);
  }
  return {
    number: lines[iNumber].trim(),
    date: lines[iDate].trim(),
    type: lines[iType].trim(),
    titleLines,
    intro: lines[iIntro].trim(),
    body,
    recipients,
    signature: { authority: signLines[0], capacity: signLines[1], title: signLines[2], name: signLines[3] },
    appendix: { label: lines[iAppendix], title: lines[iAppendix + 1], reference: lines[find(/^\(Kèm theo/, iAppendix)] },
    header: rows[0],
    rows: rows.slice(1),
  };
}

function classify(line) {
  let m;
  if ((m = /^([IVX]+)\. (.*)$/.exec(line))) return { kind: 'section', marker: m[1], text: m[2] };
  if ((m = /^(\d+)\. (.*)$/.exec(line))) return { kind: 'clause', marker: m[1], text: m[2] };
  if ((m = /^- (.*)$/.exec(line))) return { kind: 'bullet', text: m[1] };
  return { kind: 'text', text: line };
}

/** A Word or web copy has no page-break splits: join a paragraph left open with the next. */
function repairedBody(body) {
  const out = [];
  for (const p of body) {
    const prev = out[out.length - 1];
    if (prev && p.kind === 'text' && /\p{Ll}$/u.test(prev.text) && /^\p{Ll}/u.test(p.text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${p.text}` };
    } else out.push(p);
  }
  return out;
}

const ISSUER = ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'];
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
/** The OCR slip "KÊ" of the text copy, as a typed Word or web copy reads (domain.md §1.6). */
const typedCapacity = (capacity) => capacity.replace(/^KÊ /, 'KT. ');
const isGroupRow = (row) => /^[IVX]+$/.test(row[0]);

// ---------------------------------------------------------------------------------------------
// Markdown.

function toMarkdown(p) {
  const md = [];
  md.push(`**${ISSUER[0]}**  \n**${ISSUER[1]}**`, `**${MOTTO[0]}**  \n**${MOTTO[1]}**`, p.number, `*${p.date}*`);
  md.push([`**${p.type}**`, ...p.titleLines.map((l) => `**${l}**`)].join('\n'));
  md.push(p.intro);
  for (const b of p.body) {
    if (b.kind === 'section') md.push(`## ${b.marker}. ${b.text}`);
    else if (b.kind === 'clause') md.push(`### ${b.marker}. ${b.text}`);
    else if (b.kind === 'bullet') md.push(`- ${b.text}`);
    else md.push(b.text);
  }
  md.push('***Nơi nhận:***', p.recipients.join('\n'));
  md.push(`**${p.signature.authority}**`, `**${p.signature.capacity}**  \n**${p.signature.title}**`, `**${p.signature.name}**`);
  md.push(`**${p.appendix.label}**  \n**${p.appendix.title}**`, `*${p.appendix.reference}*`);
  const row = (cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  md.push([row(p.header), row(p.header.map(() => '---')), ...p.rows.map(row)].join('\n'));
  return `${md.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// HTML, shaped like a page saved from a legal-document website.

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inlineHtml(s) {
  return esc(s)
    .replace(/\*([^*]+)\*/g, '<i>$1</i>')
    .replace(/&lt;(https?:[^&]+)&gt;/g, '<a href="$1">$1</a>');
}

function toHtml(p) {
  const h = [];
  h.push('<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">', `<title>Kế hoạch ${esc(p.number.replace(/^Số:\s*/, ''))}</title>`, '<style>td { vertical-align: top; }</style>', '</head>', '<body>');
  h.push('<nav><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản</a> | Kế hoạch</nav>');
  h.push('<div class="content1">');
  h.push('<table border="0" cellspacing="0" cellpadding="0" width="100%">');
  h.push(`  <tr><td width="40%"><p align="center"><b>${ISSUER.join('<br>')}</b><br>-------</p></td><td width="60%"><p align="center"><b>${MOTTO[0]}<br>${MOTTO[1]}</b><br>---------------</p></td></tr>`);
  h.push(`  <tr><td><p align="center">${esc(p.number)}</p></td><td><p align="right"><i>${esc(p.date)}</i></p></td></tr>`);
  h.push('</table>');
  h.push(`<p align="center"><b>${esc(p.type)}</b><br><b>${p.titleLines.map(esc).join('<br>')}</b></p>`);
  h.push(`<p>${inlineHtml(p.intro)}</p>`);
  for (const b of repairedBody(p.body)) {
    if (b.kind === 'section') h.push(`<p><b>${b.marker}. ${esc(b.text)}</b></p>`);
    else if (b.kind === 'clause') h.push(`<p><b>${b.marker}. ${esc(b.text)}</b></p>`);
    else if (b.kind === 'bullet') h.push(`<p>- ${inlineHtml(b.text)}</p>`);
    else h.push(`<p>${inlineHtml(b.text)}</p>`);
  }
  h.push('<table border="0" cellspacing="0" cellpadding="0" width="100%">');
  h.push(`  <tr><td width="45%"><p><b><i>Nơi nhận:</i></b><br>${p.recipients.map(esc).join('<br>')}</p></td>`);
  const s = p.signature;
  h.push(`  <td width="55%"><p align="center"><b>${esc(s.authority)}<br>${esc(typedCapacity(s.capacity))}<br>${esc(s.title)}<br><br><br><br>${esc(s.name)}</b></p></td></tr>`);
  h.push('</table>');
  h.push(`<p align="center"><b>${esc(p.appendix.label)}<br>${esc(p.appendix.title)}</b><br><i>${esc(p.appendix.reference)}</i></p>`);
  h.push('<table border="1" cellspacing="0" cellpadding="0">');
  h.push(`  <thead><tr>${p.header.map((c) => `<th><p>${esc(c)}</p></th>`).join('')}</tr></thead>`, '  <tbody>');
  const lead = leadMerges(p.rows);
  p.rows.forEach((row, r) => {
    if (isGroupRow(row)) {
      h.push(`  <tr><td><p align="center"><b>${row[0]}</b></p></td><td colspan="${row.length - 1}"><p><b>${esc(row[1])}</b></p></td></tr>`);
      return;
    }
    const cells = row.map((c, k) => {
      if (k === 2 && lead.covered.has(r)) return null;
      const rowspan = k === 2 && lead.starts.get(r) ? ` rowspan="${lead.starts.get(r)}"` : '';
      return `<td${rowspan}><p>${esc(c)}</p></td>`;
    });
    h.push(`  <tr>${cells.filter(Boolean).join('')}</tr>`);
  });
  h.push('  </tbody>', '</table>', '</div>');
  h.push('<footer><p>Bản quyền thuộc về trang văn bản pháp luật. Liên hệ: 1900 0000</p></footer>');
  h.push('<script>window.dataLayer = [];</script>', '</body>', '</html>');
  return `${h.join('\n')}\n`;
}

/**
 * Task rows in a run whose lead unit (3rd column) repeats, within one group: the first row of
 * the run gets a rowspan/vMerge restart, the others are covered. Runs of one row are left alone.
 */
function leadMerges(rows, column = 2) {
  const starts = new Map();
  const covered = new Set();
  for (let r = 0; r < rows.length; r++) {
    if (isGroupRow(rows[r])) continue;
    let end = r + 1;
    while (end < rows.length && !isGroupRow(rows[end]) && rows[end][column] === rows[r][column]) end++;
    if (end - r > 1) {
      starts.set(r, end - r);
      for (let k = r + 1; k < end; k++) covered.add(k);
    }
    r = end - 1;
  }
  return { starts, covered };
}

// ---------------------------------------------------------------------------------------------
// .docx, built with the docx package.

async function toDocx(p) {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, LevelFormat, BorderStyle, VerticalMergeType, ExternalHyperlink } = docx;
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const para = (text, opts = {}) => new Paragraph({ ...opts, children: runs(text, opts.bold, opts.italics) });
  const runs = (text, bold, italics) => {
    // "*…*" is italics in the sample; "<url>" a link.
    const out = [];
    for (const part of text.split(/(\*[^*]+\*|<https?:[^>]+>)/)) {
      if (!part) continue;
      if (part.startsWith('*')) out.push(new TextRun({ text: part.slice(1, -1), bold, italics: true }));
      else if (part.startsWith('<')) {
        const url = part.slice(1, -1);
        out.push(new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] }));
      } else out.push(new TextRun({ text: part, bold, italics }));
    }
    return out;
  };
  const layoutTable = (rows) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: noBorders,
      rows: rows.map((cells) => new TableRow({ children: cells.map((paragraphs) => new TableCell({ borders: noBorders, children: paragraphs })) })),
    });

  const children = [];
  const center = { alignment: AlignmentType.CENTER };
  children.push(
    layoutTable([
      [ISSUER.map((t) => para(t, { ...center, bold: true })), MOTTO.map((t, k) => para(t, { ...center, bold: k === 0 }))],
      [[para(p.number, center)], [para(p.date, { alignment: AlignmentType.RIGHT, italics: true })]],
    ]),
  );
  children.push(para(p.type, { ...center, bold: true }), ...p.titleLines.map((t) => para(t, { ...center, bold: true })));
  children.push(para(p.intro));
  for (const b of repairedBody(p.body)) {
    // Section headings are numbered through their style (numPr inherited from "Muc");
    // clauses carry a direct numPr; bullets are Word bullets.
    if (b.kind === 'section') children.push(new Paragraph({ style: 'Muc', children: runs(b.text, true) }));
    else if (b.kind === 'clause') children.push(new Paragraph({ numbering: { reference: 'outline', level: 1 }, children: runs(b.text, true) }));
    else if (b.kind === 'bullet') children.push(new Paragraph({ numbering: { reference: 'dash', level: 0 }, children: runs(b.text) }));
    else children.push(para(b.text));
  }
  const s = p.signature;
  children.push(
    layoutTable([
      [
        [para('Nơi nhận:', { bold: true, italics: true }), ...p.recipients.map((t) => para(t))],
        [s.authority, typedCapacity(s.capacity), s.title, '', s.name].map((t) => para(t, { ...center, bold: true })),
      ],
    ]),
  );
  children.push(para(p.appendix.label, { ...center, bold: true }), para(p.appendix.title, { ...center, bold: true }), para(p.appendix.reference, { ...center, italics: true }));

  const lead = leadMerges(p.rows, 2);
  const time = leadMerges(p.rows, 4);
  const merges = [lead, null, time];
  const cell = (text, opts = {}) => new TableCell({ ...opts, children: [para(text, { bold: opts.bold })] });
  const tableRows = [new TableRow({ tableHeader: true, children: p.header.map((c) => cell(c, { bold: true })) })];
  p.rows.forEach((row, r) => {
    if (isGroupRow(row)) {
      tableRows.push(new TableRow({ children: [cell(row[0], { bold: true }), cell(row[1], { bold: true, columnSpan: row.length - 1 })] }));
      return;
    }
    tableRows.push(
      new TableRow({
        children: row.map((c, k) => {
          const m = merges[k - 2];
          if (m?.starts.has(r)) return cell(c, { verticalMerge: VerticalMergeType.RESTART });
          if (m?.covered.has(r)) return new TableCell({ verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph({})] });
          return cell(c);
        }),
      }),
    );
  });
  children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [700, 3800, 1700, 1700, 1100], rows: tableRows }));

  const document = new Document({
    creator: 'kehoach fixtures',
    title: `${p.type} ${p.number}`,
    styles: {
      paragraphStyles: [
        { id: 'Muc', name: 'Muc', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true }, paragraph: { numbering: { reference: 'outline', level: 0 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', start: 1 },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', start: 1 },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', start: 1 },
          ],
        },
        { reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', start: 1 }] },
      ],
    },
    sections: [{ children }],
  });
  const buffer = await Packer.toBuffer(document);
  return normaliseZip(buffer);
}

/** Fixed dates inside the document and in the archive, so that regenerating gives the same bytes. */
function normaliseZip(buffer) {
  const files = unzipSync(new Uint8Array(buffer));
  const fixed = '2019-12-16T00:00:00Z';
  // The docx package names hyperlink relationships with random ids: give them fixed ones.
  const rels = strFromU8(files['word/_rels/document.xml.rels']);
  const ids = [...rels.matchAll(/Id="([^"]+)" Type="[^"]*\/hyperlink"/g)].map((m) => m[1]);
  const renamed = (xml) => ids.reduce((x, id, k) => x.split(`"${id}"`).join(`"rIdLink${k + 1}"`), xml);
  files['word/_rels/document.xml.rels'] = strToU8(renamed(rels));
  files['word/document.xml'] = strToU8(renamed(strFromU8(files['word/document.xml'])));
  const entries = {};
  for (const [name, data] of Object.entries(files)) {
    let bytes = data;
    if (name === 'docProps/core.xml') {
      const xml = strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${fixed}`);
      bytes = strToU8(xml);
    }
    entries[name] = [bytes, { mtime: new Date(fixed), level: 6 }];
  }
  return zipSync(entries);
}

// ---------------------------------------------------------------------------------------------
// The copies LibreOffice makes.

/**
 * The PDF from 446.docx; the re-saved .docx and the .doc from a copy without the docx
 * package's start overrides (w:lvlOverride/w:startOverride on every list): LibreOffice saves
 * the first paragraph of such a list as a list of its own (a w:num with a start override, an
 * LST of its own in a .doc), which LibreOffice numbers on from the rest and Word's list model
 * does not (README, "What it reads").
 */
async function officeCopies(p) {
  const work = mkdtempSync(join(tmpdir(), 'kehoach-office-'));
  try {
    writeFileSync(join(work, '446.docx'), await toDocx(p));
    writeFileSync(join(work, '446-lists.docx'), withoutStartOverrides(await toDocx(p)));
    mkdirSync(join(work, 'saved'));
    const soffice = (format, file, dir = work) => execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', format, '--outdir', dir, join(work, file)], { stdio: 'ignore' });
    soffice('pdf', '446.docx');
    soffice('docx:MS Word 2007 XML', '446-lists.docx', join(work, 'saved'));
    soffice('doc:MS Word 97', '446-lists.docx');
    copyFileSync(join(work, '446.pdf'), join(out, '446.pdf'));
    copyFileSync(join(work, 'saved', '446-lists.docx'), join(out, '446-libreoffice.docx'));
    copyFileSync(join(work, '446-lists.doc'), join(out, '446.doc'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function withoutStartOverrides(docxBytes) {
  const files = unzipSync(docxBytes);
  const xml = strFromU8(files['word/numbering.xml']).replace(/<w:lvlOverride\b[\s\S]*?<\/w:lvlOverride>/g, '');
  files['word/numbering.xml'] = strToU8(xml);
  return zipSync(files);
}

const plan = readSample(source);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, '446.md'), toMarkdown(plan));
writeFileSync(join(out, '446.html'), toHtml(plan));
writeFileSync(join(out, '446.docx'), await toDocx(plan));
console.log('wrote fixtures/formats/446.md, 446.html, 446.docx');
if (process.argv.includes('--office')) {
  await officeCopies(plan);
  console.log('wrote fixtures/formats/446.pdf, 446-libreoffice.docx, 446.doc (LibreOffice)');
}
