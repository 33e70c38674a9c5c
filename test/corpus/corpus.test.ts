/**
 * The nine real plans of fixtures/corpus (copied from ../shared/corpus) read by hand (issue 3): every expected value below was
 * written from the document itself (line numbers in the comments), not from the program's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse-plan.js';
import type { Plan, Task } from '../../src/model/types.js';

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url);

function read(name: string): Plan {
  return parsePlan(readFileSync(new URL(`${name.replace(/\.txt$/, '')}/input.txt`, CORPUS)), { path: name }).plan;
}
const tops = (p: Plan): [string, string, string][] => p.outline.map((s) => [s.id, s.title, s.role]);
const byId = (p: Plan, id: string): Task | undefined => p.tasks.find((t) => t.id === id);
const leads = (p: Plan, id: string): string[] | undefined => byId(p, id)?.lead.map((u) => u.text);
const count = (p: Plan, origin: Task['origin']): number => p.tasks.filter((t) => t.origin === origin).length;
const respUnits = (p: Plan): [string, string][] => p.responsibilities.map((r) => [r.id, r.units.map((u) => u.text).join(' | ')]);

describe('02 Lào Cai, Sở Công Thương: a draft, tasks written in the body', () => {
  const p = read('02-laocai-sct-dean08-kh-sct-2026-draft.txt');

  it('reads the blank number and date of a draft, and the two-column header', () => {
    // l.1-4: "UBND TỈNH LÀO CAI | CỘNG HOÀ …" / "SỞ CÔNG THƯƠNG | Độc lập …" / "Số:       /KH-SCT | Lào Cai, ngày       tháng 4 năm 2026"
    expect(p.document.number).toBeNull();
    expect(p.document.type).toBe('KH');
    expect(p.document.date).toBeNull();
    expect(p.document.place).toBe('Lào Cai');
    expect(p.document.issuer).toBe('Sở Công Thương');
    expect(p.document.title).toBe('Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn 2026-2030');
  });

  it('reads eight bases, one per "Căn cứ" line', () => {
    expect(p.document.bases).toHaveLength(8); // l.13-20
    // l.13 names three documents after one "Căn cứ", joined by ";": one clause
    expect(p.document.bases[0]?.text.startsWith('Căn cứ Nghị quyết số 35-NQ/TU')).toBe(true);
    expect(p.document.bases[0]?.text).toContain('Kế hoạch số 113/KH-UBND');
    expect(p.document.bases[7]?.text.startsWith('Căn cứ chức năng, nhiệm vụ được giao')).toBe(true);
  });

  it('splits Nơi nhận and the signature printed side by side', () => {
    // l.122-129
    expect(p.document.signature).toMatchObject({ authority: null, capacity: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signer: 'Trịnh Văn Thành' });
    expect(p.document.recipients).toEqual(['Tỉnh ủy (B/c)', 'UBND tỉnh (B/c)', 'Ban giám đốc Sở', 'Các phòng trực thuộc Sở', 'Chi cục QLTT', 'Lưu: VT, CN(Trung)']);
  });

  it('has sections I–VI with their roles', () => {
    expect(tops(p)).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'objectives'],
      ['II', 'MỤC TIÊU GIAI ĐOẠN 2026-2030', 'objectives'],
      ['III', 'NHIỆM VỤ TRỌNG TÂM', 'content'],
      ['IV', 'CÁC GIẢI PHÁP THỰC HIỆN', 'content'],
      ['V', 'TỔ CHỨC THỰC HIỆN', 'organization'],
      ['VI', 'CHẾ ĐỘ BÁO CÁO', 'other'],
    ]);
    // l.22-29: each line is a paragraph of its own, not the heading's title
    expect(p.outline[0]?.children.map((c) => c.title)).toEqual(['Mục đích', 'Yêu cầu']);
  });

  it('reads one body task per subsection of III from "Đơn vị chủ trì: …; Đơn vị phối hợp: …"', () => {
    expect(count(p, 'appendix')).toBe(0);
    expect(count(p, 'body')).toBe(5);
    expect(p.tasks.map((t) => t.id)).toEqual(['III.1', 'III.2', 'III.3', 'III.4', 'III.5']);
    expect(leads(p, 'III.1')).toEqual(['Phòng Quản lý Công nghiệp']); // l.51
    expect(byId(p, 'III.1')?.support.map((u) => u.text)).toEqual(['Phòng Quản lý Năng lượng', 'Phòng Quản lý Thương mại']);
    expect(leads(p, 'III.2')).toEqual(['Phòng Quản lý Công nghiệp']); // l.64
    expect(leads(p, 'III.3')).toEqual(['Phòng Quản lý Năng lượng']); // l.72
    expect(leads(p, 'III.4')).toEqual(['Phòng Quản lý Công nghiệp']); // l.80
    expect(leads(p, 'III.5')).toEqual(['Văn phòng Sở']); // l.86
    expect(byId(p, 'III.3')?.description).toBe('Đảm bảo an ninh năng lượng và đẩy mạnh phát triển năng lượng sạch, năng lượng tái tạo');
    expect(byId(p, 'III.5')?.extra['Lãnh đạo phụ trách']).toBe('Giám đốc Sở'); // l.85
  });

  it('reads the six units of TỔ CHỨC THỰC HIỆN ("Unit: duty" on one line)', () => {
    expect(respUnits(p)).toEqual([
      ['V.1', 'Phòng Quản lý Công nghiệp'],
      ['V.2', 'Phòng Quản lý Năng lượng'],
      ['V.3', 'Phòng Quản lý Thương mại'],
      ['V.4', 'Phòng Kế hoạch - Tổng hợp'],
      ['V.5', 'Văn phòng Sở'],
      ['V.6', 'Chi cục Quản lý thị trường'],
    ]);
    expect(p.responsibilities[1]?.duties[0]?.startsWith('Chủ trì tham mưu thực hiện')).toBe(true);
  });

  it('reads the annex: a report outline (text) and two empty report forms (tables)', () => {
    expect(p.appendices.map((a) => a.kind)).toEqual(['text', 'table', 'table']);
  });
});

describe('04 Ban Chỉ đạo quốc gia 1237: lettered top level, tasks in the body', () => {
  const p = read('04-bcdqg1237-252-kh-2013.txt');

  it('reads the header and the flattened signature', () => {
    expect(p.document.number).toBe('252/KH-BCĐQG1237');
    expect(p.document.date).toBe('2013-11-11');
    expect(p.document.place).toBe('Hà Nội');
    expect(p.document.issuer).toBe('Ban chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ'); // l.1, without the rule "-------"
    expect(p.document.title?.startsWith('TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG')).toBe(true); // l.12
    expect(p.document.bases).toHaveLength(4); // l.14-20
    expect(p.document.signature?.signer).toBe('Nguyễn Thiện Nhân'); // l.362
    expect(p.document.recipients).toHaveLength(13); // l.360
  });

  it('has A.–D. with Roman sections I–IX inside B', () => {
    expect(tops(p)).toEqual([
      ['A', 'MỤC ĐÍCH, YÊU CẦU', 'objectives'],
      ['B', 'NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020', 'content'],
      ['C', 'MỘT SỐ NỘI DUNG, GIẢI PHÁP TRỌNG TÂM TỪ NAY ĐẾN NĂM 2015', 'content'],
      ['D', 'TỔ CHỨC THỰC HIỆN', 'organization'],
    ]);
    expect(p.outline[1]?.children.map((c) => c.id)).toEqual(['B.I', 'B.II', 'B.III', 'B.IV', 'B.V', 'B.VI', 'B.VII', 'B.VIII', 'B.IX']);
  });

  it('reads each B section as a body task: "Cơ quan chủ trì" / "Cơ quan phối hợp" lists and "Thời gian thực hiện"', () => {
    expect(count(p, 'body')).toBe(9);
    expect(count(p, 'appendix')).toBe(0);
    expect(byId(p, 'B.I')?.description).toBe('CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN');
    // l.44-50
    expect(leads(p, 'B.I')).toEqual(['Ban Chỉ đạo quốc gia', 'Các Bộ, ngành liên quan', 'Ban Chỉ đạo các quân khu', 'Ban Chỉ đạo các tỉnh']);
    expect(byId(p, 'B.I')?.timeframe?.text).toBe('Tháng 12/2013 và thường xuyên'); // l.58
    // l.72-78: "2. Cơ quan chủ trì" with no phối hợp
    expect(leads(p, 'B.II')?.slice(0, 2)).toEqual(['Ban Chỉ đạo quốc gia', 'Bộ Quốc phòng']);
    expect(byId(p, 'B.II')?.support).toEqual([]);
    // l.134-140: "2. Chủ trì thực hiện"
    expect(leads(p, 'B.IV')?.slice(0, 2)).toEqual(['Ban Chỉ đạo quốc gia', 'Bộ Quốc phòng']);
    // l.258: "a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính."
    expect(leads(p, 'B.VIII')).toEqual(['Bộ Quốc phòng', 'Bộ Tài chính']);
    // l.284-290
    expect(leads(p, 'B.IX')?.slice(0, 3)).toEqual(['Ban Chỉ đạo quốc gia', 'Ban Chỉ đạo các quân khu', 'Ban Chỉ đạo các tỉnh']);
  });

  it('reads the units of D. TỔ CHỨC THỰC HIỆN and keeps funding (D.7) out', () => {
    const ids = p.responsibilities.map((r) => r.id);
    expect(ids).toEqual(['D.1', 'D.2', 'D.3', 'D.4', 'D.5', 'D.6']);
    expect(p.responsibilities[0]?.units.map((u) => u.text)).toEqual(['Ban Chỉ đạo quốc gia 1237']);
    expect(p.responsibilities[1]?.units.map((u) => u.text)).toEqual(['Bộ Quốc phòng']);
    expect(p.responsibilities[5]?.units.map((u) => u.text)).toEqual(['Văn phòng Ban Chỉ đạo quốc gia 1237']);
    expect(p.funding?.text.startsWith('Kinh phí thực hiện Đề án thực hiện theo quy định')).toBe(true); // l.354
  });
});

describe('06 Sơn La: a Quyết định that issues a Kế hoạch', () => {
  const p = read('06-sonla-254-qd-ubnd-2023.txt');

  it('takes the decision as the document and the attached plan as what it carries', () => {
    expect(p.document.number).toBe('254/QĐ-UBND');
    expect(p.document.type).toBe('QĐ');
    expect(p.document.date).toBe('2023-02-17');
    expect(p.document.issuer).toBe('Ủy ban nhân dân tỉnh Sơn La');
    expect(p.document.carries).toEqual({ typeName: 'Kế hoạch', title: 'THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023' }); // l.37-39
    expect(p.document.bases).toHaveLength(3); // l.16-20; the proposal (l.22) and the articles (l.26-30) are not bases
    expect(p.document.signature).toMatchObject({ authority: null, capacity: null, title: 'CHỦ TỊCH', signer: 'Hoàng Quốc Khánh' }); // l.34
    expect(p.document.recipients).toHaveLength(6); // l.32
  });

  it('reads the attached plan’s sections', () => {
    expect(tops(p)).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'objectives'],
      ['II', 'NỘI DUNG CÔNG TÁC', 'content'],
      ['III', 'PHÂN CÔNG NHIỆM VỤ', 'organization'],
      ['IV', 'TỔ CHỨC THỰC HIỆN', 'organization'],
    ]);
    expect(p.objectives).toHaveLength(3);
  });

  it('reads "(Giao Công an tỉnh chủ trì, phối hợp với …)" as body tasks', () => {
    expect(p.tasks.map((t) => [t.id, t.origin])).toEqual([['II.6', 'body'], ['II.8', 'body']]);
    expect(leads(p, 'II.6')).toEqual(['Công an tỉnh']); // l.61
    expect(byId(p, 'II.6')?.support[0]?.text).toBe('Văn phòng UBND tỉnh');
    expect(byId(p, 'II.6')?.description).toBe('Xây dựng và tham mưu với UBND tỉnh ban hành Quy chế bảo vệ BMNN trên địa bàn tỉnh');
    expect(leads(p, 'II.8')).toEqual(['Công an tỉnh']); // l.65 "(Giao Công an tỉnh tham mưu)"
  });

  it('reads the units of PHÂN CÔNG NHIỆM VỤ and TỔ CHỨC THỰC HIỆN, funding as item IV.2', () => {
    // l.63, in II. NHIỆM VỤ: "7. Thủ trưởng các sở …; Chủ tịch UBND các huyện, thành phố có
    // trách nhiệm: …" assigns work as a part of TỔ CHỨC THỰC HIỆN does (issue 12 §2).
    expect(respUnits(p)[0]).toEqual(['II.7', 'Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh | Chủ tịch UBND các huyện, thành phố']);
    const r = respUnits(p).slice(1);
    expect(r.slice(0, 6)).toEqual([
      ['III.1', 'Công an tỉnh'],
      ['III.2', 'Văn phòng UBND tỉnh'],
      ['III.3', 'Sở Nội vụ'],
      ['III.4', 'Sở Tư pháp'],
      ['III.5', 'Sở Thông tin và Truyền thông'],
      ['III.6', 'Sở Tài chính'],
    ]);
    // l.97 heads of departments and chairs of districts; l.103 "Giao Công an tỉnh chủ trì …"; l.105 is a note, not a unit
    expect(r.slice(6).map(([id]) => id)).toEqual(['IV.1', 'IV.3']);
    expect(p.responsibilities.find((x) => x.id === 'IV.3')?.units.map((u) => u.text)).toEqual(['Công an tỉnh']);
    expect(p.funding?.text.startsWith('Do ngân sách nhà nước đảm bảo')).toBe(true); // l.101
  });
});

describe('09 Đồng Tháp: a task table with one-cell group rows', () => {
  const p = read('09-dongthap-617-kh-ubnd-2025.txt');

  it('reads the header written cell by cell, with place and date over two lines', () => {
    expect(p.document.number).toBe('617/KH-UBND');
    expect(p.document.date).toBe('2025-12-01');
    expect(p.document.place).toBe('Đồng Tháp');
    expect(p.document.issuer).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
    // l.282-286: "TM. ỦY BAN" / "NHÂN DÂN" wrapped
    expect(p.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Huỳnh Minh Tuấn' });
    expect(p.document.bases).toHaveLength(1); // l.23 "Thực hiện Kế hoạch số …"
  });

  it('has sections I–IV, and the lettered points under a heading without punctuation', () => {
    expect(tops(p)).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'objectives'],
      ['II', 'MỤC TIÊU, ĐỐI TƯỢNG', 'objectives'],
      ['III', 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', 'content'],
      ['IV', 'TỔ CHỨC THỰC HIỆN', 'organization'],
    ]);
    expect(p.outline[0]?.children[0]?.title).toBe('Mục đích'); // l.37, not joined with "a) Thúc đẩy …"
    expect(p.outline[0]?.children[0]?.children.map((c) => c.number)).toEqual(['a', 'b', 'c']);
  });

  it('reads 11 tasks in 4 groups, numbered on through the groups', () => {
    expect(count(p, 'appendix')).toBe(11);
    expect(count(p, 'body')).toBe(0);
    expect(p.appendices[0]?.groups.map((g) => g.id)).toEqual(['I', 'II', 'III', 'IV']);
    expect(p.appendices[0]?.groups[0]?.title).toBe('NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY'); // l.297
    expect(byId(p, 'I.1')?.group?.id).toBe('I');
    expect(leads(p, 'I.1')).toEqual(['Sở KH&CN']); // l.298
    expect(leads(p, 'I.3')).toEqual(['Sở Nội vụ']); // l.300
    expect(leads(p, 'II.5')).toEqual(['Sở Công Thương']); // l.303
    expect(leads(p, 'III.8')).toEqual(['Sở KH&CN']); // l.307
    expect(leads(p, 'IV.11')).toEqual(['Sở KH&CN']); // l.311
  });

  it('reads the units of TỔ CHỨC THỰC HIỆN, "Đề nghị: …" as a request', () => {
    const r = respUnits(p);
    expect(r.slice(0, 5)).toEqual([
      ['IV.1', 'Sở Khoa học và Công nghệ'],
      ['IV.2', 'Sở Tài chính'],
      ['IV.3', 'Sở Công Thương'],
      ['IV.4', 'Sở Văn hoá, Thể thao và Du lịch'],
      ['IV.5', 'Ủy ban nhân dân các xã, phường'],
    ]);
    const request = p.responsibilities.find((x) => x.id === 'IV.6');
    expect(request?.mode).toBe('requested');
    expect(request?.units.map((u) => u.text)).toEqual(['Hiệp hội Doanh nghiệp tỉnh', 'Hội Nông dân tỉnh', 'Liên minh Hợp tác xã Tỉnh']); // l.242-243
    expect(p.responsibilities.find((x) => x.id === 'IV.7')?.units).toHaveLength(2); // l.257-258
  });
});

describe('11 Hà Nội: a task table without groups and a blank reference', () => {
  const p = read('11-hanoi-310-kh-ubnd-2025.txt');

  it('reads the header', () => {
    expect(p.document.number).toBe('310/KH-UBND');
    expect(p.document.date).toBe('2025-11-24');
    expect(p.document.issuer).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(p.document.signature?.signer).toBe('Trương Việt Dũng');
  });

  it('has I–V with funding as its own section', () => {
    expect(tops(p)).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'objectives'],
      ['II', 'MỤC TIÊU', 'objectives'],
      ['III', 'GIẢI PHÁP', 'content'],
      ['IV', 'KINH PHÍ THỰC HIỆN', 'funding'],
      ['V', 'TỔ CHỨC THỰC HIỆN', 'organization'],
    ]);
  });

  it('reads 6 tasks and the title with "IoT" in it', () => {
    expect(p.tasks.map((t) => t.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const id of ['1', '2', '3', '4', '6']) expect(leads(p, id)).toEqual(['Ban Quản lý các khu công nghệ cao và khu công nghiệp']); // l.416-421
    expect(p.appendices[0]?.title.startsWith('NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG 5G, IoT')).toBe(true); // l.407-409
    expect(p.appendices[0]?.reference?.number).toBeNull(); // l.411 "số: /KH-UBND"
  });

  it('reads the five units of TỔ CHỨC THỰC HIỆN', () => {
    const r = respUnits(p);
    expect(r.slice(0, 3)).toEqual([
      ['V.1', 'Ban Quản lý các khu công nghệ cao và khu công nghiệp'],
      ['V.2', 'Sở Khoa học và Công nghệ'],
      ['V.3', 'Sở Tài chính'],
    ]);
    expect(p.responsibilities.map((x) => x.id)).toEqual(['V.1', 'V.2', 'V.3', 'V.4', 'V.5']);
    expect(p.responsibilities[3]?.units).toHaveLength(2); // "Các Sở, ban, ngành của Thành phố, UBND phường, xã"
  });
});

describe('13 Đồng Nai: lettered super-groups, decimal numbers, sub-groups, repeated headers', () => {
  const p = read('13-dongnai-179-kh-ubnd-2025.txt');

  it('reads the header and a signature with TM. and no KT.', () => {
    expect(p.document.number).toBe('179/KH-UBND');
    expect(p.document.date).toBe('2025-11-18');
    expect(p.document.bases).toHaveLength(5);
    expect(p.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: null, title: 'CHỦ TỊCH', signer: 'Võ Tấn Đức' }); // l.1575-1578
  });

  it('has sections I–VI', () => {
    expect(p.outline.map((s) => s.title)).toEqual([
      'MỤC TIÊU TỔNG QUÁT',
      'MỤC TIÊU',
      'NHIỆM VỤ TRỌNG TÂM',
      'PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC',
      'GIẢI PHÁP',
      'TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('reads 94 tasks: A 47, B 34, C 13 (sub-group rows 5.1 and 5.2 are not tasks)', () => {
    // counted by hand from l.1591-1725
    expect(count(p, 'appendix')).toBe(94);
    expect(p.tasks.filter((t) => t.id.startsWith('A.')).length).toBe(47);
    expect(p.tasks.filter((t) => t.id.startsWith('B.')).length).toBe(34);
    expect(p.tasks.filter((t) => t.id.startsWith('C.')).length).toBe(13);
    const a = p.appendices[0];
    expect(a?.kind).toBe('tasks');
    expect(a?.groups.filter((g) => !g.id.includes('.')).map((g) => g.id)).toEqual(['A', 'B', 'C']);
    // l.1672 and l.1678: group IV is written twice
    expect(a?.groups.filter((g) => g.id.startsWith('B.IV')).length).toBeGreaterThanOrEqual(2);
    expect(a?.groups.find((g) => g.title === 'Thương mại')).toBeDefined(); // l.1680
  });

  it('reads lead units spread through the table', () => {
    expect(leads(p, 'A.I.1.1')).toEqual(['Sở Tư pháp']); // l.1593
    expect(leads(p, 'A.III.3')).toEqual(['Sở Khoa học và Công nghệ']); // l.1605
    expect(leads(p, 'A.IV.4.1')).toEqual(['Công an tỉnh']); // l.1607
    expect(leads(p, 'A.IX.9.5')).toEqual(['Thuế Đồng Nai']); // l.1647
    const trade = p.tasks.find((t) => t.number === '5.1.1');
    expect(trade?.lead.map((u) => u.text)).toEqual(['Sở Công Thương']); // l.1681
    expect(trade?.group?.title).toBe('Thương mại');
    expect(leads(p, 'C.V.5.1')).toEqual(['Sở Tài chính']); // l.1720
    expect(leads(p, 'C.VI.6.3')).toEqual(['Sở Nông nghiệp và Môi trường']); // l.1725
    expect(byId(p, 'A.I.1.1')?.extra['Sản phẩm đầu ra']).toBeDefined();
  });

  it('reads the 21 parts of TỔ CHỨC THỰC HIỆN, sentences cut at their verb, "Khuyến khích" as a request', () => {
    // VI.19 "Các doanh nghiệp công nghệ số" has a part of other units beneath it: "a) Các doanh
    // nghiệp viễn thông, doanh nghiệp bưu chính …" (l.1514); its b) and c) are its own duties.
    const ids = Array.from({ length: 21 }, (_, i) => `VI.${i + 1}`);
    ids.splice(19, 0, 'VI.19.a');
    expect(p.responsibilities.map((r) => r.id)).toEqual(ids);
    const r = Object.fromEntries(respUnits(p));
    expect(r['VI.1']).toBe('Sở Khoa học và Công nghệ');
    expect(r['VI.7']).toBe('Sở Công Thương'); // l.1440 "Sở Công Thương: Chủ …"
    expect(r['VI.9']).toBe('Công an tỉnh');
    expect(r['VI.13']).toBe('Sở Xây dựng');
    expect(r['VI.15']).toBe('Báo và Phát thanh, Truyền hình Đồng Nai'); // l.1479 "… chủ động phối hợp với"
    const youth = p.responsibilities.find((x) => x.id === 'VI.16');
    expect(youth?.mode).toBe('requested');
    expect(youth?.units[0]?.text).toBe('Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai');
  });
});

describe('14 Bắc Ninh 144: an indicator table, not a task list', () => {
  const p = read('14-bacninh-144-kh-ubnd-2025.txt');

  it('reads the header', () => {
    expect(p.document.number).toBe('144/KH-UBND');
    expect(p.document.date).toBe('2025-11-24');
    expect(p.document.bases).toHaveLength(6); // six "Căn cứ", l.24-52; "Theo đề nghị" (l.53) is not a basis
    expect(p.document.signature?.signer).toBe('Mai Sơn');
  });

  it('has I. QUAN ĐIỂM … VII. CHẾ ĐỘ BÁO CÁO, unknown names kept as other', () => {
    expect(tops(p)).toEqual([
      ['I', 'QUAN ĐIỂM', 'other'],
      ['II', 'MỤC TIÊU', 'objectives'],
      ['III', 'PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ', 'other'],
      ['IV', 'PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC', 'other'],
      ['V', 'GIẢI PHÁP', 'content'],
      ['VI', 'TỔ CHỨC THỰC HIỆN', 'organization'],
      ['VII', 'CHẾ ĐỘ BÁO CÁO', 'other'],
    ]);
  });

  it('has no tasks; its appendix is a table', () => {
    expect(p.tasks).toHaveLength(0);
    expect(p.appendices.map((a) => a.kind)).toEqual(['table']);
  });

  it('reads the 19 units of VI. TỔ CHỨC THỰC HIỆN, headings wrapped after one word', () => {
    // V.6 "Bảo đảm kinh phí" (l.1026) assigns its a) and c) to units with "có trách nhiệm".
    expect(respUnits(p).filter(([id]) => !id.startsWith('VI.'))).toEqual([
      ['V.6.a', 'Các sở, ngành, địa phương'],
      ['V.6.c', 'Doanh nghiệp, tổ chức, cơ sở giáo dục tự chủ tài chính'],
    ]);
    const r = respUnits(p).filter(([id]) => id.startsWith('VI.'));
    expect(r).toHaveLength(19);
    expect(r[0]).toEqual(['VI.1', 'Sở Khoa học và Công nghệ']); // l.1099-1100
    expect(r[1]).toEqual(['VI.2', 'Sở Tài chính']);
    expect(r[9]).toEqual(['VI.10', 'Công an tỉnh']);
    expect(r[13]).toEqual(['VI.14', 'Tỉnh đoàn']);
    expect(r[16]).toEqual(['VI.17', 'Chi cục Hải quan khu vực V']);
    expect(p.responsibilities.find((x) => x.id === 'VI.15')?.units.map((u) => u.text)).toEqual(['Liên đoàn Lao động', 'Hội Nông dân', 'Liên minh Hợp tác xã']); // l.1257-1258
  });
});

describe('15 Thanh Hóa: three appendices, none a task table', () => {
  const p = read('15-thanhhoa-235-kh-ubnd-2025.txt');

  it('reads the header', () => {
    expect(p.document.number).toBe('235/KH-UBND');
    expect(p.document.date).toBe('2025-11-18');
    expect(p.document.signature?.signer).toBe('Mai Xuân Liêm');
  });

  it('has I–IV', () => {
    expect(tops(p)).toEqual([
      ['I', 'MỤC TIÊU', 'objectives'],
      ['II', 'NỘI DUNG KẾ HOẠCH', 'content'],
      ['III', 'KINH PHÍ THỰC HIỆN', 'funding'],
      ['IV', 'TỔ CHỨC THỰC HIỆN', 'organization'],
    ]);
  });

  it('has no tasks and three table appendices PL-I … PL-III', () => {
    expect(p.tasks).toHaveLength(0);
    expect(p.appendices.map((a) => [a.id, a.kind])).toEqual([['PL-I', 'table'], ['PL-II', 'table'], ['PL-III', 'table']]);
  });

  it('reads the four units of TỔ CHỨC THỰC HIỆN', () => {
    expect(respUnits(p)).toEqual([
      ['IV.1', 'Sở Nông nghiệp và Môi trường'], // l.281-282 "… chỉ đạo Chi cục …"
      ['IV.2', 'Sở Tài chính'],
      ['IV.3', 'UBND các xã, phường'],
      ['IV.4', 'Các cơ sở nuôi trồng thủy sản'],
    ]);
  });
});

describe('19 Bắc Ninh 141: tasks as bullets followed by labelled lines', () => {
  const p = read('19-bacninh-141-kh-ubnd-2025.txt');

  it('reads the header', () => {
    expect(p.document.number).toBe('141/KH-UBND');
    expect(p.document.date).toBe('2025-11-20');
    expect(p.document.issuer).toBe('Uỷ ban nhân dân tỉnh Bắc Ninh');
    expect(p.document.signature?.signer).toBe('Phạm Văn Thịnh');
  });

  it('has I–IV, and target 4 keeps "2026 - 2030" wrapped onto a dash', () => {
    expect(tops(p)).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'objectives'],
      ['II', 'MỤC TIÊU CHỦ YẾU', 'objectives'],
      ['III', 'NHIỆM VỤ, GIẢI PHÁP', 'content'],
      ['IV', 'TỔ CHỨC THỰC HIỆN', 'organization'],
    ]);
    // l.64-82: five numbered targets opening with figures ("1. 100% …")
    expect(p.outline[1]?.children.map((c) => c.id)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5']);
    expect(p.outline[1]?.children[3]?.title.startsWith('Trong giai đoạn 2026 - 2030 phấn đấu')).toBe(true);
  });

  it('reads 16 body tasks with their leads', () => {
    // l.99, 127, 150, 171, 184, 198, 218, 235, 249, 267, 283, 295, 308, 322, 337, 354
    expect(count(p, 'body')).toBe(16);
    expect(count(p, 'appendix')).toBe(0);
    expect(byId(p, 'III.1')?.description.startsWith('Thường xuyên rà soát, kiện toàn đội ngũ')).toBe(true); // l.94
    expect(byId(p, 'III.1')?.support.map((u) => u.text)).toEqual(['Sở Nội vụ', 'Sở Tư pháp']); // l.102-103
    expect(byId(p, 'III.1')?.timeframe?.kind).toBe('continuous'); // "Thường xuyên"
    const fourth = p.tasks.filter((t) => t.id.startsWith('III.4'));
    expect(fourth.map((t) => t.lead.map((u) => u.text).join(' | '))).toEqual(['Các Sở, ngành, đơn vị | UBND cấp xã', 'Sở Tư pháp', 'Sở Nội vụ']);
    expect(leads(p, 'III.5')).toEqual(['Sở Nội vụ']); // l.218-219
    expect(leads(p, 'III.7')).toEqual(['Sở Khoa học và Công nghệ']); // l.283-284
    expect(leads(p, 'III.8')).toEqual(['Sở Tư pháp']); // l.337-338
    expect(leads(p, 'III.9')).toEqual(['Sở Tư pháp']); // l.354-355
    expect(byId(p, 'III.9')?.description.startsWith('Tham mưu, đề xuất tổ chức Đoàn')).toBe(true); // l.349
  });

  it('reads the six parts of TỔ CHỨC THỰC HIỆN written as sentences', () => {
    expect(respUnits(p)).toEqual([
      ['IV.1', 'Các cơ quan, đơn vị, địa phương'],
      ['IV.2', 'Sở Tài chính'],
      ['IV.3', 'Sở Nội vụ'],
      ['IV.4', 'Các Sở, ngành, đơn vị liên quan'],
      ['IV.5', 'UBND các xã, phường'],
      ['IV.6', 'Sở Tư pháp'],
    ]);
  });

  it('takes the funding from the duty that arranges the money (IV.2), as the plan has no KINH PHÍ section', () => {
    // l.374-376: "2. Sở Tài chính chủ trì, phối hợp … bố trí kinh phí chi thường xuyên …"
    expect(p.funding?.text.startsWith('Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành, đơn vị và UBND cấp xã bố trí kinh phí')).toBe(true);
    expect(p.funding?.source.line).toBe(374);
  });
});
