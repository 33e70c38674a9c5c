export { formatStylish, stylishWriter } from './stylish.js';
export { formatJson, jsonReport } from './json.js';
export { formatGithub } from './github.js';
export { formatSarif } from './sarif.js';
export { countFindings, type FileReport } from './report.js';
