/**
 * Issue 12 §1–2: the parts that say who does what, in the shapes real plans write them. Each
 * text below was written for the test, in the shape of a real plan named in its title; the
 * expected units and ids are read from the text by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Responsibility } from '../../src/model/types.js';
import { lineOf, readPlan } from './plan-text.js';

/** [id, units as written (collectives marked "*"), number of duties] of every responsibility. */
function parts(body: readonly string[]): [string, string[], number][] {
  return readPlan(body).plan.responsibilities.map((r: Responsibility) => [r.id, r.units.map((u) => (u.collective ? `*${u.text}` : u.text)), r.duties.length]);
}

describe('two-level organisation sections (§1)', () => {
  it('a unit part with unit parts beneath, and a category that gives duties itself (the shape of Hà Nội 2280/QĐ-UBND)', () => {
    expect(
      parts([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Xây dựng là cơ quan chủ trì, đầu mối đôn đốc các cơ quan, đơn vị liên quan tổ chức triển khai thực hiện.',
        '1.1. Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy và các cơ quan, đơn vị thuộc Sở:',
        '- Phối hợp chặt chẽ với chính quyền địa phương trong việc kiểm tra.',
        '- Xây dựng kế hoạch kiểm tra, xử lý vi phạm.',
        '1.2. Trung tâm Quản lý hạ tầng kỹ thuật thành phố:',
        'Là đầu mối cùng với các đơn vị duy trì thoát nước chịu trách nhiệm chính.',
        '2. Các Sở, ban, ngành Thành phố:',
        'Các Sở, ban, ngành Thành phố, UBND các phường, xã, phối hợp với Sở Xây dựng tổ chức triển khai các nhiệm vụ cụ thể:',
        '2.1. Công an Thành phố: phối hợp bố trí lực lượng ứng trực.',
        '2.2. Sở Tài chính:',
        '- Chủ trì phối hợp các cơ quan, đơn vị liên quan rà soát nguồn vốn.',
        '2.3. Sở Công Thương, Tổng Công ty Điện lực Thành phố: duy trì, cung cấp điện ổn định.',
        '3. UBND các phường, xã:',
        'Xây dựng Kế hoạch đảm bảo thoát nước trên địa bàn.',
      ]),
    ).toEqual([
      ['III.1', ['Sở Xây dựng'], 1],
      ['III.1.1', ['Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy', '*các cơ quan, đơn vị thuộc Sở'], 2],
      ['III.1.2', ['Trung tâm Quản lý hạ tầng kỹ thuật thành phố'], 1],
      ['III.2', ['*Các Sở, ban, ngành Thành phố'], 1],
      ['III.2.1', ['Công an Thành phố'], 1],
      ['III.2.2', ['Sở Tài chính'], 1],
      ['III.2.3', ['Sở Công Thương', 'Tổng Công ty Điện lực Thành phố'], 1],
      ['III.3', ['*UBND các phường, xã'], 1],
    ]);
  });

  it('a role written as a predicate is the unit\'s role ("là cơ quan chủ trì")', () => {
    const { plan } = readPlan(['IV. TỔ CHỨC THỰC HIỆN', '1. Công an tỉnh là cơ quan thường trực, có trách nhiệm giám sát tổng thể kết quả thực hiện.']);
    expect(plan.responsibilities[0]?.units).toEqual([{ text: 'Công an tỉnh', name: 'Công an tỉnh', collective: false, person: false, role: 'cơ quan thường trực' }]);
  });

  it('a category that names no unit passes to its lettered parts (the shape of Lâm Đồng CCHC 2026)', () => {
    expect(
      parts([
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Công tác triển khai',
        'a) Các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc khu căn cứ các nhiệm vụ được giao có trách nhiệm xây dựng kế hoạch.',
        'b) Sở Nội vụ có trách nhiệm giúp Ủy ban nhân dân tỉnh theo dõi, kiểm tra.',
        '2. Kinh phí thực hiện',
        'a) Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao, đề xuất bố trí kinh phí.',
      ]),
    ).toEqual([
      ['II.1.a', ['*Các sở, ban, ngành', '*Ủy ban nhân dân các xã, phường, đặc khu'], 1],
      ['II.1.b', ['Sở Nội vụ'], 1],
    ]);
  });

  it('a category with only unit parts beneath is not a part itself; "Đối với" is a lead-in', () => {
    expect(
      parts([
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Đối với các sở, ban, ngành',
        'a) Sở Tư pháp: Thẩm định các văn bản.',
        'b) Sở Y tế: Hướng dẫn các cơ sở y tế.',
        '2. Đối với UBND các xã, phường',
        'Xây dựng kế hoạch của địa phương.',
      ]),
    ).toEqual([
      ['IV.1.a', ['Sở Tư pháp'], 1],
      ['IV.1.b', ['Sở Y tế'], 1],
      ['IV.2', ['*UBND các xã, phường'], 1],
    ]);
  });

  it('a category that names its units in its first sentence gives them the part', () => {
    expect(parts(['IV. TỔ CHỨC THỰC HIỆN', '1. Các sở, ngành: Sở Y tế, Sở Nội vụ căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.'])).toEqual([
      ['IV.1', ['Sở Y tế', 'Sở Nội vụ'], 1],
    ]);
  });

  it('a part addressed after an adverbial clause', () => {
    expect(parts(['IV. TỔ CHỨC THỰC HIỆN', '1. Trên cơ sở chức năng, nhiệm vụ được giao, UBND các xã, phường tổ chức thực hiện Kế hoạch này.'])).toEqual([
      ['IV.1', ['*UBND các xã, phường'], 1],
    ]);
  });

  it('a sub-part that names its parent\'s unit again is one of its duties', () => {
    expect(
      parts([
        'VI. TỔ CHỨC THỰC HIỆN',
        '1. Sở Tài chính',
        'a) Trên cơ sở đề xuất của các cơ quan, đơn vị, Sở Tài chính tổng hợp nhu cầu kinh phí, báo cáo cấp có thẩm quyền.',
        'b) Phối hợp với các bộ, ngành Trung ương.',
      ]),
    ).toEqual([['VI.1', ['Sở Tài chính'], 2]]);
  });

  it('units of a ministry, a sentence heading each (the shape of 09/KH-BTNMT)', () => {
    expect(
      parts([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Cục Biến đổi khí hậu có trách nhiệm:',
        'a) Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan hoàn thiện dự thảo Nghị định.',
        'b) Theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch.',
        '2. Cục Viễn thám quốc gia chủ trì, phối hợp với Cục Biến đổi khí hậu thực hiện ứng dụng công nghệ viễn thám.',
        '3. Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu; Viện Chiến lược, Chính sách tài nguyên và môi trường nghiên cứu tham mưu xây dựng các nhiệm vụ.',
        '4. Trung tâm Truyền thông tài nguyên và môi trường, Báo Tài nguyên và Môi trường, Tạp chí Tài nguyên và Môi trường có trách nhiệm kịp thời tổng hợp.',
      ]),
    ).toEqual([
      ['III.1', ['Cục Biến đổi khí hậu'], 2],
      ['III.2', ['Cục Viễn thám quốc gia'], 1],
      ['III.3', ['Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu', 'Viện Chiến lược, Chính sách tài nguyên và môi trường'], 1],
      ['III.4', ['Trung tâm Truyền thông tài nguyên và môi trường', 'Báo Tài nguyên và Môi trường', 'Tạp chí Tài nguyên và Môi trường'], 1],
    ]);
  });

  it('reads a head written without its marks, and says so where it is written', () => {
    const body = ['III. TỔ CHỨC THỰC HIỆN', '1. Vu Kế hoạch - Tài chính tham mưu cho Lãnh đạo Bộ cân đối, bố trí kinh phí.'];
    const { plan, diagnostics } = readPlan(body);
    expect(plan.responsibilities[0]?.units[0]?.text).toBe('Vụ Kế hoạch - Tài chính');
    const d = diagnostics.find((x) => x.ruleId === 'repair-unit-name');
    expect(d).toMatchObject({ severity: 'info', expected: 'Vụ', actual: 'Vu', place: { line: 13, column: 4 } });
  });
});

