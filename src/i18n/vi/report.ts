/** The words of the findings reports (stylish, SARIF, GitHub) in Vietnamese. */
export const reportVi = {
  'report.noProblems': 'Không phát hiện vấn đề nào trong {files} tệp.',
  'report.summary': '{total} vấn đề ({errors} lỗi, {warnings} cảnh báo, {infos} thông tin)',
  'report.summaryQuiet': '{total} vấn đề ({errors} lỗi, {warnings} cảnh báo)',
  'report.notChecked': '{reason} (tệp chưa được kiểm tra)',
  'report.maxWarnings': '{warnings} cảnh báo, vượt quá mức --max-warnings {max}',
  'report.severity.error': 'lỗi',
  'report.severity.warning': 'cảnh báo',
  'report.severity.info': 'thông tin',
  'report.place.paragraph': 'đoạn {line}',
  'report.place.row': 'dòng bảng {line}',
  'report.place.page': 'trang {page}, dòng {line}',
  'report.parserFinding': 'Phát hiện khi đọc văn bản: {id}',
} as const;
