/**
 * The words of the human outputs in Vietnamese: the legends under tables, the successor column,
 * file sizes, the calendar's events and the reasons a task is left out of it, and
 * `plan validate --explain`.
 */
export const outputVi = {
  'size.bytes': '{n} byte',
  'size.kb': '{n:fixed:1} KB',
  'size.mb': '{n:fixed:1} MB',

  'legend.collectiveTask': '* Giao cho tập thể có thể bao gồm đơn vị (--include-collective).',
  'legend.collectiveUnit': '* Đơn vị tập thể ("Các sở, ban, ngành …"): không khớp --unit nếu không có --include-collective.',
  'legend.collectiveDossier': '* Giao cho tập thể có thể bao gồm đơn vị.',
  'legend.formerly': '{mark} Kế hoạch giao cho {unit}; cơ quan này {succession}.',
  'legend.successor': 'Kế thừa: cơ quan thực hiện công việc của đơn vị vào ngày {day:date} (theo data/successors.json); để trống khi không có thông tin về việc sắp xếp lại cơ quan.',
  'successor.cell': '{names} (từ {day:date}){decides}',
  'successor.cellDecides': ' — tùy theo chức năng, nhiệm vụ',
  'successor.cellUnknown': '? ({note})',
  'successor.notKnown': 'chưa rõ',

  'calendar.lead': 'Chủ trì: {units}',
  'calendar.support': 'Phối hợp: {units}',
  'calendar.time': 'Thời gian: {text}',
  'calendar.document': 'Văn bản: {document}',
  'calendar.reportSummary': 'Báo cáo kết quả thực hiện {document}',
  'calendar.reportId': 'báo cáo',
  'calendar.reason.reportNoDate': 'kế hoạch không ghi hạn báo cáo',
  'calendar.reason.noTimeframe': 'không ghi thời gian thực hiện',
  'calendar.reason.continuous': 'việc làm thường xuyên, không có ngày cụ thể',
  'calendar.reason.deadlineNoDate': 'có hạn hoàn thành nhưng không ghi ngày',
  'calendar.reason.noEnd': 'không ghi thời điểm kết thúc',
  'calendar.reason.noStart': 'không ghi thời điểm bắt đầu',
  'calendar.reason.unreadable': 'không đọc được thời gian thực hiện',
  'calendar.reason.noFrequency': 'việc định kỳ nhưng văn bản không nói bao lâu thực hiện một lần',
  'calendar.reason.noYear': 'việc định kỳ nhưng cả thời gian thực hiện lẫn kế hoạch đều không cho biết bắt đầu từ năm nào',

  'explain.title': '{path}: đối chiếu từng ý giao việc ở phần Tổ chức thực hiện với nhiệm vụ ở Phụ lục (coi là cùng một việc khi điểm tương đồng ≥ {threshold:fixed:2})',
  'explain.none': '(phần TỔ CHỨC THỰC HIỆN không có ý giao việc nào)',
  'explain.duty': '{id} ý {n}',
  'explain.task': 'nhiệm vụ {id}',
  'explain.noTask': '(không có nhiệm vụ)',
  'explain.paired': 'khớp',
  'explain.notDistinct': 'chưa phân định được (nhiệm vụ đứng thứ hai: {score:fixed:2})',
  'explain.belowThreshold': 'dưới ngưỡng',
  'explain.dutyText': 'ý giao việc: {text:quote:90}',
  'explain.taskText': 'nhiệm vụ: {text:quote:90}',
} as const;
