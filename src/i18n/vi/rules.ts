/**
 * The rules of `plan validate` described in Vietnamese: for docs/rules.md and for SARIF in
 * Vietnamese. The English is each rule's `description` (src/validate/rules/); a test holds
 * this table to the same rules and options.
 */
export const RULE_DESCRIPTIONS_VI: Readonly<Record<string, string>> = {
  'plan-structure':
    'Không tìm thấy các phần kế hoạch nào cũng có: không có mục đánh số, văn bản thuộc loại không phải kế hoạch (Thông báo; Công văn, nhận ra qua trích yếu "V/v" hoặc "Kính gửi" khi số văn bản không có tên loại), phần TỔ CHỨC THỰC HIỆN không đọc được đơn vị nào, phụ lục có tiêu đề là danh mục nhiệm vụ nhưng không có dòng nhiệm vụ, kế hoạch dừng mà không có Nơi nhận và chữ ký trong khi đoạn cuối dừng giữa câu hoặc phụ lục được nhắc tới không có (văn bản bị cắt), hoặc một phần lớn văn bản không thuộc phần nào. Kế hoạch chưa đọc hiểu được thì không được coi là đạt.',
  'task-owner-mismatch':
    'Một nhiệm vụ ở phần TỔ CHỨC THỰC HIỆN trùng với một nhiệm vụ của Phụ lục, nhưng Phụ lục không ghi đơn vị đó là đơn vị chủ trì hay phối hợp.',
  'unit-without-task':
    'Một đơn vị có mục nêu trách nhiệm ở phần TỔ CHỨC THỰC HIỆN với nhiệm vụ cụ thể, nhưng không nhiệm vụ nào của Phụ lục ghi đơn vị đó là chủ trì hay phối hợp (không xét các nhiệm vụ về kinh phí, thanh tra, báo cáo, phối hợp, các cơ quan được đề nghị và các nhóm cơ quan).',
  'task-unit-not-in-body': 'Một đơn vị chủ trì nhiệm vụ trong Phụ lục nhưng không có mục nêu trách nhiệm ở phần TỔ CHỨC THỰC HIỆN.',
  'group-content-mismatch':
    'Một nhóm của bảng nhiệm vụ trong Phụ lục (ở bất kỳ cấp nào) thuộc lĩnh vực mà không mục nào của phần nội dung đề cập. Không xét khi phần nội dung chuyển nhiệm vụ sang Phụ lục ("chi tiết tại Phụ lục") hoặc là lộ trình theo giai đoạn.',
  numbering: 'Số thứ tự của các mục hoặc cột STT của Phụ lục bị nhảy số, trùng số hoặc sai thứ tự (I, II, III; 1, 2, 3; a, b, c, d, đ, e).',
  'appendix-reference':
    'Dòng ghi chú của Phụ lục "(Kèm theo Kế hoạch số …/KH-UBND ngày …)" để trống số hoặc ngày trong khi phần đầu văn bản đã có, hoặc ghi khác với phần đầu văn bản.',
  signature: 'Phần chữ ký có dòng thẩm quyền ký không phải TM./KT./TL./TUQ./Q. (như "KÊ CHỦ TỊCH" do nhận dạng chữ sai); hình thức đúng nhiều khả năng nhất được gợi ý.',
  'task-missing-lead': 'Một nhiệm vụ không ghi đơn vị chủ trì, nên không đơn vị nào chịu trách nhiệm.',
  'task-empty': 'Một dòng nhiệm vụ không có nội dung công việc (ô nhiệm vụ để trống).',
  timeframe: 'Thời gian thực hiện của một nhiệm vụ không đọc được, hoặc kết thúc sau thời hạn của kế hoạch hay sau hạn báo cáo.',
  'unknown-unit': 'Một đơn vị không có trong danh mục cơ quan, đơn vị và cũng không có trong plan.config.yaml; tên gần nhất đã biết được gợi ý.',
  'unit-superseded':
    'Kế hoạch ban hành sau khi một cơ quan đã hợp nhất, chia tách hoặc giải thể (sắp xếp bộ máy năm 2025) vẫn ghi tên cơ quan cũ; cơ quan kế thừa được gợi ý.',
};

/** The options of the rules in Vietnamese, by "rule.option". */
export const RULE_OPTIONS_VI: Readonly<Record<string, string>> = {
  'task-owner-mismatch.threshold': 'độ tương đồng từ đó một nhiệm vụ ở phần tổ chức thực hiện và một nhiệm vụ của Phụ lục được coi là cùng một việc',
  'task-owner-mismatch.confidentScore': 'độ tương đồng cao đến mức này thì ghép cặp mà không cần vượt trội so với nhiệm vụ đứng thứ hai',
  'task-owner-mismatch.distinctRatio': 'dưới confidentScore, cặp phải có điểm gấp chừng này lần điểm của nhiệm vụ đứng thứ hai',
};
