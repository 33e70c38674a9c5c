/**
 * The sample plan (fixtures/446-KH-UBND-2019-ha-tinh.txt) read by hand: every expected value
 * below was written from the document, line numbers included.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse-plan.js';

const SAMPLE = new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url);
const bytes = readFileSync(SAMPLE);
const { plan, diagnostics } = parsePlan(bytes, { path: 'fixtures/446-KH-UBND-2019-ha-tinh.txt' });

describe('header', () => {
  it('reads number, type, place, date and the two-line title', () => {
    expect(plan.document.number).toBe('446/KH-UBND');
    expect(plan.document.type).toBe('KH');
    expect(plan.document.typeName).toBe('Kế hoạch');
    expect(plan.document.place).toBe('Hà Tĩnh');
    expect(plan.document.date).toBe('2019-12-16');
    expect(plan.document.title).toBe('Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh Hà Tĩnh');
    expect(plan.document.carries).toBeNull();
  });

  it('takes the issuer from the line printed after the appendix, and says so', () => {
    expect(plan.document.issuer).toBe('Ủy ban nhân dân tỉnh');
    const d = diagnostics.find((x) => x.ruleId === 'repair-issuer-position');
    expect(d?.place.line).toBe(192);
  });

  it('reads the one basis and its citation', () => {
    expect(plan.document.bases).toHaveLength(1);
    const [basis] = plan.document.bases;
    expect(basis?.source.line).toBe(11);
    expect(basis?.citations).toEqual([
      {
        text: 'Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo thông tin tuyên truyền ASEAN',
        type: 'Quyết định',
        number: '02/QĐ-BCĐASEAN',
        date: '2019-06-26',
        issuer: 'Ban Chỉ đạo thông tin tuyên truyền ASEAN',
      },
    ]);
  });

  it('repairs the OCR slip "KÊ CHỦ TỊCH" in the signature', () => {
    expect(plan.document.signature).toMatchObject({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      capacity: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      signer: 'Đặng Quốc Vinh',
      capacityAsWritten: 'KÊ CHỦ TỊCH',
    });
    expect(diagnostics.find((d) => d.ruleId === 'repair-signature')?.place.line).toBe(152);
  });

  it('lists the ten recipients without dashes and semicolons', () => {
    expect(plan.document.recipients).toHaveLength(10);
    expect(plan.document.recipients[0]).toBe('BCĐ Thông tin tuyên truyền ASEAN-Bộ TT&TT');
    expect(plan.document.recipients[6]).toBe('Báo Hà Tĩnh, Đài PT&TH tỉnh');
    expect(plan.document.recipients[9]).toBe('Lưu: VT, VX1');
  });
});

describe('outline', () => {
  it('has the four Roman sections with their roles, and the numbered parts under them', () => {
    expect(plan.outline.map((s) => [s.id, s.title, s.role])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'objectives'],
      ['II', 'NỘI DUNG', 'content'],
      ['III', 'KINH PHÍ', 'funding'],
      ['IV', 'TỔ CHỨC THỰC HIỆN', 'organization'],
    ]);
    expect(plan.outline.map((s) => s.children.length)).toEqual([2, 4, 0, 7]);
    expect(plan.outline[3]?.children.map((c) => c.id)).toEqual(['IV.1', 'IV.2', 'IV.3', 'IV.4', 'IV.5', 'IV.6', 'IV.7']);
    expect(plan.outline[0]?.source).toEqual({ kind: 'line', line: 13, column: 1 });
    expect(plan.outline[3]?.children[4]?.source.line).toBe(109);
  });
});

describe('objectives and content', () => {
  it('has 4 purposes and 4 requirements', () => {
    const purposes = plan.objectives.filter((o) => o.kind === 'purpose');
    const requirements = plan.objectives.filter((o) => o.kind === 'requirement');
    expect(purposes).toHaveLength(4);
    expect(requirements).toHaveLength(4);
    expect(purposes[0]?.text.startsWith('Triển khai thực hiện mạnh mẽ')).toBe(true);
    expect(requirements[0]?.text).toBe('Bám sát chủ đề của ASEAN năm 2020 do Việt Nam làm Chủ tịch: "Gắn kết và Chủ động thích ứng".');
    expect(requirements[3]?.source.line).toBe(33);
  });

  it('has 4 content areas with 4, 2, 3 and 2 items', () => {
    expect(plan.contentAreas.map((a) => a.id)).toEqual(['II.1', 'II.2', 'II.3', 'II.4']);
    expect(plan.contentAreas.map((a) => a.items.length)).toEqual([4, 2, 3, 2]);
    expect(plan.contentAreas[1]?.title).toBe('Các hoạt động truyền thông quảng bá về tỉnh Hà Tĩnh');
  });

  it('joins the sentences that page breaks split', () => {
    expect(plan.contentAreas[0]?.items[0]).toContain('các phương tiện thông tin đại chúng, đội ngũ báo cáo viên tăng cường tuyên truyền nhằm nâng cao nhận thức');
    expect(plan.funding?.text).toBe(
      'Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo phân cấp quản lý ngân sách hiện hành. Các đơn vị, địa phương sử dụng nguồn kinh phí chi thường xuyên được giao và các nguồn hợp pháp khác để thực hiện.',
    );
    const joins = diagnostics.filter((d) => d.ruleId === 'repair-page-break').map((d) => d.place.line);
    expect(joins).toEqual([41, 73]);
  });
});

describe('responsibilities', () => {
  it('has 7 parts with 3, 3, 4, 2, 4, 4 and 2 duties', () => {
    expect(plan.responsibilities.map((r) => r.id)).toEqual(['IV.1', 'IV.2', 'IV.3', 'IV.4', 'IV.5', 'IV.6', 'IV.7']);
    expect(plan.responsibilities.map((r) => r.duties.length)).toEqual([3, 3, 4, 2, 4, 4, 2]);
  });

  it('names the units of each heading', () => {
    const names = plan.responsibilities.map((r) => r.units.map((u) => u.name));
    expect(names[0]).toEqual(['Sở Thông tin và Truyền thông']);
    expect(names[1]).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(names[2]).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(names[3]).toEqual(['Sở Tài chính']);
    expect(names[4]).toEqual(['Trung tâm Xúc tiến Đầu tư tỉnh']);
    expect(names[5]?.slice(0, 3)).toEqual(['Báo Hà Tĩnh', 'Đài Phát thanh và Truyền hình tỉnh', 'Cổng Thông tin điện tử tỉnh']);
    expect(names[5]?.length).toBeGreaterThanOrEqual(4);
    expect(names[6]).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });

  it('reads "Đề nghị Ban Tuyên giáo Tỉnh ủy" as a request', () => {
    expect(plan.responsibilities.map((r) => r.mode)).toEqual(['assigned', 'assigned', 'assigned', 'assigned', 'assigned', 'assigned', 'requested']);
    expect(plan.responsibilities[6]?.heading).toBe('Đề nghị Ban Tuyên giáo Tỉnh ủy');
  });

  it('keeps the closing request out of the last unit’s duties and reads its deadline', () => {
    expect(plan.responsibilities[6]?.duties.some((d) => d.startsWith('Yêu cầu'))).toBe(false);
    expect(plan.reporting?.deadline).toBe('2020-12-10');
    expect(plan.reporting?.recurring).toBe(false);
    expect(plan.reporting?.source.line).toBe(135);
  });
});

// [id, opening words, lead units, support units, timeframe start, end]
const TASKS: [string, string, string[], string[], string, string][] = [
  ['I.1', 'Chỉ đạo, định hướng tuyên truyền', ['Ban Tuyên giáo Tỉnh ủy'], ['Các sở, ban, ngành, đoàn thể, địa phương'], '2020-01-01', '2020-12-31'],
  ['I.2', 'Nắm bắt dư luận xã hội', ['Ban Tuyên giáo Tỉnh ủy'], ['Sở Thông tin và Truyền thông'], '2020-01-01', '2020-12-31'],
  ['I.3', 'Theo dõi, đôn đốc các cơ quan báo chí', ['Sở Thông tin và Truyền thông'], ['Ban Tuyên giáo Tỉnh ủy'], '2020-01-01', '2020-12-31'],
  ['II.1', 'Xuất bản các ấn phẩm tuyên truyền', ['Sở Kế hoạch và Đầu tư'], ['Các sở, ngành liên quan'], '2020-01-01', '2020-12-31'],
  ['II.2', 'Phối hợp quảng bá môi trường đầu tư', ['Sở Thông tin và Truyền thông'], ['Sở Kế hoạch và Đầu tư', 'Ban Quản lý Khu kinh tế tỉnh', 'Các sở, ngành liên quan'], '2020-01-01', '2020-12-31'],
  ['II.3', 'Xuất bản các ấn phẩm, tài liệu', ['Sở Văn hóa, Thể thao và Du lịch'], ['Các sở, ngành liên quan'], '2020-01-01', '2020-12-31'],
  ['II.4', 'Mở chuyên trang, chuyên mục', ['Báo Hà Tĩnh', 'Đài Phát thanh và Truyền hình tỉnh'], ['Các sở, ban, ngành, đoàn thể, địa phương'], '2020-01-01', '2020-12-31'],
  ['II.5', 'Tuyên truyền, quảng bá về ASEAN', ['Các sở, ban, ngành, địa phương'], ['Báo Hà Tĩnh', 'Đài Phát thanh và Truyền hình tỉnh'], '2020-01-01', '2020-12-31'],
  ['II.6', 'Tham gia các hội thảo, tọa đàm', ['Sở Công Thương'], ['Hội doanh nghiệp tỉnh'], '2020-01-01', '2020-12-31'],
  ['II.7', 'Hưởng ứng và tham gia các hoạt động do Bộ Giáo dục', ['Sở Giáo dục và Đào tạo'], ['Các sở, ban, ngành có liên quan'], '2020-01-01', '2020-12-31'],
  ['II.8', 'Hưởng ứng và tham gia các hoạt động do Bộ Lao động', ['Sở Lao động - Thương binh và Xã hội'], ['Các sở, ban, ngành có liên quan'], '2020-01-01', '2020-12-31'],
  ['III.1', 'Chia sẻ dữ liệu, ấn phẩm về: các ưu tiên', ['Sở Kế hoạch và Đầu tư'], ['Sở Thông tin và Truyền thông'], '2019-01-01', '2020-12-31'],
  ['III.2', 'Chia sẻ dữ liệu, ấn phẩm về: giới thiệu du lịch', ['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Thông tin và Truyền thông'], '2019-01-01', '2020-12-31'],
  ['III.3', 'Tiếp sóng, phát sóng', ['Các cơ quan báo chí của tỉnh', 'Cổng Thông tin điện tử tỉnh'], ['Sở Thông tin và Truyền thông'], '2019-01-01', '2020-12-31'],
  ['IV.1', 'Tham dự các hội nghị, hội thảo', ['Các cơ quan báo chí của tỉnh', 'Cổng Thông tin điện tử tỉnh'], ['Sở Thông tin và Truyền thông'], '2020-01-01', '2020-12-31'],
  ['IV.2', 'Tham gia các hội nghị/hội thảo tập huấn', ['Các cơ quan báo chí của tỉnh', 'Cổng Thông tin điện tử tỉnh'], ['Sở Thông tin và Truyền thông'], '2020-01-01', '2020-12-31'],
  ['IV.3', 'Phổ biến thông tin về ASEAN', ['Tỉnh đoàn'], ['Ủy ban nhân dân các huyện, thị xã, thành phố'], '2020-01-01', '2020-12-31'],
];

describe('appendix', () => {
  it('reads the title, the blank reference and the column roles', () => {
    expect(plan.appendices).toHaveLength(1);
    const a = plan.appendices[0];
    expect(a?.id).toBe('PL');
    expect(a?.kind).toBe('tasks');
    expect(a?.title).toBe('CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH');
    expect(a?.reference?.text).toBe('(Kèm theo Kế hoạch số /KH-UBND ngày /12/2019 của UBND tỉnh)');
    expect(a?.reference?.number).toBeNull();
    expect(a?.reference?.date).toBeNull();
    expect(a?.columns.map((c) => c.role)).toEqual(['number', 'task', 'lead', 'support', 'timeframe']);
    expect(a?.groups.map((g) => g.id)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('reads all 17 tasks: ids, opening words, units and timeframes', () => {
    expect(plan.tasks.map((t) => t.id)).toEqual(TASKS.map((t) => t[0]));
    for (const [id, opening, lead, support, start, end] of TASKS) {
      const t = plan.tasks.find((x) => x.id === id);
      expect(t?.description.startsWith(opening), `${id} description`).toBe(true);
      expect(t?.lead.map((u) => u.name), `${id} lead`).toEqual(lead);
      expect(t?.support.map((u) => u.name), `${id} support`).toEqual(support);
      expect([t?.timeframe?.start, t?.timeframe?.end], `${id} timeframe`).toEqual([start, end]);
      expect(t?.origin).toBe('appendix');
    }
  });

  it('joins the unit cell that a page break continued on "\\t\\t\\tquan\\t"', () => {
    const t = plan.tasks.find((x) => x.id === 'II.2');
    expect(t?.support.map((u) => u.text)).toEqual(['Sở Kế hoạch và Đầu tư', 'ban QLKKT tỉnh', 'các sở, ngành liên quan']);
    expect(diagnostics.find((d) => d.ruleId === 'repair-table-row')?.place.line).toBe(175);
  });

  it('keeps the units as written and marks collectives', () => {
    const t = plan.tasks.find((x) => x.id === 'II.4');
    expect(t?.lead.map((u) => u.text)).toEqual(['Báo Hà Tĩnh', 'Đài PT&TH tỉnh']);
    expect(t?.support[0]?.collective).toBe(true);
    expect(t?.lead[0]?.collective).toBe(false);
    expect(t?.source).toEqual({ kind: 'line', line: 177, column: 1 });
    expect(t?.leadSource?.line).toBe(177);
  });

  it('repairs "Công TTĐT tỉnh" to "Cổng TTĐT tỉnh" and reports where', () => {
    const fixes = diagnostics.filter((d) => d.ruleId === 'repair-unit-name');
    expect(fixes.map((d) => d.place.line)).toEqual([185, 188, 189]);
  });
});

describe('unit index', () => {
  it('lists each body once under its canonical name with the variants written', () => {
    const tt = plan.units.find((u) => u.name === 'Sở Thông tin và Truyền thông');
    expect([...(tt?.variants ?? [])].sort()).toEqual(['Sở TT&TT', 'Sở Thông tin và Truyền thông']);
    expect(tt?.lead).toEqual(['I.3', 'II.2']);
    expect(tt?.support).toEqual(['I.2', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2']);
    expect(tt?.responsibilities).toEqual(['IV.1']);
    const centre = plan.units.find((u) => u.name === 'Trung tâm Xúc tiến Đầu tư tỉnh');
    expect(centre?.lead).toEqual([]);
    expect(centre?.responsibilities).toEqual(['IV.5']);
  });
});
