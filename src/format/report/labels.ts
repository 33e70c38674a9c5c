import { formatDate as formatLangDate, type Lang } from '../../i18n/index.js';

/**
 * The words of the report page, in Vietnamese (the default: the page is for the people who
 * work with the plan) and in English (`--lang en`). Document text is never translated.
 */
export type ReportLang = Lang;

export interface Labels {
  readonly lang: ReportLang;
  readonly pageTitle: string;
  readonly generator: string;
  readonly plans: string;
  readonly choosePlan: string;
  readonly allPlans: string;
  readonly search: string;
  readonly searchHint: string;
  readonly contents: string;
  // Header card
  readonly header: string;
  readonly number: string;
  readonly date: string;
  readonly issuer: string;
  readonly title: string;
  readonly signer: string;
  readonly period: string;
  readonly periodNote: string;
  readonly reportDeadline: string;
  readonly recurringReport: string;
  readonly sourceFile: string;
  readonly sha256: string;
  readonly none: string;
  readonly counts: (tasks: number, units: number, errors: number, warnings: number) => string;
  // Matrix
  readonly matrix: string;
  readonly matrixNote: string;
  readonly unit: string;
  readonly lead: string;
  readonly support: string;
  readonly leadShort: string;
  readonly supportShort: string;
  readonly total: string;
  readonly unitsPerTask: string;
  readonly sortByLoad: string;
  readonly sortByDocument: string;
  readonly collective: string;
  readonly collectiveNote: string;
  readonly writtenAs: string;
  readonly noGroup: string;
  readonly bodyTasks: string;
  readonly noTasks: string;
  readonly hasFinding: string;
  // Timeline
  readonly timeline: string;
  readonly timelineNote: string;
  readonly task: string;
  readonly timeframe: string;
  readonly noLead: string;
  readonly continuous: string;
  readonly recurring: string;
  readonly deadline: string;
  readonly undated: string;
  readonly quarter: string;
  // Task list
  readonly tasks: string;
  readonly group: string;
  readonly description: string;
  readonly sourceLine: string;
  // Findings
  readonly findings: string;
  readonly noFindings: string;
  readonly repairs: string;
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly rule: string;
  readonly message: string;
  readonly place: string;
  readonly line: string;
  readonly paragraph: string;
  readonly row: string;
  readonly page: string;
  readonly excerpts: string;
  readonly excerptsNote: string;
  // Dossiers
  readonly dossiers: string;
  readonly duties: string;
  readonly leads: string;
  readonly supports: string;
  readonly reports: string;
  readonly reportDue: (deadline: string) => string;
  readonly nothingAsked: string;
  readonly requested: string;
  readonly backToMatrix: string;
  // Cross-plan view
  readonly crossPlan: string;
  readonly crossPlanNote: string;
}

const VI: Labels = {
  lang: 'vi',
  pageTitle: 'Báo cáo kế hoạch',
  generator: 'Tạo bởi plan (kehoach)',
  plans: 'Văn bản',
  choosePlan: 'Chọn văn bản',
  allPlans: 'Tất cả văn bản',
  search: 'Tìm',
  searchHint: 'Tìm đơn vị, nhiệm vụ (không cần dấu)',
  contents: 'Mục lục',
  header: 'Thông tin văn bản',
  number: 'Số',
  date: 'Ngày',
  issuer: 'Cơ quan ban hành',
  title: 'Trích yếu',
  signer: 'Người ký',
  period: 'Thời gian thực hiện',
  periodNote: 'theo thời gian của các nhiệm vụ',
  reportDeadline: 'Hạn báo cáo',
  recurringReport: 'định kỳ',
  sourceFile: 'Tệp nguồn',
  sha256: 'SHA-256',
  none: '—',
  counts: (t, u, e, w) => `${t} nhiệm vụ · ${u} đơn vị · ${e} lỗi · ${w} cảnh báo`,
  matrix: 'Ma trận đơn vị × nhiệm vụ',
  matrixNote: 'CT: chủ trì · PH: phối hợp. Di chuột lên tên đơn vị để xem các cách viết trong văn bản.',
  unit: 'Đơn vị',
  lead: 'Chủ trì',
  support: 'Phối hợp',
  leadShort: 'CT',
  supportShort: 'PH',
  total: 'Tổng',
  unitsPerTask: 'Số đơn vị',
  sortByLoad: 'Xếp theo số việc',
  sortByDocument: 'Xếp theo văn bản',
  collective: 'tập thể',
  collectiveNote: '* Đơn vị tập thể ("Các sở, ban, ngành …").',
  writtenAs: 'Cách viết trong văn bản',
  noGroup: 'Không nhóm',
  bodyTasks: 'Giao trong thân văn bản',
  noTasks: 'Văn bản không có nhiệm vụ giao cho đơn vị.',
  hasFinding: 'Có phát hiện khi kiểm tra',
  timeline: 'Tiến độ',
  timelineNote: 'Mỗi nhiệm vụ theo thời gian thực hiện, nhóm theo đơn vị chủ trì. Dải kẻ sọc: thường xuyên hoặc định kỳ; ◆: hạn hoàn thành.',
  task: 'Nhiệm vụ',
  timeframe: 'Thời gian',
  noLead: '(không ghi đơn vị chủ trì)',
  continuous: 'thường xuyên',
  recurring: 'định kỳ',
  deadline: 'hạn',
  undated: 'không xác định',
  quarter: 'Quý',
  tasks: 'Danh sách nhiệm vụ',
  group: 'Nhóm',
  description: 'Nội dung',
  sourceLine: 'Dòng',
  findings: 'Kết quả kiểm tra',
  noFindings: 'Không có lỗi hay cảnh báo.',
  repairs: 'Những chỗ đã sửa khi đọc văn bản',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
  rule: 'Quy tắc',
  message: 'Nội dung',
  place: 'Vị trí',
  line: 'dòng',
  paragraph: 'đoạn',
  row: 'hàng',
  page: 'trang',
  excerpts: 'Trích văn bản',
  excerptsNote: 'Các dòng của văn bản mà kết quả kiểm tra chỉ tới.',
  dossiers: 'Hồ sơ từng đơn vị',
  duties: 'Trách nhiệm (Tổ chức thực hiện)',
  leads: 'Nhiệm vụ chủ trì',
  supports: 'Nhiệm vụ phối hợp',
  reports: 'Báo cáo',
  reportDue: (d) => `hạn ${d}`,
  nothingAsked: 'Văn bản không giao việc trực tiếp cho đơn vị này.',
  requested: 'đề nghị',
  backToMatrix: '↑ Ma trận',
  crossPlan: 'Đơn vị qua các văn bản',
  crossPlanNote: 'Số nhiệm vụ chủ trì (CT) và phối hợp (PH) của mỗi đơn vị trong từng văn bản.',
};

