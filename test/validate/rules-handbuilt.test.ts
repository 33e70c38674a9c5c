import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/validate/index.js';
import { plan, resp, task, unit, src } from './build-plan.js';
import type { Section } from '../../src/model/types.js';

const ids = (p: ReturnType<typeof plan>, rule: string) =>
  validatePlan(p, [], { lang: 'en' }).filter((d) => d.ruleId === rule);

// The sample's IV.5 and the appendix rows it contradicts, typed from fixtures/446-….txt.
const centre = resp('IV.5', 'Trung tâm Xúc tiến Đầu tư tỉnh', [unit('Trung tâm Xúc tiến Đầu tư tỉnh')], [
  'Xuất bản các ấn phẩm (không trùng với nội dung đã giao Sở Văn hóa, Thể thao và Du lịch), tuyên truyền, giới thiệu về tiềm năng, thế mạnh của tỉnh và các dự án thu hút đầu tư để lòng ghép tuyên truyền tại các hội nghị, hội thảo, các sự kiện văn hóa và trên Cổng thông tin điện tử ASEAN Việt Nam.',
  'Chia sẻ dữ liệu, ấn phẩm về: Các ưu tiên, thế mạnh của tỉnh, dự án kêu gọi đầu tư lên Cổng thông tin ASEAN Việt Nam.',
], 109);
const tasks = [
  task('II.1', 'Xuất bản các ấn phẩm tuyên truyền, giới thiệu về tiềm năng, thế mạnh của tỉnh và các dự án thu hút đầu tư để lồng ghép tuyên truyền tại các hội nghị, hội thảo, các sự kiện văn hóa và trên Cổng thông tin điện tử ASEAN Việt Nam.', ['Sở Kế hoạch và Đầu tư'], ['Các sở, ngành liên quan'], 172),
  task('II.3', 'Xuất bản các ấn phẩm, tài liệu tuyên truyền, giới thiệu về tiềm năng du lịch của tỉnh; giới thiệu văn hóa, đặc sản của tỉnh Hà Tĩnh', ['Sở Văn hóa -Thể thao & Du lịch'], ['Các sở, ngành liên quan'], 176),
  task('II.5', 'Tuyên truyền, quảng bá về ASEAN trên Trang thông tin điện tử, bản tin, các ấn phẩm, tài liệu; các hội nghị, hội thảo và các hoạt động theo chức năng, nhiệm vụ của các cơ quan, đơn vị, địa phương', ['Các sở, ban, ngành, địa phương'], ['Báo Hà Tĩnh', 'Đài PT&TH tỉnh'], 178),
  task('III.1', 'Chia sẻ dữ liệu, ấn phẩm về: các ưu tiên, thế mạnh của tỉnh, dự án kêu gọi đầu tư lên Cổng thông tin ASEAN Việt Nam', ['Sở Kế hoạch và Đầu tư'], ['Sở Thông tin và Truyền thông'], 183),
  task('III.2', 'Chia sẻ dữ liệu, ấn phẩm về: giới thiệu du lịch, văn hóa, đặc sản địa phương... lên Cổng thông tin ASEAN Việt Nam', ['Sở Văn hóa -Thể thao & Du lịch'], ['Sở Thông tin và Truyền thông'], 184),
];

