export { formatStylish, stylishWriter, type StylishOptions } from './stylish.js';
export { formatJson, jsonReport } from './json.js';
export { formatGithub } from './github.js';
export { formatSarif, type SarifOptions } from './sarif.js';
export { countFindings, type FileReport, type Counts } from './report.js';
