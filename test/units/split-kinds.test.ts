import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/units/split.js';

/** [text as written, collective] for each unit, in order. */
type Expected = [string, boolean][];
const names = (cell: string) => splitUnits(cell).map((u) => [u.text, u.collective]);

// Issue 12 §4: every official category of body has heads that start a unit, so that a list of
// bodies of any kind splits where a reader splits it. The lists are written for these tests.
describe('splitUnits: every kind of body', () => {
  const cases: [string, string, Expected][] = [
    ['government agencies', 'Thông tấn xã Việt Nam, Đài Tiếng nói Việt Nam, Đài Truyền hình Việt Nam',
      [['Thông tấn xã Việt Nam', false], ['Đài Tiếng nói Việt Nam', false], ['Đài Truyền hình Việt Nam', false]]],
    ['units of a ministry', 'Cục Biến đổi khí hậu, Vụ Pháp chế, Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu',
      [['Cục Biến đổi khí hậu', false], ['Vụ Pháp chế', false], ['Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu', false]]],
    ['academies and general departments', 'Học viện Hành chính quốc gia, Tổng cục Thống kê', [['Học viện Hành chính quốc gia', false], ['Tổng cục Thống kê', false]]],
    ['the Front and mass organisations', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam',
      [['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', false], ['Trung ương Hội Cựu chiến binh Việt Nam', false]]],
    ['a union of associations is one body', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, Hội Chữ thập đỏ tỉnh',
      [['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', false], ['Hội Chữ thập đỏ tỉnh', false]]],
    ['the Front and the labour federation', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động tỉnh',
      [['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', false], ['Liên đoàn Lao động tỉnh', false]]],
    ['armed forces', 'Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Bộ Tư lệnh Vùng Cảnh sát biển 3',
      [['Bộ Chỉ huy Quân sự tỉnh', false], ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', false], ['Bộ Tư lệnh Vùng Cảnh sát biển 3', false]]],
    ['procuracy and court', 'Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh', [['Viện kiểm sát nhân dân tỉnh', false], ['Tòa án nhân dân tỉnh', false]]],
    ['regional agencies', 'Kho bạc Nhà nước khu vực XV, Ngân hàng Nhà nước chi nhánh Khu vực 10, Thuế tỉnh',
      [['Kho bạc Nhà nước khu vực XV', false], ['Ngân hàng Nhà nước chi nhánh Khu vực 10', false], ['Thuế tỉnh', false]]],
    ['public service units', 'Ban Quản lý dự án đầu tư xây dựng tỉnh, Trung tâm Phục vụ hành chính công tỉnh, Nhà xuất bản Văn hóa dân tộc',
      [['Ban Quản lý dự án đầu tư xây dựng tỉnh', false], ['Trung tâm Phục vụ hành chính công tỉnh', false], ['Nhà xuất bản Văn hóa dân tộc', false]]],
    ['state enterprises', 'Tổng công ty Điện lực miền Nam, Tập đoàn Bưu chính Viễn thông Việt Nam',
      [['Tổng công ty Điện lực miền Nam', false], ['Tập đoàn Bưu chính Viễn thông Việt Nam', false]]],
  ];
  it.each(cases)('%s: %s', (_what, cell, expected) => expect(names(cell)).toEqual(expected));
});

describe('splitUnits: a head the gazetteer does not know never glues two units', () => {
  it('after a known body, a capitalised word after the comma starts a unit', () => {
    expect(names('Sở Y tế, Bảo tàng tỉnh')).toEqual([['Sở Y tế', false], ['Bảo tàng tỉnh', false]]);
  });
  it('a listed head a few words into the text after a comma starts a unit', () => {
    expect(names('Trung tâm Kiểm soát bệnh tật, Thường trực Ban Chỉ đạo tỉnh')).toEqual([
      ['Trung tâm Kiểm soát bệnh tật', false],
      ['Thường trực Ban Chỉ đạo tỉnh', false],
    ]);
  });
  it('looks three words ahead, not four (HEAD_LOOKAHEAD)', () => {
    expect(names('Trung tâm Kiểm soát bệnh tật, Thường trực vụ Ban Chỉ đạo')).toHaveLength(2);
    expect(names('Trung tâm Kiểm soát bệnh tật, Thường trực thường vụ Ban Chỉ đạo')).toHaveLength(1);
  });
  it('keeps the fields of a name that a comma separates', () => {
    for (const name of ['Viện Chiến lược, Chính sách tài nguyên và môi trường', 'Báo và Phát thanh, Truyền hình tỉnh', 'Sở Lao động, Thương binh và Xã hội tỉnh']) {
      expect(names(name)).toEqual([[name, false]]);
    }
  });
});

describe('splitUnits: lists written without the punctuation a reader expects (issue 12 §5)', () => {
  const cases: [string, string, Expected][] = [
    ['a paragraph break joined after a collective', 'Các sở, ban, ngành; UBND các xã, phường, đặc khu Sở Tài chính',
      [['Các sở, ban, ngành', true], ['UBND các xã, phường, đặc khu', true], ['Sở Tài chính', false]]],
    ['a paragraph break joined after a place', 'Báo và Phát thanh, Truyền hình Lâm Đồng Sở Y tế', [['Báo và Phát thanh, Truyền hình Lâm Đồng', false], ['Sở Y tế', false]]],
    ['a qualifier and a known body', 'Công an tỉnh Bộ Chỉ huy Quân sự tỉnh', [['Công an tỉnh', false], ['Bộ Chỉ huy Quân sự tỉnh', false]]],
    ['A và các B', 'Công an tỉnh và các sở, ban, ngành, địa phương', [['Công an tỉnh', false], ['các sở, ban, ngành, địa phương', true]]],
    ['A và các B, B unnamed', 'Sở Y tế và các đơn vị liên quan', [['Sở Y tế', false], ['các đơn vị liên quan', true]]],
    ['a unit ending in "Thành phố"', 'Công an Thành phố, Sở Tài chính', [['Công an Thành phố', false], ['Sở Tài chính', false]]],
    ['a city government and its police', 'UBND Thành phố, Công an Thành phố', [['UBND Thành phố', false], ['Công an Thành phố', false]]],
    ['a collective ending in "Thành phố"', 'Các Sở, ban, ngành Thành phố, UBND các phường, xã', [['Các Sở, ban, ngành Thành phố', true], ['UBND các phường, xã', true]]],
    ['a common word that is also a head', 'Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy và các cơ quan, đơn vị thuộc Sở',
      [['Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy', false], ['các cơ quan, đơn vị thuộc Sở', true]]],
    ['a title and its body', 'Trưởng ban Ban Chỉ đạo tỉnh', [['Trưởng ban Ban Chỉ đạo tỉnh', false]]],
    ['the members of a collective after a colon', 'Các trường: Đại học, Cao đẳng trên địa bàn', [['Các trường: Đại học, Cao đẳng trên địa bàn', true]]],
  ];
  it.each(cases)('%s: %s', (_what, cell, expected) => expect(names(cell)).toEqual(expected));
});

describe('splitUnits: bodies named by level without "các" are collectives (issue 12 §8)', () => {
  it.each(['UBND xã, phường, đặc khu', 'Ủy ban nhân dân phường, xã, đặc khu', 'UBND cấp xã', 'UBND tỉnh, thành phố', 'Công an xã, phường'])('%s', (cell) => {
    expect(names(cell)).toEqual([[cell, true]]);
  });
  it.each(['Công an tỉnh', 'Sở Xây dựng Thành phố', 'Ủy ban nhân dân xã Kỳ Anh'])('%s names one body', (cell) => {
    expect(names(cell)).toEqual([[cell, false]]);
  });
});

describe('splitUnits: role notes (issue 12 §6)', () => {
  it('reads the note apart from the name', () => {
    const [u] = splitUnits('Sở Tài chính (cơ quan chủ trì)');
    expect(u).toMatchObject({ text: 'Sở Tài chính', name: 'Sở Tài chính', role: 'cơ quan chủ trì', person: false });
  });
  it('inside a list, and with what the note says of the body', () => {
    expect(splitUnits('Công an tỉnh (cơ quan thường trực Ban Chỉ đạo), Sở Y tế (thường trực); Sở Nội vụ').map((u) => [u.name, u.role])).toEqual([
      ['Công an tỉnh', 'cơ quan thường trực Ban Chỉ đạo'],
      ['Sở Y tế', 'thường trực'],
      ['Sở Nội vụ', null],
    ]);
  });
  it('leaves other parentheses in the name', () => {
    expect(splitUnits('Đài Tiếng nói Việt Nam (VOV)')[0]).toMatchObject({ text: 'Đài Tiếng nói Việt Nam (VOV)', role: null });
  });
});

describe('splitUnits: people as holders (issue 12 §7)', () => {
  const people = (cell: string) => splitUnits(cell).map((u) => [u.text, u.name, u.person]);
  it('a form of address, a name and a post', () => {
    expect(people('Ông Nguyễn Văn An - Phó Giám đốc Sở')).toEqual([['Ông Nguyễn Văn An - Phó Giám đốc Sở', 'Nguyễn Văn An', true]]);
    expect(people('Bà Trần Thị Hoa, Phó Chánh Văn phòng')).toEqual([['Bà Trần Thị Hoa, Phó Chánh Văn phòng', 'Trần Thị Hoa', true]]);
    expect(people('Đ/c Lê Văn Tám, Đ/c Nguyễn Thị Hoa').map((p) => p[1])).toEqual(['Lê Văn Tám', 'Nguyễn Thị Hoa']);
  });
  it('a cell of names, one a line, or run together when the line breaks were lost', () => {
    expect(people('Đỗ Mạnh Cường\nVũ Việt Linh\nNguyễn Thị Loan').map((p) => p[1])).toEqual(['Đỗ Mạnh Cường', 'Vũ Việt Linh', 'Nguyễn Thị Loan']);
    expect(people('Đỗ Mạnh Cường Vũ Việt Linh Nguyễn Thị Loan').map((p) => p[1])).toEqual(['Đỗ Mạnh Cường', 'Vũ Việt Linh', 'Nguyễn Thị Loan']);
    expect(people('Lê Văn Tám và Nguyễn Thị Hoa').map((p) => p[1])).toEqual(['Lê Văn Tám', 'Nguyễn Thị Hoa']);
  });
  it('a bare name has three syllables at least; with a form of address two (MIN_BARE_NAME_SYLLABLES)', () => {
    expect(people('Lê Văn Tám')[0]?.[2]).toBe(true);
    expect(people('Lê Lợi')[0]?.[2]).toBe(false);
    expect(people('Ông Lê Lợi')[0]).toEqual(['Ông Lê Lợi', 'Lê Lợi', true]);
  });
  it('a name has five syllables at most (MAX_NAME_SYLLABLES)', () => {
    expect(people('Nguyễn Thị Minh Khai Hoa')[0]?.[2]).toBe(true);
    expect(people('Nguyễn Thị Minh Khai Hoa Lan')[0]?.[2]).toBe(false);
  });
  it('places and bodies are not people', () => {
    for (const cell of ['Hồ Chí Minh', 'Hà Tĩnh', 'Bà Rịa - Vũng Tàu', 'Sở Tài chính', 'Trung tâm Phục vụ hành chính công']) {
      expect(splitUnits(cell).every((u) => !u.person), cell).toBe(true);
    }
  });
});