describe('a heading whose verb is in no list', () => {
  it('is read up to the name\'s plausible end, and the reading is reported', () => {
    const body = ['III. TỔ CHỨC THỰC HIỆN', '1. Cục Viễn thám quốc gia khai thác dữ liệu ảnh vệ tinh phục vụ việc phân tích hiện trạng rừng ngập mặn ven biển phía nam hằng quý.'];
    const { plan, diagnostics } = readPlan(body);
    expect(plan.responsibilities[0]?.units.map((u) => u.text)).toEqual(['Cục Viễn thám quốc gia']);
    expect(diagnostics.filter((d) => d.ruleId === 'unit-heading').map((d) => [d.severity, d.place.line, d.place.column])).toEqual([['info', lineOf(body, body[1] as string), 4]]);
  });
});

describe('units in headings read by the one unit reader', () => {
  it('reports a repair in a heading where it is written, and keeps a role note apart', () => {
    const body = ['IV. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính (cơ quan chủ trì): Bố trí kinh phí.', '2. Báo Hà Tĩnh, Công TTĐT tỉnh: Đăng tải tin, bài.'];
    const { plan, diagnostics } = readPlan(body);
    expect(plan.responsibilities.map((r) => r.units.map((u) => [u.name, u.role]))).toEqual([
      [['Sở Tài chính', 'cơ quan chủ trì']],
      [['Báo Hà Tĩnh', null], ['Cổng Thông tin điện tử tỉnh', null]],
    ]);
    expect(diagnostics.filter((d) => d.ruleId === 'repair-unit-name').map((d) => [d.actual, d.expected, d.place.line, d.place.column])).toEqual([['Công', 'Cổng', lineOf(body, body[2] as string), 17]]);
  });
});

