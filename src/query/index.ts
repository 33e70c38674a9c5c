/** The library's query API: pure functions over parsed plans (DESIGN.md: query/ is pure). */
export { findTasks, type TaskFilters, type TaskHit } from './tasks.js';
export { listUnits, unitDossier } from './units.js';
export { planOverview } from './overview.js';
export { listObjectives, listContent, listResponsibilities } from './parts.js';
