// The generated plans of test/perf/line-reading.test.ts (issue 14 item 4: the paragraph and
// layout readers stay linear), sized by the caller: the test reads them at 2,000 lines to check
// what is read, scripts/bench.mjs's hostile section at 50,000, where a quadratic loop shows.
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
