import type { parseEn } from '../en/parse.js';

/**
 * Những điều bộ đọc ghi nhận khi đọc văn bản, bằng tiếng Việt: chỗ đã sửa khi đọc (info) và phần
 * không đọc được (warning). Lời văn bản được trích nguyên văn, trong ngoặc kép.
 */
export const parseVi: Readonly<Record<keyof typeof parseEn, string>> = {
  'parse.spaceTable': 'một bảng trình bày bằng dấu cách đã được đọc theo lề trái chung của các dòng: {columns} cột, {rows} hàng',
  'parse.pageNumber': 'số trang "{text}" nằm giữa các dòng văn bản đã được bỏ qua',
  'parse.runningHeader': 'dòng "{text}", in cạnh số trang ở mỗi lần sang trang, đã được bỏ qua vì là tiêu đề lặp lại của trang',
  'parse.tableRowJoined': 'một hàng của bảng bị ngắt sang trang sau; đã được ghép vào hàng phía trên',
  'parse.layoutCell': 'văn bản nằm trong một ô của bảng bố cục trang web (dòng {from}–{to}): ký tự TAB đầu mỗi dòng là lề của ô, không phải cột của bảng',
  'parse.layoutCellBefore': 'phần chữ của trang web trước ô chứa văn bản (dòng {from}–{to}) không thuộc kế hoạch và không được đọc',
  'parse.layoutCellAfter': 'phần chữ của trang web sau ô chứa văn bản (dòng {from}–{to}) không thuộc kế hoạch và không được đọc',
  'parse.pdfNoText': 'trang {page} không có lớp chữ (trang scan?): trang này không được đọc; cần nhận dạng chữ (OCR) trước (ví dụ: ocrmypdf --language vie)',
  'parse.pageBreakJoined': 'một câu bị ngắt do sang trang đã được nối lại: "…{tail}" + "{head}…"',
  'parse.itemNumber': 'số thứ tự "{number}" ở cuối dòng đã được đọc là số thứ tự của dòng dưới',
  'parse.numberedLine': '"{text}" bắt đầu bằng "{number}", không nối tiếp cách đánh số tại đây; đã được đọc là phần tiếp theo của dòng trên',
  'parse.letterSpacing': 'cụm chữ giãn cách "{written}" đã được đọc là "{read}"',
  'parse.unassignedHeader': '"{text}" nằm sau tên văn bản, trước mục được đánh số đầu tiên, và không thuộc phần nào',
  'parse.unassignedBody': '"{text}" nằm trong nội dung trước mục được đánh số đầu tiên và không thuộc mục nào',
  'parse.unassignedTrailing': '"{text}" được in sau các phụ lục và không thuộc phần nào',
  'parse.closingUnread': '"{text}" có dạng một phần của kế hoạch nhưng nằm giữa nơi nhận và chữ ký; phần này không được đọc',
  'parse.ocrNumeral': 'số La Mã "{written}." đã được đọc là "{read}." (lỗi nhận dạng chữ: chữ l hoặc số 1 thay cho chữ I), vì nó nối tiếp cách đánh số các mục',
  'parse.undottedNumeral': 'số La Mã "{read}" không có dấu chấm đã được đọc là mục "{read}.", vì nó nối tiếp cách đánh số các mục',
  'parse.signatureOcr': 'dòng thẩm quyền ký "{written}" đã được đọc là "{read}" (lỗi nhận dạng chữ)',
  'parse.numberFromLine': 'không có dòng "Số:"; số văn bản đã được đọc từ "{text}"',
  'parse.issuerPosition': 'cơ quan ban hành "{text}" được in sau phụ lục thay vì ở đầu văn bản; đã được đọc là cơ quan ban hành',
  'parse.tableRowSkipped': '{reason} đã được bỏ qua: "{text}"',
  'parse.reason.noNumber': 'một hàng của bảng không có số thứ tự nhiệm vụ',
  'parse.reason.noUnitOrDuty': 'một hàng của bảng phân công nhiệm vụ không nêu đơn vị hoặc không nêu nhiệm vụ',
  'parse.reason.noNumberNoUnits': 'một hàng của bảng không có số thứ tự nhiệm vụ và không có đơn vị thực hiện riêng',
  'parse.unitOcr': '"{written}" đã được đọc là "{read}" (lỗi nhận dạng chữ)',
  'parse.unitMarks': '"{written}" đã được đọc là "{read}" (từ đầu viết thiếu dấu)',
  'parse.partUnread': 'phần {id} "{text}" nằm trong các phần giao nhiệm vụ cho đơn vị nhưng không nêu được đơn vị nào: các nhiệm vụ của phần này chưa được giao cho ai trong mô hình',
  'parse.unitHeading': 'các đơn vị của "{heading}" được đọc đến "{last}": sau đó không có động từ giao nhiệm vụ',
  'parse.oneExecutorColumn': 'bảng chỉ có một cột đơn vị "{header}" và không có cột phối hợp: đơn vị được nêu đầu tiên trong mỗi ô được đọc là đơn vị chủ trì, các đơn vị sau là đơn vị phối hợp',
  'parse.mergedCells': 'một hàng nhiệm vụ có {cells} ô cho {columns} cột; mỗi ô đã được xếp vào cột phù hợp với nội dung, và các ô gộp từ hàng trên đã được mang xuống',
  'parse.legacyFont': 'văn bản được lưu sang Unicode từ phông chữ {encoding} ("Céng hßa" thay cho "Cộng hòa"); đã được chuyển đổi',
  'parse.legacyEncoding': 'tệp đã được đọc theo bảng mã {encoding} và chuyển sang Unicode',
  'parse.numberingRebuilt': 'đã dựng lại số thứ tự tự động của Word cho {count:plural:đoạn}',
  'parse.styleChainCut': '{count:plural:kiểu đoạn} nằm sâu hơn {max} bậc trong chuỗi w:basedOn (văn bản thật chỉ có vài bậc): các kiểu này được đọc mà không kế thừa thuộc tính',
  'parse.planNotRead': 'văn bản có số văn bản ("{number}") và tên loại ("{type}") nhưng không đọc được phần nào của kế hoạch: không có phần đầu, mục được đánh số hay bảng nhiệm vụ',
};
