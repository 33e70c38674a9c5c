/**
 * Layout 5: HTML table markup inside a .txt or .md file; tables continued with a placeholder
 * header; a group row repeating its title in every cell; glued header words. Layout 9: rows
 * shifted by an empty leading cell, two rows fused around an elision mark, unnumbered sub-rows
 * under a merged STT cell.
 */
import { describe, expect, it } from 'vitest';
import { read, rules, taskLines } from './read.js';

const HEAD = `ỦY BAN NHÂN DÂN TỈNH NINH BÌNH

Số: 45/KH-UBND

Ninh Bình, ngày 10 tháng 2 năm 2025

KẾ HOẠCH

Chuyển đổi số năm 2025

I. MỤC ĐÍCH

Nâng cao hiệu quả.

II. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ: chủ trì triển khai Kế hoạch.

KT. CHỦ TỊCH

PHÓ CHỦ TỊCH

Trần Văn Hùng

PHỤ LỤC

DANH MỤC NHIỆM VỤ

`;

describe('layout 5: HTML table markup inside text and Markdown', () => {
  const html = `<table><tr><td>STT</td><td>Nhiệm vụ</td><td>Đơn vị chủ trì</td><td>Đơn vịphốihợp</td><td>Thời gian</td></tr>
<tr><td colspan="5">I. HẠ TẦNG SỐ</td></tr>
<tr><td rowspan="2">1</td><td>Nâng cấp mạng diện rộng</td><td>Sở Khoa học và Công nghệ</td><td>Sở Tài chính</td><td>Quý II/2025</td></tr>
<tr><td>Kết nối trung tâm dữ liệu</td><td>Viễn thông Ninh Bình</td><td></td><td>Quý III/2025</td></tr>
<tr><td>2</td><td>Số hóa hồ sơ &amp; dữ liệu</td><td>Sở Nội vụ<br>Sở Tư pháp</td><td>UBND các xã, phường</td><td>Năm 2025</td></tr>
</table>

<table><tr><td>Col1</td><td>Col2</td><td>Col3</td><td>Col4</td><td>Col5</td></tr>
<tr><td>II. DỊCH VỤ SỐ</td><td>II. DỊCH VỤ SỐ</td><td>II. DỊCH VỤ SỐ</td><td>II. DỊCH VỤ SỐ</td><td>II. DỊCH VỤ SỐ</td></tr>
<tr><td>1</td><td>Cung cấp dịch vụ công trực tuyến</td><td>Văn phòng UBND tỉnh</td><td>Các sở, ngành</td><td>Thường xuyên</td></tr>
</table>
`;

  it.each([
    ['a .md file', 'plan.md'],
    ['a .txt file', 'plan.txt'],
  ])('in %s: rows, groups, a sub-row under a row-spanning STT, the table continued after "Col1 … Col5"', (_what, path) => {
    const { plan } = read(HEAD + html, path);
    expect(plan.appendices.map((a) => [a.id, a.kind, a.title, a.groups.map((g) => `${g.id} ${g.title}`)])).toEqual([
      ['PL', 'tasks', 'DANH MỤC NHIỆM VỤ', ['I HẠ TẦNG SỐ', 'II DỊCH VỤ SỐ']],
    ]);
    expect(plan.appendices[0]?.columns.map((c) => c.role)).toEqual(['number', 'task', 'lead', 'support', 'timeframe']);
    expect(taskLines(plan)).toEqual([
      'I.1 1 | Sở Khoa học và Công nghệ',
      'I.1-1 1 ^I.1 | Viễn thông Ninh Bình',
      'I.2 2 | Sở Nội vụ; Sở Tư pháp',
      'II.1 1 | Văn phòng Ủy ban nhân dân tỉnh',
    ]);
    expect(plan.tasks[2]?.description).toBe('Số hóa hồ sơ & dữ liệu');
    expect(plan.tasks[1]?.description).toBe('Kết nối trung tâm dữ liệu');
  });
});

const TAB_HEAD = `${HEAD}STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n`;