const EN: Labels = {
  lang: 'en',
  pageTitle: 'Plan report',
  generator: 'Made by plan (kehoach)',
  plans: 'Documents',
  choosePlan: 'Choose a document',
  allPlans: 'All documents',
  search: 'Search',
  searchHint: 'Find units and tasks (diacritics optional)',
  contents: 'Contents',
  header: 'Document',
  number: 'Number',
  date: 'Date',
  issuer: 'Issuer',
  title: 'Title',
  signer: 'Signed by',
  period: 'Period',
  periodNote: 'from the tasks\u2019 timeframes',
  reportDeadline: 'Report due',
  recurringReport: 'recurring',
  sourceFile: 'Source file',
  sha256: 'SHA-256',
  none: '—',
  counts: (t, u, e, w) => `${t} tasks · ${u} units · ${e} errors · ${w} warnings`,
  matrix: 'Units × tasks',
  matrixNote: 'CT: lead (chủ trì) · PH: support (phối hợp). Hover over a unit to see how the document wrote it.',
  unit: 'Unit',
  lead: 'Lead',
  support: 'Support',
  leadShort: 'CT',
  supportShort: 'PH',
  total: 'Total',
  unitsPerTask: 'Units',
  sortByLoad: 'Sort by load',
  sortByDocument: 'Document order',
  collective: 'collective',
  collectiveNote: '* A collective ("Các sở, ban, ngành …": all departments …).',
  writtenAs: 'Written in the document as',
  noGroup: 'No group',
  bodyTasks: 'Given in the body',
  noTasks: 'The document gives no task to a unit.',
  hasFinding: 'Has a finding',
  timeline: 'Timeline',
  timelineNote: 'Each task on its timeframe, grouped by lead unit. Hatched band: continuous or recurring; ◆: deadline.',
  task: 'Task',
  timeframe: 'Timeframe',
  noLead: '(no lead unit given)',
  continuous: 'continuous',
  recurring: 'recurring',
  deadline: 'due',
  undated: 'not readable',
  quarter: 'Q',
  tasks: 'Tasks',
  group: 'Group',
  description: 'Description',
  sourceLine: 'Line',
  findings: 'Findings',
  noFindings: 'No errors or warnings.',
  repairs: 'Repairs made while reading the document',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  rule: 'Rule',
  message: 'Message',
  place: 'Place',
  line: 'line',
  paragraph: 'paragraph',
  row: 'row',
  page: 'page',
  excerpts: 'Excerpts',
  excerptsNote: 'The lines of the document the findings point to.',
  dossiers: 'Unit dossiers',
  duties: 'Duties (Tổ chức thực hiện)',
  leads: 'Tasks led',
  supports: 'Tasks supported',
  reports: 'Reports',
  reportDue: (d) => `due ${d}`,
  nothingAsked: 'The document gives this unit nothing directly.',
  requested: 'requested',
  backToMatrix: '↑ Matrix',
  crossPlan: 'Units across documents',
  crossPlanNote: 'Tasks each unit leads (CT) and supports (PH) in each document.',
};

export function reportLabels(lang: ReportLang): Labels {
  return lang === 'en' ? EN : VI;
}

/** A date as people of the language write it: 16/12/2019 in Vietnamese, ISO in English. */
export function formatDate(iso: string, labels: Labels): string {
  return formatLangDate(iso, labels.lang);
}
