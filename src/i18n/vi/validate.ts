/**
 * The findings of `plan validate`'s rules in Vietnamese, as an official would write them to a
 * colleague: the document's own words in quotes, the fix as "Đề nghị …". Same ids and
 * parameters as en/validate.ts (test/i18n/catalogs.test.ts).
 */
export const validateVi = {
  'appendix-reference.mismatch': 'Dòng ghi chú của Phụ lục {appendix} {reference:quote:90} {problems}. Đề nghị ghi "{fix}" như ở phần đầu văn bản.',
  'appendix-reference.numberBlank': 'để trống số văn bản',
  'appendix-reference.numberDiffers': 'ghi số "{written}" trong khi phần đầu văn bản ghi "{header}"',
  'appendix-reference.dateBlank': 'để trống ngày ban hành (hoặc một phần của ngày)',
  'appendix-reference.dateDiffers': 'ghi ngày {written:date} trong khi phần đầu văn bản ghi ngày {header:date}',

  'group-content-mismatch.noSubject':
    'Nhóm {group} {title:quote} của Phụ lục {appendix} thuộc lĩnh vực mà không mục nào trong phần nội dung đề cập. Đề nghị bổ sung lĩnh vực này vào phần nội dung, hoặc chuyển các nhiệm vụ của nhóm sang nhóm đúng lĩnh vực.',

  'numbering.outOfOrder': '{item} {where} được đánh số "{marker}", {how} "{previous}"; số đúng phải là "{expected}". Đề nghị đánh số lại, hoặc bổ sung mục còn thiếu.',
  'numbering.section': 'Mục {id}',
  'numbering.task': 'Nhiệm vụ {id}',
  'numbering.repeats': 'trùng số với',
  'numbering.goesBack': 'lùi số sau',
  'numbering.skips': 'nhảy số sau',
  'numbering.underSection': 'trong Mục {id}',
  'numbering.topLevel': 'ở cấp ngoài cùng',
  'numbering.inGroup': 'trong nhóm {id}',
  'numbering.inTable': 'trong bảng',

  'plan-structure.noSections':
    'Không tìm thấy mục nào được đánh số (I., II., 1., 2. …) nên văn bản chỉ được đọc phần đầu. Đề nghị kiểm tra tệp có chứa nội dung văn bản và các mục được đánh số theo Nghị định 30/2020/NĐ-CP (I., 1., a)); văn bản chỉ gồm các đoạn văn không đánh số thì không kiểm tra được.',
  'plan-structure.notAPlan':
    'Văn bản này là {kind}, không phải một kế hoạch (Kế hoạch, Chương trình, Phương án, Đề án, hoặc Quyết định ban hành các văn bản đó). Các quy tắc kiểm tra so sánh những gì kế hoạch giao; đề nghị kiểm tra lại đây có đúng là tệp cần kiểm tra không.',
  'plan-structure.notAPlanMissing':
    'Văn bản này là {kind}, không phải một kế hoạch (Kế hoạch, Chương trình, Phương án, Đề án, hoặc Quyết định ban hành các văn bản đó), và không có {missing}. Các quy tắc kiểm tra so sánh những gì kế hoạch giao; đề nghị kiểm tra lại đây có đúng là tệp cần kiểm tra không.',
  'plan-structure.nothingAssigned':
    'Không tìm thấy phần TỔ CHỨC THỰC HIỆN, mục trách nhiệm của đơn vị nào hay nhiệm vụ nào: không có gì cho biết ai phải làm gì. Đề nghị xem lại tiêu đề các mục lớn ({sections}) và cách các nhiệm vụ ghi đơn vị ("Đơn vị chủ trì: …", "Giao Sở … chủ trì").',
  'plan-structure.partOrganization': 'phần TỔ CHỨC THỰC HIỆN',
  'plan-structure.partResponsibilities': 'mục trách nhiệm của đơn vị',
  'plan-structure.partTasks': 'nhiệm vụ',
  'plan-structure.noResponsibilities':
    'Đã tìm thấy Mục {id} {title:quote}, nhưng không đọc được nhiệm vụ của đơn vị nào trong mục này. Đề nghị xem lại cách các phần của mục nêu tên đơn vị ("1. Sở Tài chính: …", "Giao Sở … chủ trì"): các bước đối chiếu phần nội dung với Phụ lục không có gì để so sánh.',
  'plan-structure.noTaskRows': 'Phụ lục {appendix} có tiêu đề {title:quote}, nhưng không đọc được dòng nhiệm vụ nào ({why}). Đề nghị kiểm tra dòng tiêu đề của bảng và cột STT.',
  'plan-structure.plainTable': 'bảng được đọc như bảng thông thường: không xác định được cột nhiệm vụ, cột đơn vị chủ trì hay cột số thứ tự',
  'plan-structure.noTable': 'không có bảng nào dưới tiêu đề',
  'plan-structure.cutOff':
    'Kế hoạch dừng ở đây mà không có phần Nơi nhận và chữ ký; ngoài ra {evidence}: văn bản có thể đã bị cắt hoặc chỉ được lưu một phần. Đề nghị kiểm tra tệp có đủ toàn văn, đến hết phần chữ ký.',
  'plan-structure.endsMidSentence': 'đoạn cuối dừng giữa câu ("… {text}")',
  'plan-structure.appendixAbsent': 'văn bản nhắc đến Phụ lục nhưng tệp không có phụ lục nào',
  'plan-structure.unassigned':
    '{unread} trên tổng số {lines} dòng có chữ ({percent}%) không thuộc phần nào của kế hoạch; đoạn dài nhất gồm {largest} dòng, bắt đầu từ đây. Đề nghị kiểm tra cách đánh số ở đoạn này.',

  'signature.notAForm': 'Dòng thẩm quyền ký "{written}" không phải là hình thức ký (TM., KT., TL., TUQ. hoặc Q.); nhiều khả năng là "{likely}". Đề nghị sửa lại ở phần chữ ký.',
  'signature.notAFormNoGuess': 'Dòng thẩm quyền ký "{written}" không phải là hình thức ký (TM., KT., TL., TUQ. hoặc Q.). Đề nghị ghi rõ hình thức ký của người ký, ví dụ "KT. CHỦ TỊCH".',

  'task-empty.noDescription': 'Nhiệm vụ {task} không có nội dung. Đề nghị ghi nội dung công việc vào ô "Nhiệm vụ", hoặc bỏ dòng này.',
  'task-empty.noDescriptionWithLead': 'Nhiệm vụ {task} (chủ trì: {lead:list:60}) không có nội dung. Đề nghị ghi nội dung công việc vào ô "Nhiệm vụ", hoặc bỏ dòng này.',

  'task-missing-lead.noLead': 'Nhiệm vụ {task} {description:quote:60} chưa có đơn vị chủ trì. Đề nghị ghi vào ô "Đơn vị chủ trì" đơn vị chịu trách nhiệm thực hiện.',

  'task-owner-mismatch.mismatch':
    'Mục {section} giao cho {units:list:60} nhiệm vụ {duty:quote:70}, trùng với nhiệm vụ {task} của Phụ lục (độ tương đồng {score:fixed:2}), nhưng Phụ lục {lead} và {support}. Đề nghị bổ sung {units:list:60} vào đơn vị chủ trì hoặc phối hợp của nhiệm vụ {task}, hoặc giao nhiệm vụ ở Mục {section} cho đơn vị mà Phụ lục đã nêu.',
  'task-owner-mismatch.leadNamed': 'giao chủ trì cho {units:list:60}',
  'task-owner-mismatch.leadNone': 'không ghi đơn vị chủ trì',
  'task-owner-mismatch.supportNamed': 'phối hợp cho {units:list:60}',
  'task-owner-mismatch.supportNone': 'không ghi đơn vị phối hợp',
  'task-owner-mismatch.related': 'Nhiệm vụ {task}: chủ trì {lead:list:60}, phối hợp {support:list:60}',

  'task-unit-not-in-body.noSection':
    '{unit:quote} chủ trì {tasks} nhiệm vụ ({ids}), nhưng phần TỔ CHỨC THỰC HIỆN không có mục nào về đơn vị này. Đề nghị bổ sung một mục nêu nhiệm vụ của đơn vị, hoặc giao cho đơn vị mà phần nội dung đã giao công việc này.',

  'timeframe.unreadable':
    'Thời gian thực hiện của nhiệm vụ {task} {timeframe:quote} không đọc được là một ngày, một giai đoạn hay một thời hạn. Đề nghị ghi theo dạng "2020", "Quý I/2020", "trước ngày 15/12/2020" hoặc "Thường xuyên".',
  'timeframe.afterPeriod':
    'Thời gian thực hiện của nhiệm vụ {task} {timeframe:quote} kết thúc sau thời hạn của kế hoạch (đến {end:date}: {phrase:quote:40} ở {from}). Đề nghị điều chỉnh cho nằm trong thời hạn của kế hoạch, hoặc kéo dài thời hạn của kế hoạch.',
  'timeframe.afterReport':
    'Thời gian thực hiện của nhiệm vụ {task} {timeframe:quote} kết thúc sau hạn báo cáo ({deadline:date}) nên báo cáo không thể phản ánh kết quả. Đề nghị hoàn thành trước hạn báo cáo, hoặc điều chỉnh hạn báo cáo.',
  'timeframe.reportingDeadline': 'Hạn báo cáo',
  'timeframe.from.title': 'tiêu đề',
  'timeframe.from.purposes': 'phần mục đích, yêu cầu',

  'unit-superseded.gone': '{unit:quote} không còn tồn tại vào ngày ban hành kế hoạch ({issued:date}): {succession}. Đề nghị ghi tên cơ quan hiện đang thực hiện công việc này.',
  'succession.merged': 'đã hợp nhất vào {names} {when}{decides}{note}',
  'succession.renamed': 'đã đổi tên thành {names} {when}{decides}{note}',
  'succession.split': 'đã tách thành {names} {when}{decides}{note}',
  'succession.abolished': 'đã giải thể, công việc chuyển cho {names} {when}{decides}{note}',
  'succession.unknown': 'đã {kind} {when}; {note}',
  'succession.unknownSuccessor': 'chưa rõ cơ quan kế thừa',
  'succession.notKnownIn': 'dữ liệu chưa có tên cơ quan kế thừa tại {province}',
  'succession.notKnownNoProvince': 'dữ liệu chưa có tên cơ quan kế thừa (kế hoạch không ghi rõ tỉnh nào)',
  'succession.scoped': '{name} ({scope})',
  'succession.name': '{name}',
  'succession.inYear': 'năm {year}',
  'succession.onDay': 'từ ngày {day:date}',
  'succession.functionDecides': '; cơ quan tiếp nhận từng việc tùy theo chức năng, nhiệm vụ',
  'succession.note': ' ({note})',
  'succession.kind.merged': 'hợp nhất',
  'succession.kind.renamed': 'đổi tên',
  'succession.kind.split': 'chia tách',
  'succession.kind.abolished': 'giải thể',

  'unit-without-task.noTask':
    'Mục {section} giao nhiệm vụ cho {unit:quote}, nhưng không nhiệm vụ nào trong Phụ lục ghi đơn vị này là đơn vị chủ trì hay phối hợp. Đề nghị bổ sung đơn vị vào các nhiệm vụ đơn vị thực hiện, hoặc kiểm tra Phụ lục có ghi tên đơn vị giống như vậy không.',

  'unknown-unit.unknown': '{unit:quote} không có trong danh mục cơ quan, đơn vị và cũng không có trong plan.config.yaml. Nếu tên đúng, đề nghị bổ sung vào mục "aliases" của plan.config.yaml.',
  'unknown-unit.unknownNearest':
    '{unit:quote} không có trong danh mục cơ quan, đơn vị và cũng không có trong plan.config.yaml; có phải là "{nearest}"? Nếu tên đúng, đề nghị bổ sung vào mục "aliases" của plan.config.yaml.',

  'list.and': 'và',
  'list.none': '(không có)',
} as const;
