/** The CLI's own errors and notes in Vietnamese: usage and input errors, empty results. */
export const cliVi = {
  'cli.internalError': 'lỗi nội bộ: {message}',
  'cli.runWithDebug': ' (chạy lại với --debug để xem chi tiết)',
  'cli.unknownCommand': "không có lệnh '{name}'",
  'cli.didYouMean': '\n(Có phải ý bạn là {name}?)',
  'cli.commandsAre': '; các lệnh là {names}',
  'cli.badLang': '--lang nhận vi hoặc en, không nhận "{value}"',
  'cli.badEnvLang': 'PLAN_LANG nhận vi hoặc en, không nhận "{value}"',
  'note.what.task': 'nhiệm vụ',
  'note.what.objective': 'mục tiêu',
  'note.what.contentArea': 'nội dung',
  'note.what.responsibility': 'phần trách nhiệm',
  'note.what.unit': 'đơn vị',
  'note.plans': '{n} kế hoạch',
  'note.noneFound': 'không tìm thấy {what} nào trong {plans}',
  'note.noGroup': 'không có nhóm "{group}" trong {plans}{groups}',
  'note.groupsAre': '; các nhóm là {groups}',
  'note.noMatch': 'không có {what} nào khớp với điều kiện lọc',
  'note.noMatchOf': 'không có {what} nào của {units} khớp với điều kiện lọc',
  'note.unitHasNone': '{units} không có {what} nào trong {plans}; lệnh `plan units --unit "{unit}"` cho biết mọi việc kế hoạch giao cho đơn vị này',
  'note.noUnit': 'không có đơn vị nào tên "{unit}" trong {plans}{closest}',
  'note.closest': '; tên gần nhất: {names}',
  'note.onlyCollectives': '{note}; chỉ hiển thị những việc giao cho các nhóm cơ quan có thể bao gồm đơn vị này',
  'note.notInCalendar': '{document} {id}: không đưa vào lịch: {reason}{timeframe}',
  'note.timeframe': ' ("{text}")',
  'note.noEvent': 'lịch không có sự kiện nào',
  'note.undated': 'giữ lại {count} nhiệm vụ không đọc được thời gian: {ids}',
  'commander.unknownOption': "không có tùy chọn '{option}'",
  'commander.missingArgument': "thiếu tham số bắt buộc '{name}'",
  'commander.optionMissing': "tùy chọn '{option}' thiếu giá trị",
  'commander.invalidChoice': "tùy chọn '{option}' không nhận giá trị '{value}'. Các giá trị được phép: {choices}.",
  'commander.tooManyArguments': "thừa tham số cho lệnh '{command}': lệnh nhận {expected} tham số nhưng có {got}.",
  'commander.tooManyArgumentsProgram': 'thừa tham số: lệnh nhận {expected} tham số nhưng có {got}.',
  'io.stdoutFailed': 'đầu ra chuẩn: {why}',
  'io.epipe': 'chương trình đọc đã đóng đường ống trước khi nhận hết kết quả (EPIPE)',
  'io.enospc': 'thiết bị hết chỗ trống; kết quả chưa ghi đủ (ENOSPC)',
  'io.cannotWrite': 'không ghi được; kết quả chưa ghi đủ ({code})',
  'cli.warning': 'cảnh báo: {text}',
  'help.examples': '{n:form:Ví dụ}:',
  'help.validate.after': `Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc số cảnh báo vượt quá --max-warnings), 2 lỗi cách dùng hoặc lỗi tệp đầu vào
(tệp không đọc được thì được báo lỗi, các tệp còn lại vẫn được kiểm tra).`,
  'help.diff.after': 'Mã thoát: 0 hai bản có nội dung như nhau, 1 hai bản khác nhau, 2 lỗi cách dùng hoặc lỗi tệp đầu vào.',
  'help.export.after': 'Khi có nhiều tệp: một mảng JSON các kế hoạch, mỗi kế hoạch một dòng (jsonl), hoặc mỗi kế hoạch một tài liệu YAML (tệp Excel chỉ chứa một kế hoạch).',
  'help.calendar.after': 'Nhiệm vụ mà thời gian thực hiện không cho ra ngày cụ thể ("Thường xuyên", hoặc không đọc được) được liệt kê trên stderr, không tự gán ngày.',
  'help.usage.options': '[tùy chọn]',
  'help.usage.command': '[lệnh]',
  'help.main': `
Ví dụ:
  plan show fixtures/446-KH-UBND-2019-ha-tinh.txt
  plan tasks fixtures/446-KH-UBND-2019-ha-tinh.txt --unit "Sở Giáo dục"
  plan validate plans/*.txt
  plan export plan.docx --format json

Mã thoát: 0 thành công (kể cả khi không có kết quả), 1 validate phát hiện vấn đề phải sửa, 2 lỗi cách dùng hoặc lỗi tệp đầu vào.`,
} as const;
