/** The findings of `plan validate`'s rules, in English (the ids and parameters are shared with vi/validate.ts). */
export const validateEn = {
  'appendix-reference.mismatch': 'Appendix {appendix}\'s reference {reference:quote:90} {problems}. Write "{fix}" as in the header.',
  'appendix-reference.numberBlank': 'leaves the number blank',
  'appendix-reference.numberDiffers': 'gives the number "{written}" while the header says "{header}"',
  'appendix-reference.dateBlank': 'leaves the date (or part of it) blank',
  'appendix-reference.dateDiffers': 'gives the date {written:date} while the header says {header:date}',

  'group-content-mismatch.noSubject':
    'Group {group} {title:quote} of appendix {appendix} is on a subject no section of the body raises. Add the subject to the body, or move its tasks to the group of the subject they belong to.',

  'numbering.outOfOrder': '{item} is numbered "{marker}", which {how} "{previous}" {where}; the next number is "{expected}". Renumber it, or restore the missing item.',
  'numbering.section': 'Section {id}',
  'numbering.task': 'Task {id}',
  'numbering.repeats': 'repeats',
  'numbering.goesBack': 'goes back after',
  'numbering.skips': 'skips ahead after',
  'numbering.underSection': 'under section {id}',
  'numbering.topLevel': 'at the top level',
  'numbering.inGroup': 'in group {id}',
  'numbering.inTable': 'in the table',

  'plan-structure.noSections':
    'No numbered sections (I., II., 1., 2. …) were found, so the plan was read as a header and nothing else. Check that the body is in the file and that its sections are numbered (NĐ 30/2020: I., 1., a)); a plan written as plain paragraphs cannot be checked.',
  'plan-structure.notAPlan':
    'The document is a {kind}, not a plan (Kế hoạch, Chương trình, Phương án, Đề án, or a Quyết định that issues one). The checks compare what a plan assigns; check that this is the file meant to be validated.',
  'plan-structure.notAPlanMissing':
    'The document is a {kind}, not a plan (Kế hoạch, Chương trình, Phương án, Đề án, or a Quyết định that issues one), and {missing} was found in it. The checks compare what a plan assigns; check that this is the file meant to be validated.',
  'plan-structure.nothingAssigned':
    'No TỔ CHỨC THỰC HIỆN section, no unit\'s responsibilities and no task were found: nothing read says who must do what. Look at the titles of the top sections ({sections}) and at how the tasks name their units ("Đơn vị chủ trì: …", "Giao Sở … chủ trì").',
  'plan-structure.partOrganization': 'no TỔ CHỨC THỰC HIỆN section',
  'plan-structure.partResponsibilities': 'no unit\'s responsibilities',
  'plan-structure.partTasks': 'no task',
  'plan-structure.noResponsibilities':
    'Section {id} {title:quote} was found, but no unit\'s responsibilities were read from it. Look at how its parts name their units ("1. Sở Tài chính: …", "Giao Sở … chủ trì"): the checks that compare the body with the appendix had nothing to compare.',
  'plan-structure.noTaskRows': 'Appendix {appendix} is titled {title:quote}, but no task row was read from it ({why}). Check its header row and its STT column.',
  'plan-structure.plainTable': 'its table was read as a plain table: no column was taken for the task, the lead unit or the number',
  'plan-structure.noTable': 'no table was found under the title',
  'plan-structure.cutOff':
    'The plan stops here with neither Nơi nhận nor a signature, and {evidence}: the file may have been cut off or saved in part. Check that it holds the whole text, down to the signature.',
  'plan-structure.endsMidSentence': 'its last paragraph breaks off mid-sentence ("… {text}")',
  'plan-structure.appendixAbsent': 'the text refers to an appendix that the file does not hold',
  'plan-structure.unassigned':
    '{unread} of the {lines} lines that hold text ({percent}%) were assigned to no part of the plan; the largest run, {largest:plural:line|lines}, starts here. Look for numbering the outline did not recognise there.',

  'signature.notAForm': 'The capacity line "{written}" is not a signing form (TM., KT., TL., TUQ. or Q.); it is most likely "{likely}". Correct it in the signature block.',
  'signature.notAFormNoGuess': 'The capacity line "{written}" is not a signing form (TM., KT., TL., TUQ. or Q.). Write the prefix the signer signs with, e.g. "KT. CHỦ TỊCH".',

  'task-empty.noDescription': 'Task {task} has no description. Write the work in the "Nhiệm vụ" cell, or remove the row.',
  'task-empty.noDescriptionWithLead': 'Task {task} has no description (lead {lead:list:60}). Write the work in the "Nhiệm vụ" cell, or remove the row.',

  'task-missing-lead.noLead': 'Task {task} {description:quote:60} has no lead unit. Fill in the "Đơn vị chủ trì" cell with the unit that answers for it.',

  'task-owner-mismatch.mismatch':
    'Section {section} gives {units:list:60} the duty {duty:quote:70}, which is appendix task {task} (similarity {score:fixed:2}), but task {task} {lead} and {support}. Add {units:list:60} to task {task}\'s lead or support, or give the duty in {section} to the unit the task names.',
  'task-owner-mismatch.leadNamed': 'names {units:list:60} as lead',
  'task-owner-mismatch.leadNone': 'names no unit as lead',
  'task-owner-mismatch.supportNamed': '{units:list:60} as support',
  'task-owner-mismatch.supportNone': 'no unit as support',
  'task-owner-mismatch.related': 'Task {task}: lead {lead:list:60}, support {support:list:60}',

  'task-unit-not-in-body.noSection':
    '{unit:quote} leads {tasks:form:task|tasks} {ids}, but TỔ CHỨC THỰC HIỆN has no section for it. Add a section that sets out its duties, or name the unit the body already charges with this work.',

  'timeframe.unreadable':
    'Task {task}\'s timeframe {timeframe:quote} cannot be read as a date, a period or a deadline. Write it as "2020", "Quý I/2020", "trước ngày 15/12/2020" or "Thường xuyên".',
  'timeframe.afterPeriod':
    'Task {task}\'s timeframe {timeframe:quote} ends after the plan\'s period (to {end:date}: {phrase:quote:40} in the {from}). Bring it within the period, or extend the plan\'s period.',
  'timeframe.afterReport':
    'Task {task}\'s timeframe {timeframe:quote} ends after the report is due ({deadline:date}), so the report cannot include its result. End it by the deadline, or move the deadline.',
  'timeframe.reportingDeadline': 'The reporting deadline',
  'timeframe.from.title': 'title',
  'timeframe.from.purposes': 'purposes',

  'unit-superseded.gone': '{unit:quote} no longer exists when this plan is issued ({issued:date}): it was {succession}. Name the body that does the work now.',
  'succession.merged': 'merged into {names} {when}{decides}{note}',
  'succession.renamed': 'renamed {names} {when}{decides}{note}',
  'succession.split': 'split between {names} {when}{decides}{note}',
  'succession.abolished': 'abolished; its work went to {names} {when}{decides}{note}',
  'succession.unknown': '{kind} {when}; {note}',
  'succession.unknownSuccessor': 'its successor is not known',
  'succession.notKnownIn': 'the data does not know its successor in {province}',
  'succession.notKnownNoProvince': 'the data does not know its successor (the plan does not say its province)',
  'succession.scoped': '{name} ({scope})',
  'succession.name': '{name}',
  'succession.inYear': 'in {year}',
  'succession.onDay': 'on {day:date}',
  'succession.functionDecides': '; the function decides which',
  'succession.note': ' ({note})',
  'succession.kind.merged': 'merged',
  'succession.kind.renamed': 'renamed',
  'succession.kind.split': 'split',
  'succession.kind.abolished': 'abolished',

  'unit-without-task.noTask':
    'Section {section} gives duties to {unit:quote}, but no task of the appendix names it as lead or support. Add it to the tasks it carries out, or check that the appendix spells it the same way.',

  'unknown-unit.unknown': '{unit:quote} is neither in the gazetteer nor in plan.config.yaml. If the name is right, add it under "aliases" in plan.config.yaml.',
  'unknown-unit.unknownNearest':
    '{unit:quote} is neither in the gazetteer nor in plan.config.yaml; did you mean "{nearest}"? If the name is right, add it under "aliases" in plan.config.yaml.',

  'list.and': 'and',
  'list.none': '(none)',
} as const;
