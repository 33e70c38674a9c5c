// The generated plans of test/perf/line-reading.test.ts and test/formats/hostile.test.ts
// (issue 14 item 4: the paragraph, layout and HTML table readers stay linear), sized by the
// caller: the tests read them at 2,000 to 5,000 lines to check what is read, the hostile
// section of scripts/bench.mjs at 20,000 to 50,000, where a quadratic loop shows.
export const HEAD = 'Số: 1/KH-UBND\nKẾ HOẠCH\nThử nghiệm\nI. MỤC TIÊU\n';
const TABLE_HEADER = 'STT     Nhiệm vụ                 Đơn vị chủ trì      Thời gian\n\n';

const lines = (count, text) => Array.from({ length: count }, (_, i) => text(i));

/** `n` short unpunctuated paragraphs between blank lines. */
export const brokenParagraphs = (n) => HEAD + lines(n, () => 'ab').join('\n\n');
/** `n` short lines with no blank line between them, in lower case or in capitals. */
export const shortLines = (n, capitals) => HEAD + lines(n, (i) => (capitals ? `Đoạn ${i} kết thúc.` : `đoạn ${i}`)).join('\n');
/** One line of `n` numbered items run together. */
export const itemsOnOneLine = (n) => `${HEAD.trimEnd()} ${lines(n, (i) => `${(i % 999) + 1}. Mục số ${i}.`).join(' ')}\n`;
/** A table laid out in spaces with `n` rows. */
export const spaceTable = (n) => `${HEAD}${TABLE_HEADER}${lines(n, (i) => `${(i % 999) + 1}       Nhiệm vụ số ${i}          Sở Tài chính        2026`).join('\n\n')}\n`;
/** `n` table headers laid out in spaces, each over a line of prose. */
export const lonelyHeaders = (n) => `${HEAD}${lines(n, () => `${TABLE_HEADER}Các đơn vị thực hiện theo chức năng, nhiệm vụ được giao.`).join('\n\n')}\n`;
/** A web page copied as text whose `n` lines each open with a TAB. */
export const tabbedPage = (n) => `Trang chủ\n\tSố: 1/KH-UBND\tHuế, ngày 1 tháng 2 năm 2025\n\tKẾ HOẠCH\n${lines(n, (i) => `\t${i + 1}. Mục ${i} ${'chữ '.repeat(45)}`).join('\n')}\n`;
/** A web page holding a task table of `n` rows. */
export const htmlTable = (n) =>
  `<html><body><table><tr><th>STT</th><th>Nhiệm vụ</th><th>Chủ trì</th><th>Thời gian</th></tr>${lines(n, (i) => `<tr><td>${i + 1}</td><td>Nhiệm vụ ${i}</td><td>Sở A</td><td>2020</td></tr>`).join('')}</table></body></html>`;
/** A web page of `n` paragraphs in one container, after the plan's number. */
export const htmlParagraphs = (n) => `<html><body><div class="content"><p>Số: 1/KH-UBND</p>${lines(n, (i) => `<p>Đoạn ${i}</p>`).join('')}</div></body></html>`;