describe('layout 9: table rows shifted, fused, and sub-rows', () => {
  it('a row shifted one cell right by an empty leading cell is put back', () => {
    const { plan } = read(`${TAB_HEAD}1\tRà soát thủ tục\tSở Tư pháp\tCác sở\t2025\n\t2\tSố hóa hồ sơ\tSở Nội vụ\tCác xã\t2025\n3\tĐào tạo\tSở Nội vụ\t\t2026\n`);
    expect(taskLines(plan)).toEqual(['1 1 | Sở Tư pháp', '2 2 | Sở Nội vụ', '3 3 | Sở Nội vụ']);
    expect(plan.tasks[1]?.description).toBe('Số hóa hồ sơ');
  });

  it('a group row shifted right by an empty leading cell is put back: numeral and title', () => {
    const { plan } = read(`${TAB_HEAD}I\tHẠ TẦNG\n1\tRà soát thủ tục\tSở Tư pháp\tCác sở\t2025\n\tII\tDỊCH VỤ SỐ\n1\tSố hóa hồ sơ\tSở Nội vụ\tCác xã\t2025\n`);
    expect(plan.appendices[0]?.groups.map((g) => `${g.id} ${g.title}`)).toEqual(['I HẠ TẦNG', 'II DỊCH VỤ SỐ']);
    expect(taskLines(plan)).toEqual(['I.1 1 | Sở Tư pháp', 'II.1 1 | Sở Nội vụ']);
  });

  it('a group row under a table whose unit column comes before the task column is a group, its title in the unit column', () => {
    const head = `${HEAD}STT\tSở chủ trì\tNội dung công việc\tSở phối hợp\tThời hạn\n`;
    const { plan } = read(`${head}I\tHẠ TẦNG SỐ\n1\tSở Khoa học và Công nghệ\tNâng cấp trung tâm dữ liệu\tSở Tài chính\tQuý III/2025\n2\tSở Nội vụ\tSố hóa hồ sơ cán bộ\t\t2025\nII\tDịch vụ công trực tuyến\n1\tVăn phòng UBND tỉnh\tRà soát thủ tục hành chính\tCác sở\tTháng 10/2025\n`);
    expect(plan.appendices[0]?.groups.map((g) => `${g.id} ${g.title}`)).toEqual(['I HẠ TẦNG SỐ', 'II Dịch vụ công trực tuyến']);
    expect(taskLines(plan)).toEqual(['I.1 1 | Sở Khoa học và Công nghệ', 'I.2 2 | Sở Nội vụ', 'II.1 1 | Văn phòng Ủy ban nhân dân tỉnh']);
    expect(plan.tasks[2]?.description).toBe('Rà soát thủ tục hành chính');
  });

  it('a letter group row whose title sits under the support column (lead, support, then task) is a group', () => {
    const head = `${HEAD}STT\tĐơn vị chủ trì\tĐơn vị phối hợp\tNhiệm vụ\tThời gian\n`;
    const { plan } = read(`${head}A\t\tTUYÊN TRUYỀN\n1\tSở Văn hóa, Thể thao và Du lịch\tĐài Phát thanh và Truyền hình tỉnh\tPhóng sự về chuyển đổi số\t2025\nB\t\tĐÀO TẠO\n1\tSở Nội vụ\tTrường Chính trị tỉnh\tBồi dưỡng kỹ năng số\t2026\n`);
    expect(plan.appendices[0]?.groups.map((g) => `${g.id} ${g.title}`)).toEqual(['A TUYÊN TRUYỀN', 'B ĐÀO TẠO']);
    expect(taskLines(plan)).toEqual(['A.1 1 | Sở Văn hóa, Thể thao và Du lịch', 'B.1 1 | Sở Nội vụ']);
  });

  it('a time column headed only "Hoàn thành" or "Hạn hoàn thành", before the unit columns, gives each task its time', () => {
    for (const when of ['Hoàn thành', 'Hạn hoàn thành']) {
      const { plan } = read(`${HEAD}TT\tCông việc\t${when}\tĐơn vị chủ trì\tĐơn vị phối hợp\n1\tKhảo sát nhu cầu\tTháng 4/2025\tSở Công Thương\tCác huyện\n2\tTổng kết\tTrước 20/12/2025\tSở Tài chính\t\n`);
      expect(plan.appendices[0]?.columns.map((c) => c.role)).toEqual(['number', 'task', 'timeframe', 'lead', 'support']);
      expect(plan.tasks.map((t) => [t.lead[0]?.name, t.timeframe?.start ?? null, t.timeframe?.end ?? null])).toEqual([
        ['Sở Công Thương', '2025-04-01', '2025-04-30'],
        ['Sở Tài chính', null, '2025-12-20'],
      ]);
    }
  });

  it('a schedule whose unit column says who prepares and reports ("Đơn vị chuẩn bị, báo cáo"), after the time, is a task table led by that column', () => {
    const { plan } = read(`${HEAD}STT\tThời gian\tNội dung làm việc\tĐơn vị chuẩn bị, báo cáo\tGhi chú\n1\tTháng 5/2025\tKiểm tra tại Sở Y tế\tSở Y tế\t\n2\tTrước 30/6/2025\tLàm việc với các xã biên giới\tỦy ban nhân dân các xã biên giới\tTại trụ sở xã\n`);
    expect(plan.appendices[0]?.kind).toBe('tasks');
    expect(plan.appendices[0]?.columns.map((c) => c.role)).toEqual(['number', 'timeframe', 'task', 'lead', 'note']);
    expect(plan.tasks.map((t) => [t.description, t.lead[0]?.name, t.timeframe?.end ?? null])).toEqual([
      ['Kiểm tra tại Sở Y tế', 'Sở Y tế', '2025-05-31'],
      ['Làm việc với các xã biên giới', 'Ủy ban nhân dân các xã biên giới', '2025-06-30'],
    ]);
  });

  it('one executor column: the first-named unit leads and the others support, whether or not the plan says so', () => {
    const table = 'STT\tNội dung\tCơ quan, đơn vị thực hiện\tThời gian\n1\tXây dựng bản đồ số du lịch\tSở Văn hóa, Thể thao và Du lịch; Sở Khoa học và Công nghệ\tQuý III/2025\n2\tĐào tạo hướng dẫn viên\tTrường Cao đẳng Du lịch\tNăm 2025\n';
    const rule = '1. Sở Khoa học và Công nghệ: chủ trì triển khai Kế hoạch.\n\n2. Cơ quan được ghi tên đầu tiên ở cột thực hiện của Phụ lục là cơ quan chủ trì.\n\n';
    const leads = (text: string) => read(text).plan.tasks.map((t) => [t.lead.map((u) => u.name), t.support.map((u) => u.name)]);
    expect(leads(`${HEAD.replace('1. Sở Khoa học và Công nghệ: chủ trì triển khai Kế hoạch.\n\n', rule)}${table}`)).toEqual([
      [['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Khoa học và Công nghệ']],
      [['Trường Cao đẳng Du lịch'], []],
    ]);
    expect(leads(`${HEAD}${table}`)).toEqual([
      [['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Khoa học và Công nghệ']],
      [['Trường Cao đẳng Du lịch'], []],
    ]);
  });

  it('two rows fused on one line around an elision mark are cut apart', () => {
    const { plan } = read(`${TAB_HEAD}1\tRà soát thủ tục\tSở Tư pháp\tCác sở\t2025\t…\t2\tSố hóa hồ sơ\tSở Nội vụ\tCác xã\t2025\n3\tĐào tạo\tSở Nội vụ\t\t2026\n`);
    expect(taskLines(plan)).toEqual(['1 1 | Sở Tư pháp', '2 2 | Sở Nội vụ', '3 3 | Sở Nội vụ']);
    expect(plan.tasks[0]?.timeframe?.text).toBe('2025');
  });

  it('two rows fused with the elision mark and the next number in one cell ("Quý II/2025 … 2") are cut apart', () => {
    const { plan } = read(`${TAB_HEAD}1\tRà soát thủ tục\tSở Tư pháp\tCác sở\tQuý II/2025 … 2\tSố hóa hồ sơ\tSở Nội vụ\tCác xã\t2025\n3\tĐào tạo\tSở Nội vụ\t\t2026\n`);
    expect(taskLines(plan)).toEqual(['1 1 | Sở Tư pháp', '2 2 | Sở Nội vụ', '3 3 | Sở Nội vụ']);
    expect(plan.tasks[0]?.timeframe?.text).toBe('Quý II/2025');
    expect(plan.tasks[1]?.description).toBe('Số hóa hồ sơ');
  });

  it('rows with no STT under a numbered row, each with its own units, are its sub-rows', () => {
    const { plan } = read(`${TAB_HEAD}1\tBan hành kế hoạch kiểm tra\tSở Nội vụ\tCác sở\tQuý I/2026\n\tKế hoạch tự kiểm tra của các cơ quan\tCác cơ quan, đơn vị\t\tQuý II/2026\n\tBáo cáo kết quả tự kiểm tra\tUBND các xã\tSở Nội vụ\tQuý III/2026\n2\tĐào tạo\tSở Nội vụ\t\t2026\n`);
    expect(taskLines(plan)).toEqual(['1 1 | Sở Nội vụ', '1-1 1 ^1 | Các cơ quan, đơn vị', '1-2 1 ^1 | Ủy ban nhân dân các xã', '2 2 | Sở Nội vụ']);
    expect(plan.tasks[2]?.description).toBe('Báo cáo kết quả tự kiểm tra');
  });

  it('a row that is neither task nor group is reported where it is, a warning when it looks like a task', () => {
    const { diagnostics } = read(`${TAB_HEAD}Ghi chú: các nhiệm vụ dưới đây thực hiện trong năm\n\tNhiệm vụ chưa đánh số\tSở Xây dựng\t\t2025\n1\tRà soát thủ tục\tSở Tư pháp\t\t2025\n`);
    expect(rules(diagnostics, 'parse-table-row').map((d) => [d.severity, d.place.line])).toEqual([
      ['info', 30],
      ['warning', 31],
    ]);
  });
});