describe('task-owner-mismatch on hand-built plans', () => {
  it('reports each duty of the centre that an appendix task gives to another unit', () => {
    const found = ids(plan({ responsibilities: [centre], tasks }), 'task-owner-mismatch');
    expect(found.map((d) => d.taskId)).toEqual(['II.1', 'III.1']);
    const first = found[0]!;
    expect(first.severity).toBe('error');
    expect(first.responsibilityId).toBe('IV.5');
    expect(first.place).toMatchObject({ line: 111, column: 1 });
    expect(first.related?.[0]).toMatchObject({ line: 172, column: 40 });
    expect(first.message).toContain('"Trung tâm Xúc tiến Đầu tư tỉnh"');
    expect(first.message).toContain('"Sở Kế hoạch và Đầu tư"');
    expect(first.message).toMatch(/Add .* to task II\.1's lead or support/);
  });

  it('is silent when the same unit leads the paired task (canonical spelling differs)', () => {
    const culture = resp('IV.2', 'Sở Văn hóa, Thể thao và Du lịch', [unit('Sở Văn hóa, Thể thao và Du lịch')], [
      'Chia sẻ dữ liệu, ấn phẩm: Giới thiệu du lịch, văn hóa, đặc sản địa phương... lên Cổng thông tin ASEAN Việt Nam.',
    ], 85);
    expect(ids(plan({ responsibilities: [culture], tasks }), 'task-owner-mismatch')).toEqual([]);
  });

  it('is silent when config.parents puts the centre under the department', () => {
    const p = plan({ responsibilities: [centre], tasks });
    const found = validatePlan(p, [], { lang: 'en', config: { parents: { 'Trung tâm Xúc tiến Đầu tư tỉnh': 'Sở Kế hoạch và Đầu tư' } } });
    expect(found.filter((d) => d.ruleId === 'task-owner-mismatch')).toEqual([]);
  });

  it('a vague collective ("… liên quan") does not cover a unit, a plain one does', () => {
    const duty = resp('IV.9', 'Trung tâm Xúc tiến Đầu tư tỉnh', [unit('Trung tâm Xúc tiến Đầu tư tỉnh')], [
      'Tuyên truyền, quảng bá về ASEAN trên Trang thông tin điện tử, bản tin, các ấn phẩm, tài liệu do đơn vị quản lý.',
    ], 117);
    expect(ids(plan({ responsibilities: [duty], tasks }), 'task-owner-mismatch')).toEqual([]);
  });

  it('can be turned off or raised by options.rules', () => {
    const p = plan({ responsibilities: [centre], tasks });
    expect(validatePlan(p, [], { lang: 'en', rules: { 'task-owner-mismatch': 'off' } }).some((d) => d.ruleId === 'task-owner-mismatch')).toBe(false);
    expect(validatePlan(p, [], { lang: 'en', config: { rules: { 'task-owner-mismatch': 'warning' } } }).filter((d) => d.ruleId === 'task-owner-mismatch').map((d) => d.severity)).toEqual(['warning', 'warning']);
  });
});

describe('other rules on hand-built plans', () => {
  it('unit-without-task and task-unit-not-in-body', () => {
    const p = plan({ responsibilities: [centre], tasks });
    expect(ids(p, 'unit-without-task').map((d) => d.responsibilityId)).toEqual(['IV.5']);
    const notInBody = ids(p, 'task-unit-not-in-body');
    expect(notInBody.map((d) => d.message.split(', but')[0])).toEqual([
      '"Sở Kế hoạch và Đầu tư" leads tasks II.1, III.1',
      '"Sở Văn hóa -Thể thao & Du lịch" leads tasks II.3, III.2',
    ]);
    expect(notInBody[0]!.place).toMatchObject({ line: 172, column: 40 });
  });

  it('task-missing-lead and task-empty are errors', () => {
    const p = plan({ tasks: [task('1', 'Mở chuyên mục', [], ['Báo Hà Tĩnh'], 10), task('2', '', ['Báo Hà Tĩnh'], [], 11)] });
    expect(ids(p, 'task-missing-lead').map((d) => [d.taskId, d.severity])).toEqual([['1', 'error']]);
    expect(ids(p, 'task-empty').map((d) => [d.taskId, d.severity])).toEqual([['2', 'error']]);
  });

  it('appendix-reference: blank number and day; a filled one passes', () => {
    const appendix = (text: string, number: string | null, date: string | null) => ({
      id: 'PL', kind: 'tasks' as const, title: 'CÁC NHIỆM VỤ', reference: { text, number, date, source: src(164) },
      columns: [], groups: [], rows: null, source: src(161),
    });
    const bad = ids(plan({ appendices: [appendix('(Kèm theo Kế hoạch số /KH-UBND ngày /12/2019 của UBND tỉnh)', null, null)] }), 'appendix-reference');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.message).toContain('leaves the number blank and leaves the date (or part of it) blank');
    expect(bad[0]!.message).toContain('Write "số 446/KH-UBND ngày 16/12/2019"');
    expect(bad[0]!.place.line).toBe(164);
    const wrong = ids(plan({ appendices: [appendix('(Kèm theo Kế hoạch số 445/KH-UBND ngày 16/12/2019)', '445/KH-UBND', '2019-12-16')] }), 'appendix-reference');
    expect(wrong[0]!.message).toContain('gives the number "445/KH-UBND" while the header says "446/KH-UBND"');
    expect(ids(plan({ appendices: [appendix('(Kèm theo Kế hoạch số 446/KH-UBND ngày 16/12/2019)', '446/KH-UBND', '2019-12-16')] }), 'appendix-reference')).toEqual([]);
  });

  it('signature: a repaired OCR capacity line, an old K/T form, and a correct one', () => {
    const sig = (capacity: string, asWritten: string | null) => ({
      authority: 'TM. ỦY BAN NHÂN DÂN', capacity, title: 'PHÓ CHỦ TỊCH', signer: 'Đặng Quốc Vinh', capacityAsWritten: asWritten, source: src(150),
    });
    const withSig = (s: ReturnType<typeof sig>) => plan({ document: { ...plan().document, signature: s } });
    const ocr = ids(withSig(sig('KT. CHỦ TỊCH', 'KÊ CHỦ TỊCH')), 'signature');
    expect(ocr.map((d) => d.message)).toEqual([
      'The capacity line "KÊ CHỦ TỊCH" is not a signing form (TM., KT., TL., TUQ. or Q.); it is most likely "KT. CHỦ TỊCH". Correct it in the signature block.',
    ]);
    expect(ids(withSig(sig('K/T CHỦ TỊCH', null)), 'signature')[0]!.expected).toBe('KT. CHỦ TỊCH');
    expect(ids(withSig(sig('KT. CHỦ TỊCH', null)), 'signature')).toEqual([]);
  });

  it('numbering: a gap in sections and a repeated STT; letters follow the Vietnamese order', () => {
    const sec = (id: string, number: string, line: number, children: Section[] = []): Section => ({ id, number, title: id, role: 'other', children, source: src(line) });
    const outline = [sec('I', 'I', 1, [sec('I.1', '1', 2), sec('I.3', '3', 3)]), sec('II', 'II', 4, [sec('II.1.d', 'd', 5), sec('II.1.đ', 'đ', 6), sec('II.1.e', 'e', 7), sec('II.1.g', 'g', 8)])];
    const found = ids(plan({ outline, tasks: [task('I.1', 'a', ['X'], [], 20), task('I.1b', 'b', ['X'], [], 21, { number: '1' })] }), 'numbering');
    expect(found.map((d) => [d.place.line, d.expected, d.actual])).toEqual([[3, '2', '3'], [21, '2', '1']]);
    expect(found[0]!.message).toBe('Section I.3 is numbered "3", which skips ahead after "1" under section I; the next number is "2". Renumber it, or restore the missing item.');
  });

  it('numbering accepts STT continuous across groups', () => {
    const t = [task('I.1', 'a', ['X'], [], 1), task('I.2', 'b', ['X'], [], 2), task('II.3', 'c', ['X'], [], 3), task('II.4', 'd', ['X'], [], 4)];
    expect(ids(plan({ tasks: t }), 'numbering')).toEqual([]);
  });

  it('timeframe: unreadable, past the period, past the report; a year within passes', () => {
    const tf = (text: string, kind: 'unknown' | 'date' | 'range' | 'deadline', start: string | null, end: string | null) => ({ timeframe: { text, kind, start, end } });
    const p = plan({
      reporting: { deadline: '2020-12-10', recurring: false, text: 'trước ngày 10/12/2020', source: src(135) },
      tasks: [
        task('1', 'a', ['X'], [], 1, tf('sớm', 'unknown', null, null)),
        task('2', 'b', ['X'], [], 2, tf('2020-2021', 'range', '2020-01-01', '2021-12-31')),
        task('3', 'c', ['X'], [], 3, tf('trước ngày 20/12/2020', 'deadline', null, '2020-12-20')),
        task('4', 'd', ['X'], [], 4, tf('2020', 'date', '2020-01-01', '2020-12-31')),
      ],
    });
    const found = ids(p, 'timeframe');
    expect(found.map((d) => d.taskId)).toEqual(['1', '2', '3']);
    expect(found[1]!.message).toContain("ends after the plan's period (to 2020-12-31: \"năm 2020\" in the title)");
    expect(found[2]!.message).toContain('ends after the report is due (2020-12-10)');
  });

  it('parse repairs pass through as info, sorted with the findings', () => {
    const repair = { ruleId: 'repair-signature-ocr', severity: 'warning' as const, message: 'KÊ → KT.', place: { line: 152, column: 1 } };
    const out = validatePlan(plan({ responsibilities: [centre], tasks }), [repair], { lang: 'en' });
    expect(out.find((d) => d.ruleId === 'repair-signature-ocr')?.severity).toBe('info');
    const lines = out.map((d) => d.place.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
