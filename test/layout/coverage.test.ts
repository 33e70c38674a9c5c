/**
 * Never silently: what looks like a part and is not read gets a diagnostic where it is, and
 * `plan show` ends with a coverage line (rows → tasks, numbered parts → sections, lines that no
 * part took).
 */
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { read, rules } from './read.js';
import { planOverview } from '../../src/query/overview.js';
import { formatOverview, coverageLine } from '../../src/format/overview.js';

const PLAN = `Số: 7/KH-UBND
Huế, ngày 1 tháng 2 năm 2025
KẾ HOẠCH
Phòng chống dịch
I. MỤC TIÊU
Giảm ca bệnh theo mục
1.1. của Kế hoạch này.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì.
Nơi nhận:
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn An
III. KINH PHÍ THỰC HIỆN DO NGÂN SÁCH BẢO ĐẢM
PHỤ LỤC
STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian
I\tPhòng bệnh\t\t\t
1\tTiêm chủng\tSở Y tế\tUBND các xã\t2025
Ghi chú: các nhiệm vụ dưới đây làm trong năm
\tGiám sát dịch\tTrung tâm Kiểm soát bệnh tật\t\t2025
2\tTruyền thông\tSở Văn hóa, Thể thao và Du lịch\t\t2025
`;

describe('never silently', () => {
  const { plan, diagnostics } = read(PLAN);

  it('a numbered part among the recipients and the signature is a warning where it stands', () => {
    expect(rules(diagnostics, 'closing-unread').map((d) => [d.severity, d.place.line])).toEqual([['warning', 15]]);
    expect(plan.document.signature?.signer).toBe('Trần Văn An');
  });

  it('a table row that is neither task nor group is reported, and so is a numbered line read as a wrap', () => {
    expect(rules(diagnostics, 'parse-table-row').map((d) => [d.severity, d.place.line])).toEqual([['info', 20]]);
    // "Giám sát dịch" has no STT but units of its own under task 1: a sub-row, not a loss.
    expect(plan.tasks.map((t) => `${t.id}${t.parent ? `^${t.parent}` : ''}`)).toEqual(['I.1', 'I.1-1^I.1', 'I.2']);
  });

  it('counts what became of the document', () => {
    expect(plan.coverage).toEqual({
      rows: { total: 5, tasks: 3, groups: 1, unread: 1 },
      // I, II, 1. and the III. after the signature; "1.1." read as the wrap of a sentence
      numbered: { total: 5, sections: 3 },
      // "III. KINH PHÍ …" after the signature, where it stands.
      unassigned: { lines: 1, runs: [{ source: { kind: 'line', line: 15, column: 1 }, lines: 1 }] },
      // Every line holds text: 9 before the closing, 6 in it (with "III."), 7 in the appendix (its title and six rows).
      lines: 22,
    });
  });

  it('plan show ends with the coverage line', async () => {
    const text = await formatOverview(planOverview(plan), { format: 'table', columns: 100, chalk: new Chalk({ level: 0 }) });
    expect(text.trimEnd().split('\n').pop()).toBe('Đã đọc: 4/5 dòng bảng thành nhiệm vụ hoặc nhóm · 3/5 phần đánh số thành mục · 1 dòng không thuộc phần nào');
  });

  it('a plan with no task table says so', () => {
    expect(coverageLine({ rows: { total: 0, tasks: 0, groups: 0, unread: 0 }, numbered: { total: 2, sections: 2 }, unassigned: { lines: 0 } })).toBe(
      'Đã đọc: không có bảng nhiệm vụ · 2/2 phần đánh số thành mục · 0 dòng không thuộc phần nào',
    );
  });
});
