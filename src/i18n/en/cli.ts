/** The CLI's own errors and notes in English: usage and input errors, empty results. */
export const cliEn = {
  'cli.internalError': 'internal error: {message}',
  'cli.runWithDebug': ' (run with --debug for details)',
  'cli.unknownCommand': "unknown command '{name}'",
  'cli.didYouMean': '\n(Did you mean {name}?)',
  'cli.commandsAre': '; the commands are {names}',
  'cli.badLang': '--lang takes vi or en, not "{value}"',
  'cli.badEnvLang': 'PLAN_LANG takes vi or en, not "{value}"',
  'note.what.task': 'task',
  'note.what.objective': 'objective',
  'note.what.contentArea': 'content area',
  'note.what.responsibility': 'responsibility',
  'note.what.unit': 'unit',
  'note.plans': 'the {n} plans',
  'note.noneFound': 'no {what} found in {plans}',
  'note.noGroup': 'no group "{group}" in {plans}{groups}',
  'note.groupsAre': '; the groups are {groups}',
  'note.noMatch': 'no {what} matches the filters',
  'note.noMatchOf': 'no {what} of {units} matches the filters',
  'note.unitHasNone': '{units} has no {what} in {plans}; `plan units --unit "{unit}"` shows all the plan asks of it',
  'note.noUnit': 'no unit named "{unit}" in {plans}{closest}',
  'note.closest': '; closest: {names}',
  'note.onlyCollectives': '{note}; showing only what is given to collectives that may include it',
  'note.notInCalendar': '{document} {id}: not in the calendar: {reason}{timeframe}',
  'note.timeframe': ' ("{text}")',
  'note.noEvent': 'the calendar has no event',
  'note.undated': 'kept {count:plural:task|tasks} whose time could not be read: {ids}',
  'commander.unknownOption': "unknown option '{option}'",
  'commander.missingArgument': "missing required argument '{name}'",
  'commander.optionMissing': "option '{option}' argument missing",
  'commander.invalidChoice': "option '{option}' argument '{value}' is invalid. Allowed choices are {choices}.",
  'commander.tooManyArguments': "too many arguments for '{command}'. Expected {expected:plural:argument|arguments} but got {got}.",
  'commander.tooManyArgumentsProgram': 'too many arguments. Expected {expected:plural:argument|arguments} but got {got}.',
  'io.stdoutFailed': 'standard output: {why}',
  'io.epipe': 'the reader closed the pipe before the output was complete (EPIPE)',
  'io.enospc': 'no space left on the device; the output is incomplete (ENOSPC)',
  'io.cannotWrite': 'cannot write; the output is incomplete ({code})',
  'cli.warning': 'warning: {text}',
  'help.examples': '{n:form:Example|Examples}:',
  'help.validate.after': `Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage or input error
(a file that cannot be read is reported and the others are still checked).`,
  'help.diff.after': 'Exit codes: 0 the same in substance, 1 they differ, 2 usage or input error.',
  'help.export.after': 'With several files: a JSON array of plans, one line per plan (jsonl), or one YAML document per plan (a workbook takes one plan).',
  'help.calendar.after': 'Tasks whose time gives no date ("Thường xuyên", unreadable) are listed on stderr, not invented.',
  'help.usage.options': '[options]',
  'help.usage.command': '[command]',
  'help.main': `
Examples:
  plan show fixtures/446-KH-UBND-2019-ha-tinh.txt
  plan tasks fixtures/446-KH-UBND-2019-ha-tinh.txt --unit "Sở Giáo dục"
  plan validate plans/*.txt
  plan export plan.docx --format json

Exit codes: 0 success (also an empty result), 1 validate found problems that fail, 2 usage or input error.`,
} as const;