describe('responsibility parts under other titles (§2)', () => {
  it('PHÂN CÔNG NHIỆM VỤ, and TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ', () => {
    expect(parts(['III. PHÂN CÔNG NHIỆM VỤ', '1. Công an tỉnh: Tham mưu công tác bảo vệ bí mật nhà nước.', 'IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ', '1. Sở Nội vụ', '- Hướng dẫn công tác lưu trữ.'])).toEqual([
      ['III.1', ['Công an tỉnh'], 1],
      ['IV.1', ['Sở Nội vụ'], 1],
    ]);
  });

  it('"Giao …" and "Đề nghị …" parts', () => {
    const { plan } = readPlan(['IV. TỔ CHỨC THỰC HIỆN', '1. Giao Sở Tư pháp theo dõi, đôn đốc việc thực hiện; tham mưu sơ kết, tổng kết.', '2. Đề nghị ngân hàng nhà nước chi nhánh khu vực 10: Chỉ đạo các ngân hàng thương mại.']);
    expect(plan.responsibilities.map((r) => [r.id, r.heading, r.mode, r.units.map((u) => u.text)])).toEqual([
      ['IV.1', 'Giao Sở Tư pháp', 'assigned', ['Sở Tư pháp']],
      ['IV.2', 'Đề nghị ngân hàng nhà nước chi nhánh khu vực 10', 'requested', ['ngân hàng nhà nước chi nhánh khu vực 10']],
    ]);
  });

  it('"Đề nghị" addresses a body whose head no list knows, and a unit ending with its place ends before the next', () => {
    expect(parts(['IV. TỔ CHỨC THỰC HIỆN', '1. Sở Công Thương: chủ trì.', '2. Đề nghị Điện lực tỉnh Bình Phước, Mobifone Bình Phước', '- Bảo đảm hạ tầng điện, viễn thông.'])).toEqual([
      ['IV.1', ['Sở Công Thương'], 1],
      ['IV.2', ['Điện lực tỉnh Bình Phước', 'Mobifone Bình Phước'], 1],
    ]);
    // Without "Đề nghị", a capitalised heading whose head no list knows is a topic, not a unit.
    expect(parts(['IV. TỔ CHỨC THỰC HIỆN', '1. Sở Công Thương: chủ trì.', '2. Hạ tầng điện, viễn thông', '- Bảo đảm cấp điện.'])).toEqual([['IV.1', ['Sở Công Thương'], 1]]);
  });

  it('the assignment inside each numbered task of a section that assigns work (the shape of Lâm Đồng PCMT 2030)', () => {
    expect(
      parts([
        'III. NỘI DUNG, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG NHIỆM VỤ',
        '1. Triển khai các giải pháp tổng thể nâng cao hiệu lực quản lý nhà nước',
        'a) Các sở, ban, ngành, địa phương:',
        '- Chỉ đạo triển khai các hoạt động.',
        '- Phát huy vai trò của người đứng đầu.',
        'b) Công an tỉnh: Kiểm tra, đôn đốc các sở, ban, ngành và địa phương.',
        '2. Công an tỉnh và các sở, ban, ngành, địa phương:',
        '- Chủ động tham mưu ban hành các văn bản.',
        '3. Tăng cường công tác tuyên truyền',
        'a) Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng và đề nghị Bộ Tư lệnh Vùng Cảnh sát biển 3: Phối hợp với chính quyền địa phương khu vực biên giới.',
        'b) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động, Hội Cựu chiến binh, Tỉnh đoàn: Chỉ đạo thực hiện các kế hoạch liên tịch.',
        '4. Các sở, ban, ngành nghiên cứu, ban hành theo thẩm quyền các quy định:',
        '- Công an tỉnh tham mưu triển khai Dự án 1.',
      ]),
    ).toEqual([
      ['III.1.a', ['*Các sở, ban, ngành, địa phương'], 2],
      ['III.1.b', ['Công an tỉnh'], 1],
      ['III.2', ['Công an tỉnh', '*các sở, ban, ngành, địa phương'], 1],
      // The heading addresses a second body after its verb: "… và đề nghị Bộ Tư lệnh …:".
      ['III.3.a', ['Bộ Chỉ huy quân sự tỉnh', 'Bộ Tư lệnh Vùng Cảnh sát biển 3'], 1],
      ['III.3.b', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Liên đoàn Lao động', 'Hội Cựu chiến binh', 'Tỉnh đoàn'], 1],
      ['III.4', ['*Các sở, ban, ngành'], 1],
    ]);
  });

  it('elsewhere, a numbered task addressed to a unit with a verb of assignment, but not a topic that opens with a noun', () => {
    expect(
      parts([
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '1. Các ngành, lĩnh vực khác',
        'Phát triển kinh tế số trong các ngành.',
        '2. Hội nghị, hội thảo',
        'Tổ chức hội nghị sơ kết.',
        '3. BAN HÀNH CÁC VĂN BẢN HƯỚNG DẪN',
        'Ban hành quy chế.',
        '4. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường có trách nhiệm: Chỉ đạo thực hiện tốt các quy định.',
        '5. Bảo đảm kinh phí',
        'a) Các sở, ngành, địa phương có trách nhiệm chủ động bố trí kinh phí.',
        'b) Kinh phí đầu tư tập trung cho hạ tầng.',
      ]),
    ).toEqual([
      ['II.4', ['*Thủ trưởng các sở, ban, ngành', '*Chủ tịch UBND các xã, phường'], 1],
      ['II.5.a', ['*Các sở, ngành, địa phương'], 1],
    ]);
  });

  it('party bodies, a verb pair of Party plans, "mở" and a university\'s units (the shapes of a Tỉnh ủy plan and a university plan)', () => {
    expect(
      parts([
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Đảng ủy Khối cơ quan tỉnh, Đảng đoàn Liên đoàn Lao động tỉnh lãnh đạo, chỉ đạo tổ chức học tập chuyên đề.',
        '2. Ban cán sự đảng Ủy ban nhân dân huyện chỉ đạo bố trí kinh phí.',
        '3. Đài Truyền thanh huyện, Cổng Thông tin điện tử huyện mở chuyên mục hỏi đáp pháp luật.',
        '4. Các khoa, viện thuộc Học viện: Cử giảng viên tham gia biên soạn tài liệu.',
      ]),
    ).toEqual([
      ['IV.1', ['Đảng ủy Khối cơ quan tỉnh', 'Đảng đoàn Liên đoàn Lao động tỉnh'], 1],
      ['IV.2', ['Ban cán sự đảng Ủy ban nhân dân huyện'], 1],
      ['IV.3', ['Đài Truyền thanh huyện', 'Cổng Thông tin điện tử huyện'], 1],
      ['IV.4', ['*Các khoa, viện thuộc Học viện'], 1],
    ]);
  });

  it('elsewhere, an activity that opens with a noun that is also a verb, and a team\'s composition, are not parts', () => {
    expect(
      parts([
        'II. NỘI DUNG',
        '1. Tổ chức hội chợ: Tổ chức Hội chợ nông sản cấp huyện. Phòng Kinh tế là cơ quan chủ trì.',
        '2. Phòng, chống dịch bệnh: Tiêm phòng cho đàn gia súc.',
        '3. Sở, ngành, địa phương liên quan: Bố trí cán bộ tham gia.',
        '4. Doanh nghiệp, tổ chức tư nhân có trách nhiệm bố trí vốn đối ứng.',
        'III. THÀNH PHẦN ĐOÀN KIỂM TRA',
        '1. Trưởng đoàn: Bà Lê Thị Hoa, Phó Chủ tịch Ủy ban nhân dân huyện.',
        '2. Phó Trưởng ban: Ông Đỗ Văn Nam.',
        '3. Giám đốc các trường: Cử giáo viên tham gia.',
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Trưởng đoàn: Chịu trách nhiệm chung về kết quả kiểm tra.',
      ]),
    ).toEqual([
      ['II.3', ['*Sở, ngành, địa phương liên quan'], 1],
      ['II.4', ['*Doanh nghiệp, tổ chức tư nhân'], 1],
      ['III.3', ['*Giám đốc các trường'], 1],
      ['IV.1', ['Trưởng đoàn'], 1],
    ]);
  });

  it('bullets that are the parts of TỔ CHỨC THỰC HIỆN, with "+" lines as their duties', () => {
    expect(parts(['IV. TỔ CHỨC THỰC HIỆN', '- Sở Y tế: Chủ trì triển khai kế hoạch.', '+ Hướng dẫn các cơ sở y tế.', '- Sở Tài chính chủ trì, phối hợp với các sở bố trí kinh phí.'])).toEqual([
      ['IV.1', ['Sở Y tế'], 2],
      ['IV.2', ['Sở Tài chính'], 1],
    ]);
  });
});

describe('people as holders of a part (§7)', () => {
  it('"Ông/Bà <name> - <post>:" parts name persons', () => {
    const { plan } = readPlan(['III. TỔ CHỨC THỰC HIỆN', '1. Ông Nguyễn Văn An - Phó Giám đốc Sở: Chỉ đạo chung.', '2. Bà Trần Thị Hoa - Trưởng phòng Quản lý Công nghiệp: Theo dõi việc thực hiện.']);
    expect(plan.responsibilities.map((r) => r.units.map((u) => [u.name, u.person]))).toEqual([[['Nguyễn Văn An', true]], [['Trần Thị Hoa', true]]]);
  });
});

describe('a collective opens a part only with its noun right after the markers (holdout D)', () => {
  it('a sentence that opens with "Các nhiệm vụ" in the content section is no part; "Các cơ sở …" and "Tất cả các xã" are', () => {
    expect(
      parts([
        'I. NHIỆM VỤ',
        '1. Rà soát các điểm ngập úng trong đô thị.',
        '2. Các nhiệm vụ khác tại Phụ lục kèm theo; đơn vị được nêu đầu tiên là đơn vị chủ trì.',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Các cơ sở chế biến nông sản: Thực hiện nghiêm quy định về xử lý nước thải.',
        '2. Tất cả các xã: Rà soát, báo cáo các điểm ngập úng.',
      ]),
    ).toEqual([
      ['II.1', ['*Các cơ sở chế biến nông sản'], 1],
      ['II.2', ['*Tất cả các xã'], 1],
    ]);
  });
});
