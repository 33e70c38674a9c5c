import { describe, expect, it } from 'vitest';
import { lexMarker, rankOf, VIETNAMESE_LETTERS } from '../../src/outline/lexer.js';

const kind = (s: string) => {
  const m = lexMarker(s);
  return m ? [m.kind, m.number, m.value] : null;
};

describe('the numbering lexer (NĐ 30/2020: I. → 1. → 1.1. → a) → - → +)', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', ['roman', 'I', 1]],
    ['IV. TỔ CHỨC THỰC HIỆN', ['roman', 'IV', 4]],
    ['IX. CHẾ ĐỘ BÁO CÁO', ['roman', 'IX', 9]],
    ['1. Mục đích', ['arabic', '1', 1]],
    ['12) Sở Y tế', ['arabic', '12', 12]],
    ['1.2. Nhiệm vụ cụ thể', ['decimal', '1.2', 2]],
    ['2.3.1 Xây dựng', ['decimal', '2.3.1', 1]],
    ['a) Thúc đẩy', ['letter', 'a', 1]],
    ['đ) Biểu dương', ['letter', 'đ', 5]],
    ['g) Tổ chức', ['letter', 'g', 7]],
    ['b. Hoàn thiện quy chế', ['letter', 'b', 2]],
    ['đ. 100% hồ sơ', ['letter', 'đ', 5]],
    ['- Triển khai', ['dash', '-', 0]],
    ['+ Chi tiết', ['plus', '+', 0]],
    ['A. MỤC TIÊU', ['upper', 'A', 1]],
    ['D. TỔ CHỨC THỰC HIỆN', ['upper', 'D', 4]],
    ['Phần I. TÌNH HÌNH', ['part', 'I', 1]],
    // A Phần spelled as an ordinal takes the Roman numeral it is cited by (NĐ 30/2020).
    ['Phần thứ nhất', ['part', 'I', 1]],
    ['PHẦN THỨ TƯ: ĐÁNH GIÁ', ['part', 'IV', 4]],
    ['Phần thứ bảy - PHỤ LỤC', ['part', 'VII', 7]],
    ['Phần thứ hai', ['part', 'II', 2]],
    ['PHẦN THỨ TƯ: TỔ CHỨC THỰC HIỆN', ['part', 'IV', 4]],
    ['Phần thứ nhất KẾT QUẢ THỰC HIỆN', ['part', 'I', 1]],
  ])('%s', (line, expected) => {
    expect(kind(line)).toEqual(expected);
  });

  it.each([
    ['a wrapped year', '2030.'],
    ['plain prose', 'Kinh phí thực hiện Kế hoạch'],
    ['a rule of dashes', '---------------'],
    ['a date', '16/12/2019 ngày ký'],
    ['a bare dash', '-'],
    ['"Phần thứ" in running text', 'Phần thứ nhất của Kế hoạch nêu kết quả năm trước.'],
    ['"Phần thứ" before a word that is no ordinal', 'Phần thứ yếu'],
    ['"v.v." opening a wrapped line', 'v.v. để phục vụ công tác'],
    ['a letter and a dot before a lower-case word', 'b. trong trường hợp'],
    ['"Phần thứ …" opening a sentence', 'Phần thứ hai gồm các nhiệm vụ trọng tâm'],
  ])('no marker in %s', (_what, line) => {
    expect(lexMarker(line)).toBeNull();
  });

  it('"Phần thứ hai" alone on its line is bare: its title is on the next line', () => {
    expect(lexMarker('Phần thứ hai')?.bare).toBe(true);
    expect(lexMarker('Phần thứ hai: KẾ HOẠCH')?.bare).toBeUndefined();
  });

  it('"i)" after "h)" is a Vietnamese letter, not Roman one', () => {
    expect(kind('i) Nội dung')).toEqual(['letter', 'i', VIETNAMESE_LETTERS.indexOf('i') + 1]);
  });

  it('ranks nest from large to small', () => {
    const ranks = ['Phần I. A', 'A. B', 'I. C', '1. D', '1.1. E', 'a) F', '- G', '+ H'].map((s) => rankOf(lexMarker(s)!));
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
  });
});
