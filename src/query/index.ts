/** The library's query API: pure functions over parsed plans (DESIGN.md: query/ is pure). */
export { findTasks, taskUnitMatch, type TaskFilters, type TaskHit, type Role } from './tasks.js';
export { listUnits, unitDossier, type UnitEntry, type UnitDossier, type DossierPart, type DossierResponsibility } from './units.js';
export { planOverview, type PlanOverview, type OverviewSection, type OverviewAppendix } from './overview.js';
export { listObjectives, listContent, listResponsibilities, type ObjectiveEntry, type ContentEntry, type ResponsibilityEntry, type PartFilters } from './parts.js';
export { periodOf, meetsPeriod, type Period, type PeriodFilter } from './period.js';
export { suggestUnitNames, matchingUnitNames, type MatchKind, type UnitKnowledge } from './unit-match.js';
export type { PlanInput, DocumentRef } from './plan-input.js';
