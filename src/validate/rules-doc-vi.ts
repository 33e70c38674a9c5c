import { PAIRING_THRESHOLD, CONFIDENT_SCORE, DISTINCT_RATIO } from './pairing.js';
import { GROUP_MATCH } from './rules/group-content-mismatch.js';
import { UNASSIGNED_SHARE } from './rules/plan-structure.js';

/**
 * The Vietnamese of docs/rules.md: the words around the rules and, per rule, how it decides
 * and what it found on the corpus (the English is in rules-doc.ts). The numbers come from the
 * same constants, so both pages change with them.
 */
export const NOTES_VI: Readonly<Record<string, string>> = {
  'plan-structure': `Một phụ lục được coi là danh mục nhiệm vụ khi tiêu đề có chữ "nhiệm vụ" và không bắt đầu bằng "Biểu", "Mẫu", "Báo cáo", "Đề cương" … (\`data/plan-structure.json\`). Khi bên gọi chuyển kèm phạm vi đã đọc của trình đọc, hơn **${UNASSIGNED_SHARE * 100}%** số dòng có chữ không thuộc phần nào cũng là một phát hiện. Kế hoạch không có cả Nơi nhận lẫn chữ ký (Nghị định 30/2020 kết thúc mọi văn bản bằng hai phần này; bản dự thảo vẫn giữ chúng, chỉ để trống tên người ký) được coi là bị cắt khi đoạn cuối còn dừng giữa câu hoặc văn bản nhắc đến một phụ lục mà tệp không có; phần nội dung không kèm phần kết thúc mà dừng ở một câu trọn vẹn được đọc như một đoạn trích.`,
  'group-content-mismatch': `Một nhóm được coi là khớp khi có một mục của phần nội dung, ở bất kỳ cấp nào, chứa ít nhất **${GROUP_MATCH * 100}%** số từ đặc trưng của tiêu đề nhóm (các âm tiết và cặp âm tiết đã bỏ dấu mà không nhóm cùng cấp nào có, không kể hư từ). Nhóm chữ cái được xét theo các nhóm La Mã bên trong; chỉ nhóm cao nhất của một nhánh không khớp được báo. Một nội dung không có nhóm tương ứng thì không bị báo: phụ lục có thể chỉ liệt kê các nhiệm vụ trọng tâm.`,
  'unit-without-task': 'Không xét: các mục mà mọi nhiệm vụ đều về kinh phí ("bố trí kinh phí", "thẩm định dự toán"), thanh tra, báo cáo hoặc phối hợp ("Phối hợp với …"), đọc từ đầu mỗi nhiệm vụ (`data/duty-kinds.json`); Thanh tra; các cơ quan được đề nghị ("Đề nghị …") thay vì được giao; các nhóm cơ quan.',
  timeframe: 'Thời hạn của kế hoạch được đọc từ chính lời văn của kế hoạch, trước hết là tiêu đề, sau đó là phần mục đích: "năm 2026", "giai đoạn 2026 – 2030", "đến năm 2030", "từ nay đến hết năm 2026"; "năm 2026 và các năm tiếp theo" thì để ngỏ. Ngày và số của văn bản được dẫn ("Quyết định số 06/QĐ-TTg ngày 06/01/2022", "Luật Dữ liệu năm 2024") được loại ra trước. Thời gian do văn bản hay sự kiện khác quyết định ("Theo hướng dẫn của Trung ương", "Sau 03 tháng kể từ …"; `data/conditional-timeframes.json`) không bị coi là không đọc được.',
  'task-owner-mismatch': [
    `Nhiệm vụ ở phần tổ chức thực hiện được ghép với nhiệm vụ của Phụ lục theo độ tương đồng cosin TF-IDF trên các âm tiết và cặp âm tiết đã bỏ dấu, không kể hư từ của \`data/stopwords.json\`, qua một chỉ mục ngược (mỗi nhiệm vụ chỉ so với các nhiệm vụ có chung từ). Hai nhiệm vụ là cùng một việc khi điểm đạt ít nhất **${PAIRING_THRESHOLD.toFixed(2)}**.`,
    '',
    'Ngưỡng được chọn bằng cách đọc các cặp trong ba kế hoạch thật (điểm do chương trình tính, "cùng một việc" do người đọc đánh giá):',
    '',
    '| kế hoạch | cặp | điểm | cùng một việc? |',
    '|---|---|---|---|',
    '| 446 Hà Tĩnh | IV.5 ↔ II.2 và III.1, IV.6 ↔ II.4/II.5/III.3/IV.2, IV.7 ↔ I.2 | 1,00 | có |',
    '| 446 Hà Tĩnh | IV.2 ↔ III.2 / IV.3 ↔ II.7 / IV.1 ↔ I.3 / IV.7 ↔ I.1 / IV.5 ↔ II.1 / IV.2 ↔ II.3 | 0,97 / 0,91 / 0,88 / 0,86 / 0,80 / 0,75 | có |',
    '| 446 Hà Tĩnh | IV.5 "Chia sẻ thông tin … trên các Trang thông tin điện tử" ↔ II.5 | 0,42 | có |',
    '| 617 Đồng Tháp | 3 (Sở Công Thương) ↔ nhiệm vụ 5 | 1,00 | có |',
    '| 310 Hà Nội | 1 ↔ nhiệm vụ 1 / 5 "Doanh nghiệp viễn thông … bảo đảm kinh phí" ↔ nhiệm vụ 5 | 0,64 / 0,39 | có |',
    '| 310 Hà Nội | 2 "quản lý nhà nước về viễn thông" ↔ nhiệm vụ 1 | 0,37 | không |',
    '| 310 Hà Nội | 4 "Phối hợp … tổ chức thực hiện kế hoạch" ↔ nhiệm vụ 1 | 0,32 | không |',
    '| 617 Đồng Tháp | 5 "Xây dựng kế hoạch cụ thể triển khai tại địa phương" ↔ nhiệm vụ 5 | 0,29 | không |',
    '| 446 Hà Tĩnh | IV.3 "Lồng ghép … trong các cuộc thi" ↔ II.7 / IV.1 "Chủ trì … triển khai" ↔ II.5 | 0,28 / 0,25 | không |',
    '',
    'Cặp không liên quan có điểm cao nhất là 0,366, cặp đúng có điểm thấp nhất là 0,387; khoảng cách hẹp, nên mỗi phát hiện đều ghi điểm, và `plan validate --explain` in ra mọi cặp.',
    '',
    `Cặp còn phải nổi trội: điểm ít nhất **${CONFIDENT_SCORE.toFixed(2)}**, hoặc gấp **${DISTINCT_RATIO}** lần điểm của nhiệm vụ đứng thứ hai. Một nhiệm vụ chung chung ("Chủ trì, phối hợp triển khai các nhiệm vụ … của Kế hoạch", giao cho hầu hết đơn vị trong kế hoạch 179 của Đồng Nai) gần với nhiều nhiệm vụ như nhau và không là nhiệm vụ nào: VI.8 ↔ C.V.5.2 được 0,42, nhiệm vụ kế tiếp 0,25 (gấp 1,67 lần), và đã gây một lỗi sai trước khi có điều kiện này. Cái giá phải trả: nhiệm vụ 5 ↔ nhiệm vụ 5 của kế hoạch 310 Hà Nội (0,39, kế tiếp 0,28, gấp 1,40 lần), một cặp đúng, không còn được kiểm tra. \`--explain\` đánh dấu các nhiệm vụ như vậy là "not distinct".`,
    '',
    'Một nhiệm vụ của Phụ lục "ghi" một đơn vị khi đơn vị đó là đơn vị chủ trì hoặc phối hợp (theo tên chuẩn, `aliases` hoặc `parents` trong plan.config.yaml), hoặc khi một nhóm cơ quan trong nhiệm vụ bao gồm đơn vị đó (các loại cơ quan mà danh từ của nhóm bao gồm, `collectiveNouns` trong `data/gazetteer.json`, như với `plan tasks --include-collective`: "các sở, ban, ngành" bao gồm một Sở hay một Trung tâm). Nhóm có chữ "liên quan" ("các sở, ngành liên quan") không chỉ đích danh ai và không bao gồm đơn vị nào. Mục trách nhiệm chỉ nêu các nhóm cơ quan thì không được kiểm tra. Nhiệm vụ giao đơn vị chỉ đạo một cơ quan khác làm việc đó ("Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh bảo đảm …"; `directs` trong `data/duty-kinds.json`) được thực hiện qua cơ quan ấy: nhiệm vụ của Phụ lục ghi cơ quan ấy là giao đúng.',
  ].join('\n'),
};

