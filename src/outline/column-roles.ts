// The column-header vocabulary the parser reads space-aligned tables with, for extract's task
// tables: extract sees the parser's work through the outline (docs/architecture.md, Layers).
export { columnRole, namesExecutor } from '../parse/column-roles.js';
