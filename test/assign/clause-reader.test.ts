/**
 * The clause reader on its own (extract/assignment-clause.ts): where the units of a sentence
 * end, and the lead and support units of a clause. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { LONG_TAIL, MAX_NAME_TAIL, readAssignment, subjectOf } from '../../src/extract/assignment-clause.js';

const subject = (text: string): string | null => {
  const s = subjectOf(text);
  return s ? text.slice(0, s.end) : null;
};

describe('subjectOf: the units that open a sentence', () => {
  it.each([
    ['Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí.', 'Sở Tài chính'],
    ['Các sở, ngành căn cứ chức năng, nhiệm vụ xây dựng kế hoạch.', 'Các sở, ngành'],
    ['Công an tỉnh là cơ quan thường trực, có trách nhiệm giám sát.', 'Công an tỉnh'],
    // Adverbs and common verbs right before a verb of assignment are the predicate's.
    ['Các doanh nghiệp viễn thông tích cực phối hợp với các sở.', 'Các doanh nghiệp viễn thông'],
    ['Viện Chiến lược, Chính sách tài nguyên và môi trường nghiên cứu tham mưu xây dựng đề án.', 'Viện Chiến lược, Chính sách tài nguyên và môi trường'],
    // "lập" of "công lập" describes the units; "cần" before a verb of assignment is the predicate's.
    ['Các trường mầm non công lập có trách nhiệm rà soát đội ngũ.', 'Các trường mầm non công lập'],
    ['Sở Tài chính cần phối hợp với Sở Nội vụ.', 'Sở Tài chính'],
    // A common verb right after a collective's noun, with no comma before the verb of assignment, describes it.
    ['Các tổ chức cung cấp dịch vụ chi trả có trách nhiệm phối hợp.', 'Các tổ chức cung cấp dịch vụ chi trả'],
    // A common verb, then a comma: the common verb ends the units.
    ['Sở Tư pháp theo dõi, đôn đốc việc thực hiện; tham mưu sơ kết.', 'Sở Tư pháp'],
    // Words of a head or a collective's nouns are never verbs.
    ['Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì thực hiện.', 'Ban Quản lý dự án đầu tư xây dựng tỉnh'],
    ['Các cơ quan, tổ chức có liên quan tham mưu.', 'Các cơ quan, tổ chức có liên quan'],
    // "tổng hợp" is a verb after a known body, an adjective after a collective's nouns.
    ['Sở Y tế, Sở Tài chính tổng hợp nhu cầu kinh phí.', 'Sở Y tế, Sở Tài chính'],
  ])('%s', (text, expected) => expect(subject(text)).toBe(expected));

  it('a text of units only has no subject', () => {
    expect(subjectOf('Sở Y tế, Sở Tài chính')).toBeNull();
    expect(subjectOf('Báo Hà Tĩnh; các trang TTĐT tổng hợp, bản tin của các sở')).toBeNull();
    expect(subjectOf('Trung tâm Phục vụ hành chính công tỉnh')).toBeNull();
  });

  it('a verb phrase is written in lower case and unbroken: words of one across a comma and a capital are two names', () => {
    // "thông" + ", Báo" holds the words of "thông báo"; "tổ chức" + ", Tổ" those of nothing.
    expect(subjectOf('Sở Khoa học và Truyền thông, Báo Quảng Nam, Đài Phát thanh tỉnh')).toBeNull();
    expect(subject('Sở Khoa học và Truyền thông, Báo Quảng Nam thông báo rộng rãi.')).toBe('Sở Khoa học và Truyền thông, Báo Quảng Nam');
    // Written in lower case with no comma, the same words are the verb.
    expect(subject('Đài Truyền hình tỉnh thông báo lịch phát sóng.')).toBe('Đài Truyền hình tỉnh');
    // A phrase listed with its comma still matches with it.
    expect(subject('Ban Thường vụ Tỉnh đoàn lãnh đạo, chỉ đạo các cơ sở đoàn.')).toBe('Ban Thường vụ Tỉnh đoàn');
  });

  it('with no listed verb, a body followed by more than LONG_TAIL lower-case words ends MAX_NAME_TAIL words past its last capital', () => {
    const tail = (n: number): string => Array.from({ length: n }, (_, i) => ['hạ', 'tầng', 'kỹ', 'thuật', 'đô', 'thị'][i % 6]).join(' ');
    // The last capital is "Viễn": "thám quốc gia" and the tail follow it.
    const long = `Cục Viễn thám quốc gia ${tail(LONG_TAIL - 2)}`;
    const s = subjectOf(long);
    expect(s?.guessed).toBe(true);
    expect(long.slice(0, s?.end)).toBe(`Cục Viễn ${['thám', 'quốc', 'gia'].slice(0, MAX_NAME_TAIL).join(' ')}`);
    expect(subjectOf(`Cục Viễn thám quốc gia ${tail(LONG_TAIL - 3)}`)).toBeNull();
  });

  it('never guesses for a collective, whose description may say anything', () => {
    expect(subjectOf(`Các doanh nghiệp đầu tư hạ tầng ${'viễn thông '.repeat(8)}`)).toBeNull();
  });
});

describe('readAssignment: lead and support of a clause', () => {
  const read = (text: string, form: 'sentence' | 'value' = 'value') => {
    const c = readAssignment(text, form);
    return { lead: c.lead.map((p) => p.text), support: c.support.map((p) => p.text), role: c.role };
  };

  it('keeps where each piece starts', () => {
    const text = 'Sở Y tế chủ trì, phối hợp với Sở Tài chính; Sở Nội vụ';
    const c = readAssignment(text, 'value');
    expect([...c.lead, ...c.support].map((p) => text.slice(p.index, p.index + p.text.length))).toEqual(['Sở Y tế', 'Sở Tài chính', 'Sở Nội vụ']);
  });

  it('"phối hợp với" after the units of a value names the support, up to the next verb', () => {
    expect(read('Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức triển khai')).toEqual({ lead: ['Sở Y tế'], support: ['Sở Tài chính'], role: null });
  });

  it('in a value, a piece after the support list goes on with it when no verb of assignment opens a clause (a name holding a common verb)', () => {
    expect(read('Cục Kiểm lâm chủ trì, phối hợp với Vụ Pháp chế; Viện Nghiên cứu tổ chức sản xuất lâm nghiệp.')).toEqual({
      lead: ['Cục Kiểm lâm'],
      support: ['Vụ Pháp chế', 'Viện Nghiên cứu tổ chức sản xuất lâm nghiệp'],
      role: null,
    });
    // A verb of assignment opens a clause of its own: its units lead.
    expect(read('Cục Kiểm lâm chủ trì, phối hợp với Vụ Pháp chế; Viện Lâm nghiệp chủ trì tổng kết.').lead).toEqual(['Cục Kiểm lâm', 'Viện Lâm nghiệp']);
  });

  it('a role written as "là …"', () => {
    expect(read('Sở Xây dựng là cơ quan chủ trì, đầu mối đôn đốc các đơn vị.', 'sentence').role).toBe('cơ quan chủ trì');
  });

  it('skips the opener of a delegation', () => {
    expect(read('Giao Công an tỉnh tham mưu', 'sentence')).toEqual({ lead: ['Công an tỉnh'], support: [], role: null });
  });
});