export const CORPUS_VI: Readonly<Record<string, string>> = {
  'plan-structure': 'không có: mọi kế hoạch của bộ văn bản mẫu mà trình đọc đọc được đều có mục đánh số, phần TỔ CHỨC THỰC HIỆN có đơn vị, và có dòng nhiệm vụ dưới mỗi tiêu đề danh mục nhiệm vụ.',
  'task-owner-mismatch': '3, đều đúng (446 Hà Tĩnh IV.5: Trung tâm được giao việc mà Phụ lục giao cho Sở Kế hoạch và Đầu tư và Sở Thông tin và Truyền thông).',
  'unit-without-task': '5, 1 đúng (446 IV.5); các trường hợp còn lại là nhiệm vụ mà phụ lục chỉ liệt kê nhiệm vụ trọng tâm không ghi (617 IV.4, 179 VI.10, VI.20) và một tiêu đề bị đọc thành tên đơn vị (CCHC Lâm Đồng II.1). Vì vậy ở mức info.',
  'task-unit-not-in-body': '1, đúng (446: "Tỉnh đoàn" chủ trì IV.3 mà không có mục trách nhiệm); người được giao chủ trì nhiệm vụ không bị xét (trước đây có 3 cảnh báo sai ở kế hoạch SCT Lào Cai 2026, nơi cột "Người thực hiện" ghi tên cán bộ).',
  'group-content-mismatch': 'không có, từ khi quy tắc so ở mọi cấp (trước đó kế hoạch 179 Đồng Nai có 8 cảnh báo sai do so nhóm chữ cái với nội dung cấp hai).',
  'appendix-reference': '3, đều đúng (446, 310 và 09/KH-BTNMT để trống số và ngày).',
  numbering: '3, đều đúng: kế hoạch bị nhảy số (252 B.V đi từ 1, 2 sang 4; 179 IV.6 từ đ) sang k); 144 IV.1.2 từ d) sang g)).',
  signature: '1, đúng (446 "KÊ CHỦ TỊCH").',
  timeframe: 'không có, từ khi thời gian có điều kiện ("Theo hướng dẫn của Trung ương") được đọc đúng (trước đó có 4 cảnh báo sai ở CCHC Lâm Đồng) và ngày không ghi năm ("Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1") được hiểu là ngày trong năm của kế hoạch (trước đó có 21 cảnh báo sai ở kế hoạch tuyên truyền CCHC Lâm Đồng).',
  'unknown-unit': '40, một là lỗi của văn bản (446 "Công TTĐT tỉnh"); còn lại là cơ quan có thật mà danh mục chưa có (phòng thuộc sở, ban chỉ đạo trung ương, cơ quan hợp nhất năm 2025 như "Báo và Phát thanh, Truyền hình tỉnh") hoặc nhóm cơ quan và tiêu đề bị đọc thành tên. Là gợi ý, nên ở mức info.',
};

