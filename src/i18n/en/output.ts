/**
 * The words of the human outputs in English: the legends under tables, the successor column,
 * file sizes, the calendar's events and the reasons a task is left out of it, and
 * `plan validate --explain`.
 */
export const outputEn = {
  'size.bytes': '{n:plural:byte|bytes}',
  'size.kb': '{n:fixed:1} KB',
  'size.mb': '{n:fixed:1} MB',

  'legend.collectiveTask': '* Given to a collective that may include the unit (--include-collective).',
  'legend.collectiveUnit': '* A collective ("Các sở, ban, ngành …"): it does not match --unit without --include-collective.',
  'legend.collectiveDossier': '* Given to a collective that may include the unit.',
  'legend.formerly': '{mark} formerly {unit}: {succession}.',
  'legend.successor': "Kế thừa: who does the unit's work on {day:date} (data/successors.json); empty when no change of the body is known.",
  'successor.cell': '{names} [{day:date}]{decides}',
  'successor.cellDecides': ' — the function decides',
  'successor.cellUnknown': '? ({note})',
  'successor.notKnown': 'not known',

  'calendar.lead': 'Lead: {units}',
  'calendar.support': 'Support: {units}',
  'calendar.time': 'Time: {text}',
  'calendar.document': 'Document: {document}',
  'calendar.reportSummary': 'Report on carrying out {document}',
  'calendar.reportId': 'the report',
  'calendar.reason.reportNoDate': 'the report has no date',
  'calendar.reason.noTimeframe': 'no timeframe',
  'calendar.reason.continuous': 'continuous work (no date)',
  'calendar.reason.deadlineNoDate': 'a deadline without a date',
  'calendar.reason.noEnd': 'no end (open-ended)',
  'calendar.reason.noStart': 'no start',
  'calendar.reason.unreadable': 'the time could not be read',
  'calendar.reason.noFrequency': 'repeats, but the text does not say how often',
  'calendar.reason.noYear': 'repeats, but neither the timeframe nor the plan gives a year to start from',

  'explain.title': '{path}: duty ↔ task pairings (same work when score ≥ {threshold:fixed:2})',
  'explain.none': '(no duties in TỔ CHỨC THỰC HIỆN)',
  'explain.duty': '{id} duty {n}',
  'explain.task': 'task {id}',
  'explain.noTask': '(no task)',
  'explain.paired': 'paired',
  'explain.notDistinct': 'not distinct (next task {score:fixed:2})',
  'explain.belowThreshold': 'below threshold',
  'explain.dutyText': 'duty: {text:quote:90}',
  'explain.taskText': 'task: {text:quote:90}',
} as const;
