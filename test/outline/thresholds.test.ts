import { describe, expect, it } from 'vitest';
import { APPENDIX_HEADING_LENGTH, PLACE_LENGTH, frameLineKind } from '../../src/outline/line-kinds.js';
import { ISSUER_LINE_LENGTH, isIssuerLine } from '../../src/outline/zones.js';
import type { Para } from '../../src/outline/paras.js';
import { MAX_LABEL, labelKind } from '../../src/outline/labels.js';
import { TITLE_LOWER_SHARE, isTitleCase } from '../../src/extract/appendix.js';
import { HEADER_SEARCH, UNIT_CELL_LENGTH, fits, readTaskTable } from '../../src/extract/task-table.js';
import { MAX_UNITS_BEFORE_COLON, addressOf } from '../../src/extract/unit-address.js';

// Each named threshold of the extractors, tested on a text just inside it and just past it.

/** `text` padded with `filler` words to exactly `length` characters. */
function padTo(text: string, length: number, filler: string): string {
  let out = text;
  while (out.length < length) out += filler;
  return out.slice(0, length).trimEnd().padEnd(length, filler.trim().charAt(0));
}

const para = (text: string): Para => ({ kind: 'para', lines: [{ text, offset: 0 }], text, marker: null, offset: 0, heading: false }) as unknown as Para;

describe('APPENDIX_HEADING_LENGTH: "Phụ lục" opens an appendix on a short line', () => {
  it(`a line of ${APPENDIX_HEADING_LENGTH} characters is a heading, one more is a sentence`, () => {
    const at = padTo('Phụ lục kèm theo Kế hoạch này quy định chi tiết các nội dung', APPENDIX_HEADING_LENGTH, ' và');
    expect(at).toHaveLength(APPENDIX_HEADING_LENGTH);
    expect(frameLineKind(at)).toBe('appendix');
    expect(frameLineKind(`${at}a`)).toBeNull();
  });
});

describe('PLACE_LENGTH: the place before ", ngày" on the date line is a name', () => {
  it(`a place of ${PLACE_LENGTH + 1} characters makes a date line, one more a sentence`, () => {
    const place = padTo('Thành phố Hồ Chí Minh', PLACE_LENGTH + 1, ' Hà');
    expect(place).toHaveLength(PLACE_LENGTH + 1);
    expect(frameLineKind(`${place}, ngày 16 tháng 12 năm 2019`)).toBe('date');
    expect(frameLineKind(`${place}a, ngày 16 tháng 12 năm 2019`)).toBeNull();
  });
});

describe('ISSUER_LINE_LENGTH: an issuer printed out of place is a short line in capitals', () => {
  it(`${ISSUER_LINE_LENGTH} characters is an issuer, one more is not`, () => {
    const at = padTo('ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU', ISSUER_LINE_LENGTH, ' VÀ');
    expect(at).toHaveLength(ISSUER_LINE_LENGTH);
    expect(isIssuerLine(para(at))).toBe(true);
    expect(isIssuerLine(para(`${at}A`))).toBe(false);
  });
});

describe('MAX_LABEL: a label before a colon is a short phrase', () => {
  it(`"Đơn vị chủ trì …" of ${MAX_LABEL} characters is a label, one more is a sentence`, () => {
    const at = padTo('Đơn vị chủ trì thực hiện', MAX_LABEL, ' và');
    expect(at).toHaveLength(MAX_LABEL);
    expect(labelKind(at)).toBe('lead');
    expect(labelKind(`${at}a`)).toBeNull();
  });
});

describe('TITLE_LOWER_SHARE: an appendix title in capitals may hold a few lower-case letters', () => {
  it('under the share it is a title, at the share it is not', () => {
    // 20 letters each: 2 of them in lower case (10%), then 3 (15%).
    expect(2 / 20).toBeLessThan(TITLE_LOWER_SHARE);
    expect(isTitleCase('NHIỆM VỤ PHÁT TRIỂN Iot')).toBe(true);
    expect(3 / 20).toBe(TITLE_LOWER_SHARE);
    expect(isTitleCase('NHIỆM VỤ PHÁT TRIỂN iot')).toBe(false);
  });
});

describe('UNIT_CELL_LENGTH: a cell of units is short', () => {
  it(`units in ${UNIT_CELL_LENGTH - 1} characters fit a units column, ${UNIT_CELL_LENGTH} do not`, () => {
    const under = padTo('Sở Nội vụ, Sở Tài chính', UNIT_CELL_LENGTH - 1, ', Sở Y tế');
    expect(under).toHaveLength(UNIT_CELL_LENGTH - 1);
    expect(fits(under, 'lead')).toBe(true);
    expect(fits(`${under}ế`, 'lead')).toBe(false);
  });
});

describe('HEADER_SEARCH: the header is one of the first rows of a table', () => {
  const row = (...texts: string[]) => ({ offset: 0, cells: texts.map((text) => ({ text, offset: 0 })) });
  const title = row('DANH MỤC NHIỆM VỤ');
  const header = row('TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian');
  const task = row('1', 'Tuyên truyền về ASEAN', 'Sở Thông tin và Truyền thông', '2020');

  it(`a header under ${HEADER_SEARCH - 1} title rows is found, under ${HEADER_SEARCH} it is not`, () => {
    const found = readTaskTable([...Array<typeof title>(HEADER_SEARCH - 1).fill(title), header, task]);
    expect(found.isTasks).toBe(true);
    expect(found.headerRows).toBe(HEADER_SEARCH);
    expect(readTaskTable([...Array<typeof title>(HEADER_SEARCH).fill(title), header, task]).isTasks).toBe(false);
  });
});

describe('MAX_UNITS_BEFORE_COLON: the units a heading addresses stand before a near colon', () => {
  it(`a colon within ${MAX_UNITS_BEFORE_COLON} characters parts the units from their duty, further it does not`, () => {
    const near = 'Sở Nội vụ, Sở Công Thương, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Nông nghiệp và Môi trường, Văn phòng UBND tỉnh';
    const far = near.replace('Sở Nội vụ', 'Sở Tư pháp');
    expect([near.length, far.length]).toEqual([MAX_UNITS_BEFORE_COLON - 1, MAX_UNITS_BEFORE_COLON]);
    const duty = 'thực hiện rà soát thủ tục hành chính.';
    expect(addressOf(`${near}: ${duty}`, 'organization')?.duty?.text).toBe(duty);
    // Past it the colon ends a clause of the sentence: the duty is the whole sentence.
    expect(addressOf(`${far}: ${duty}`, 'organization')?.duty?.text).toBe(`${far}: ${duty}`);
  });
});
