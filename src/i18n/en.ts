import { validateEn } from './en/validate.js';
import { reportEn } from './en/report.js';
import { cliEn } from './en/cli.js';
import { errorsEn } from './en/errors.js';
import { parseEn } from './en/parse.js';
import { outputEn } from './en/output.js';
import { diffEn } from './en/diff.js';
import { tablesEn } from './en/tables.js';

/**
 * Every message of the tool in English: `plan --lang en`, PLAN_LANG=en or `lang: en` in
 * plan.config.yaml. Made when first asked for (i18n/index.ts): merging the parts into one object
 * of a thousand keys took 2 ms of a cold start that a Vietnamese run never needs (issue 19).
 */
export function englishCatalog() {
  return { ...validateEn, ...reportEn, ...cliEn, ...errorsEn, ...parseEn, ...outputEn, ...diffEn, ...tablesEn } as const;
}
