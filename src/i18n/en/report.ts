/** The words of the findings reports (stylish, SARIF, GitHub) in English. */
export const reportEn = {
  'report.noProblems': 'No problems in {files:plural:file|files}.',
  'report.summary': '{total:plural:problem|problems} ({errors:plural:error|errors}, {warnings:plural:warning|warnings}, {infos} info)',
  'report.summaryQuiet': '{total:plural:problem|problems} ({errors:plural:error|errors}, {warnings:plural:warning|warnings})',
  'report.notChecked': '{reason} (the file was not checked)',
  'report.maxWarnings': '{warnings:plural:warning|warnings} {warnings:form:exceeds|exceed} --max-warnings {max}',
  'report.severity.error': 'error',
  'report.severity.warning': 'warning',
  'report.severity.info': 'info',
  'report.place.paragraph': 'paragraph {line}',
  'report.place.row': 'table row {line}',
  'report.place.page': 'page {page}, line {line}',
  'report.parserFinding': 'Parser finding {id}',
} as const;
