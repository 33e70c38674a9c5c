/**
 * The help of the commands in Vietnamese (`plan --help`, `plan tasks --help`). The English is
 * what the commands register (src/cli/commands/); this table gives each description its
 * Vietnamese by key: "" the program, "validate" a command, "validate --format" an option of
 * one command, "* --unit" an option wherever it appears, "tasks [files...]" an argument.
 * test/i18n/help.test.ts walks the program: every description has a key here, every key is used.
 */
export const HELP_VI: Readonly<Record<string, string>> = {
  '': 'Đọc văn bản kế hoạch của cơ quan nhà nước: nhiệm vụ, đơn vị, kiểm tra và xuất dữ liệu',
  '--version': 'hiển thị số phiên bản',
  '--no-color': 'không tô màu kết quả',
  '--debug': 'in chi tiết lỗi (stack trace)',
  '--config': 'tệp plan.config.yaml sẽ dùng (mặc định: tìm từ thư mục hiện tại trở lên)',
  '--input-format': 'đọc mọi tệp đầu vào theo định dạng này',
  '--max-size': 'từ chối tệp đầu vào lớn hơn mức này (mặc định 52428800 byte = 50 MB)',
  '--lang': 'ngôn ngữ của thông báo, trợ giúp và báo cáo (mặc định: PLAN_LANG, mục lang: trong plan.config.yaml, nếu không có thì vi)',

  show: 'tóm tắt kế hoạch trong một màn hình: phần đầu, dàn ý kèm số lượng, các phụ lục',
  tasks: 'liệt kê nhiệm vụ của kế hoạch, lọc theo đơn vị, vai trò, nhóm, thời gian hoặc từ khóa',
  units: 'liệt kê đơn vị trong kế hoạch; với --unit, mọi việc kế hoạch giao cho đơn vị đó',
  objectives: 'liệt kê mục đích, yêu cầu và mục tiêu của kế hoạch (MỤC ĐÍCH, YÊU CẦU / MỤC TIÊU)',
  content: 'liệt kê các nội dung của kế hoạch (NỘI DUNG / NHIỆM VỤ VÀ GIẢI PHÁP)',
  query: 'dạng chung của các lệnh tasks, units, objectives, content và responsibilities',
  validate: 'kiểm tra phần nội dung và phụ lục của kế hoạch có khớp nhau không (kết quả dùng được cho CI)',
  export: 'xuất toàn bộ mô hình kế hoạch ra JSON, JSON Lines hoặc YAML, hoặc nhiệm vụ, đơn vị và kết quả kiểm tra ra tệp Excel',
  diff: 'những gì thay đổi giữa hai kế hoạch: phần đầu, các mục, trách nhiệm, nhiệm vụ (thêm, bớt, chuyển chỗ, sửa lời)',
  calendar: 'nhiệm vụ có thời hạn, nhiệm vụ định kỳ và hạn báo cáo dưới dạng lịch iCalendar (.ics)',
  report: 'một trang HTML độc lập: ma trận đơn vị × nhiệm vụ, tiến độ, kết quả kiểm tra, hồ sơ từng đơn vị',

  '* [files...]': 'các tệp kế hoạch (mặc định: mục plans: trong plan.config.yaml, hoặc đầu vào chuẩn)',
  '* --format': 'table, json, yaml, csv, md hoặc xlsx (mặc định: table, hoặc theo phần mở rộng của --out)',
  '* --out': 'ghi kết quả ra tệp (qua một tệp tạm; không bao giờ ghi đè tệp đầu vào)',
  '* --no-bom': 'tệp csv không có dấu BOM của UTF-8',
  '* --quiet': 'không ghi chú lên stderr khi không có kết quả',
  '* --unit': 'tên đơn vị như người ta vẫn viết: "Sở Giáo dục", "so tt&tt", "Sở VH-TT&DL"',
  '* --role': 'đơn vị chủ trì (lead), phối hợp (support) hoặc cả hai (any)',
  '* --group': 'một nhóm của phụ lục, hoặc một mục của phần nội dung có nhiệm vụ: "II"',
  '* --in': 'nhiệm vụ có thời gian thực hiện trùng với năm đó',
  '* --from': 'nhiệm vụ có thời gian thực hiện trùng với giai đoạn từ ngày này (YYYY-MM-DD)',
  '* --to': 'nhiệm vụ có thời gian thực hiện trùng với giai đoạn đến ngày này (YYYY-MM-DD)',
  '* --grep': 'từ khóa cần tìm, không phân biệt hoa thường và dấu',
  '* --include-collective': 'thêm nhiệm vụ giao cho các nhóm cơ quan có thể bao gồm đơn vị ("Các sở, ban, ngành"), đánh dấu *',
  '* --as-of': 'đọc kế hoạch theo bộ máy tại ngày đó (YYYY-MM-DD): nhiệm vụ của cơ quan đã hợp nhất hoặc chia tách được xếp cho cơ quan kế thừa, đánh dấu †',
  '* --current': '--as-of ngày hôm nay',
  '* --jobs': 'số tệp đọc cùng lúc, mỗi tệp trong một luồng riêng (1 đến 256; mặc định: số CPU)',

  'query <kind>': 'loại cần liệt kê: tasks, units, objectives, content, responsibilities',
  'validate --format': 'định dạng báo cáo',
  'validate --rule': 'đặt mức của một quy tắc: off|info|warning|error (dùng được nhiều lần)',
  'validate --max-warnings': 'báo lỗi khi số cảnh báo vượt quá mức này',
  'validate --explain': 'in mọi cặp nhiệm vụ ở phần tổ chức thực hiện ↔ nhiệm vụ ở phụ lục kèm điểm tương đồng',
  'validate --config': 'tệp plan.config.yaml sẽ dùng',
  'validate --quiet': 'chỉ báo lỗi',
  'validate --as-of': 'đọc kế hoạch theo bộ máy tại ngày đó (YYYY-MM-DD): bật quy tắc unit-superseded (mức warning) nếu chưa đặt',
  'validate [files...]': 'các tệp kế hoạch (- để đọc từ đầu vào chuẩn)',
  'export --format': 'json, jsonl (mỗi kế hoạch một dòng), yaml hoặc xlsx (các trang Nhiệm vụ, Đơn vị, Kiểm tra); mặc định: json, hoặc theo phần mở rộng của --out',
  'export --out': 'ghi ra tệp (trọn vẹn một lần) thay vì đầu ra chuẩn',
  'export --as-of': 'ghi thêm cho mỗi đơn vị cơ quan kế thừa tại ngày đó (YYYY-MM-DD; data/successors.json)',
  'export [files...]': 'các kế hoạch (văn bản, Markdown, HTML hoặc .docx); - để đọc từ đầu vào chuẩn',
  'diff --format': 'text (xem trên màn hình), json (danh sách thay đổi theo docs/diff.md) hoặc md',
  'diff <old>': 'kế hoạch trước (bản dự thảo, kế hoạch năm trước); định dạng nào cũng được',
  'diff <new>': 'kế hoạch sau; định dạng nào cũng được',
  'calendar --out': 'ghi lịch ra tệp (qua một tệp tạm; không bao giờ ghi đè tệp đầu vào)',
  'calendar --quiet': 'không liệt kê lên stderr các nhiệm vụ không có thời hạn',
  'report --out': 'ghi trang HTML ra tệp này (qua một tệp tạm; không bao giờ ghi đè tệp đầu vào)',
  'report --config': 'tệp plan.config.yaml sẽ dùng (tên gọi khác của đơn vị và mức của các quy tắc)',
};

/** commander's own words in the help: section titles, the help option and command. */
export const HELP_TITLES_VI: Readonly<Record<string, string>> & {
  readonly helpOption: string;
  readonly helpCommand: string;
  readonly choices: string;
  readonly default: string;
} = {
  helpOption: 'hiển thị trợ giúp của lệnh',
  choices: 'chọn một trong:',
  default: 'mặc định:',
  helpCommand: 'hiển thị trợ giúp của một lệnh',
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Arguments:': 'Tham số:',
  'Commands:': 'Lệnh:',
  'Global Options:': 'Tùy chọn chung:',
};
