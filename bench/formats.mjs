// The benchmark's part for the formats of issue 16 and the .docx memory bound of issue 14,
// called by scripts/bench.mjs with its helpers (say, row, verdict, timeRun, work folder).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

const TARGET = { read: 1.5, peakMiB: 1536 };
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** PDF and .doc reading time of the sample against the library's own text extraction. */
export function benchFormatReading({ root, node, say, row, verdict, runs }) {
  say('5. reading the sample as published: our reader (up to the read document)  vs  the library\'s own text extraction, same process, after a warm-up');
  for (const [label, file, floorName] of [
    ['PDF', 'fixtures/formats/446.pdf', 'pdf.js getTextContent'],
    ['.doc', 'fixtures/formats/446.doc', 'word-extractor getBody'],
  ]) {
    const time = (mode) => {
      // A .doc reads in milliseconds: more reads make its median steady.
      const reads = file.endsWith('.doc') ? runs * 10 : runs;
      const r = spawnSync(node, [path.join(root, 'bench', 'read-formats.mjs'), mode, file, String(reads)], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`read-formats ${mode} ${file}: ${r.stderr}`);
      return JSON.parse(r.stdout).ms;
    };
    const floor = time('floor');
    const ours = time('ours');
    row(label, `${floorName} ${floor.toFixed(1)} ms, our reader ${ours.toFixed(1)} ms (${file})`);
    verdict(`${label} ratio`, ours / floor, TARGET.read, '×');
  }
  say('');
}

/**
 * Peak memory of `plan export` on a .docx whose XML is just under the limit (32 MB), and the
 * time to refuse one whose XML would inflate to 180 MB (issue 14, item 5).
 */
export function benchDocxMemory({ root, node, say, row, verdict, timeRun, work, plan }) {
  say('6. .docx memory: plan export of a .docx with 31 MB of XML (the limit is 32 MB); refusal of one with 180 MB');
  const underLimit = path.join(work, 'xml-31mb.docx');
  writeFileSync(underLimit, docxOfXmlSize(31 * 2 ** 20));
  const m = timeRun([node, plan, 'export', underLimit], { okCodes: [0, 2] });
  row('31 MB XML', `wall ${(m.ms / 1000).toFixed(1)} s, peak ${(m.rssKiB / 1024).toFixed(0)} MiB`);
  verdict('peak MiB', m.rssKiB / 1024, TARGET.peakMiB, ' MiB');
  const over = path.join(work, 'xml-180mb.docx');
  writeFileSync(over, docxOfXmlSize(180 * 2 ** 20));
  const refused = timeRun([node, plan, 'export', over], { okCodes: [2] });
  row('180 MB XML', `refused (exit 2) in ${refused.ms.toFixed(0)} ms, peak ${(refused.rssKiB / 1024).toFixed(0)} MiB`);
  say('');
}

/** A .docx whose document.xml is about `size` bytes of numbered paragraphs. */
function docxOfXmlSize(size) {
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Số: 1/KH-UBND</w:t></w:r></w:p><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>`;
  const para = '<w:p><w:r><w:t>- Tuyên truyền, quảng bá về ASEAN trên Trang thông tin điện tử, bản tin, các ấn phẩm.</w:t></w:r></w:p>';
  const count = Math.max(0, Math.floor((size - head.length - 30) / strToU8(para).length));
  const xml = `${head}${para.repeat(count)}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), 'word/document.xml': [strToU8(xml), { level: 6 }] });
}