describe('layout 5: what a PDF-to-Markdown converter makes of group rows and the signature table', () => {
  const md = `ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA

Số: 88/KH-UBND

KẾ HOẠCH

Phát triển thương mại điện tử năm 2026

I. MỤC TIÊU

Mở rộng bán hàng trực tuyến.

II. TỔ CHỨC THỰC HIỆN

1. Sở Công Thương: chủ trì.

<table><tr><td><i>Nơi nhận:</i><br>- Bộ Công Thương;<br>- Lưu: VT.</td><td>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>Đinh Văn Thiệu</td></tr></table>

PHỤ LỤC

<table><tr><th>STT</th><th>Nội dung</th><th>Đơn vịchủ trì</th><th>Đơn vịphốihợp</th><th>Thời gian</th></tr>
<tr><td>A</td><td>HẠ TẦNG</td><td>HẠ TẦNG</td><td>HẠ TẦNG</td><td>HẠ TẦNG</td></tr>
<tr><td>1</td><td>Xây dựng sàn giao dịch</td><td>Sở Công Thương</td><td>Công an tỉnh<br>Sở Khoa học và Công nghệ</td><td>2026</td></tr>
</table>

<table><tr><td>Col1</td><td>Col2</td><td>Col3</td><td>Col4</td><td>Col5</td></tr>
<tr><td>B</td><td>ĐÀO TẠO</td><td>ĐÀO TẠO</td><td>ĐÀO TẠO</td><td>ĐÀO TẠO</td></tr>
<tr><td>1</td><td>Tập huấn bán hàng trực tuyến</td><td>Sở Công Thương</td><td>Hội Liên hiệp Phụ nữ tỉnh</td><td>Quý II/2026</td></tr>
</table>
`;
  const { plan } = read(md, 'plan.md');

  it('a group row whose numeral has its own cell and whose title fills every other cell is a group', () => {
    expect(plan.appendices[0]?.groups.map((g) => `${g.id} ${g.title}`)).toEqual(['A HẠ TẦNG', 'B ĐÀO TẠO']);
    expect(taskLines(plan)).toEqual(['A.1 1 | Sở Công Thương', 'B.1 1 | Sở Công Thương']);
  });

  it('two units on two lines of a cell ("<br>", no comma) are two units', () => {
    expect(plan.tasks[0]?.support.map((u) => u.name)).toEqual(['Công an tỉnh', 'Sở Khoa học và Công nghệ']);
  });

  it('each line of the signature cell is a line of the signature block', () => {
    const s = plan.document.signature;
    expect([s?.authority, s?.capacity, s?.title, s?.signer]).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đinh Văn Thiệu']);
    expect(plan.document.recipients).toEqual(['Bộ Công Thương', 'Lưu: VT']);
  });
});

describe('a Markdown layout row holding the recipients and the whole signature block on one line each', () => {
  it('the cell of the signature starts its own part, capacity and name read apart', () => {
    const { plan } = read(`| ỦY BAN NHÂN DÂN TỈNH HÀ NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| --- | --- |
| Số: 71/CTr-UBND | *Hà Nam, ngày 2 tháng 3 năm 2023* |

**CHƯƠNG TRÌNH HÀNH ĐỘNG**

**Phát triển lâm nghiệp bền vững**

## I. MỤC TIÊU

Tăng độ che phủ rừng.

| Nơi nhận: - Bộ Nông nghiệp và PTNT; - Lưu: VT, NN. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Đại Thắng |
| --- | --- |
`, 'plan.md');
    expect(plan.document.recipients).toEqual(['Bộ Nông nghiệp và PTNT', 'Lưu: VT, NN']);
    expect(plan.document.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Vũ Đại Thắng' });
  });
});