/** The words of the page around the rules. */
export const PAGE_VI = {
  title: '# Các quy tắc của `plan validate`',
  other: 'English: [rules.en.md](rules.en.md).',
  intro:
    'Đặt mức của một quy tắc trong `plan.config.yaml` (`rules: { numbering: off }`) hoặc bằng `--rule numbering=off`; quy tắc có tùy chọn nhận `[mức, { tùy_chọn: giá_trị }]` trong tệp cấu hình. Các mức: `off`, `info`, `warning`, `error`. Những gì trình đọc báo được mô tả ở mục [parser-findings](#parser-findings). Mỗi phát hiện đều ghi mục tương ứng của trang này (`docs/rules.md#mã-quy-tắc`).',
  tableHead: '| quy tắc | mức mặc định | phát hiện gì |',
  exitCodes:
    'Mã thoát: 0 khi không có lỗi và số cảnh báo không vượt `--max-warnings`; 1 trong trường hợp còn lại; 2 khi có lỗi cách dùng hoặc lỗi tệp đầu vào, hoặc khi có tệp không đọc được ([fatal](#fatal): các tệp khác vẫn được kiểm tra và báo cáo).',
  severity: 'Mức mặc định',
  options: 'Tùy chọn',
  optionsHead: '| tùy chọn | mặc định | phạm vi | ý nghĩa |',
  corpus: 'Trên bộ văn bản mẫu',
  fails: 'Không đạt:',
  passes: 'Đạt:',
  parser:
    'Những gì trình đọc báo trong khi đọc: phát hiện `repair-…` cho biết đã sửa gì (câu hoặc dòng bảng bị ngắt qua trang được nối lại, lỗi nhận dạng chữ trong tên đơn vị, phần chữ ký hay số La Mã của một mục) và luôn ở mức `info`; phát hiện `parse-…` cho biết phần nào trông như một phần của kế hoạch mà không đọc được (dòng bảng không có số thứ tự nhiệm vụ), với mức do trình đọc đặt. Có thể đặt mức cho chúng như một quy tắc: `--rule repair-page-break=off`.',
  fatal:
    'Tệp hoàn toàn không đọc được (không có, quá lớn, không phải kế hoạch, tệp .docx bị hỏng). Tệp được báo kèm lý do ở mọi định dạng (`fatal: true` trong JSON, một thông báo thực thi công cụ trong SARIF), các tệp khác vẫn được kiểm tra, và lệnh kết thúc với mã 2.',
};
