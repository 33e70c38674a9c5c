import type { MessageId } from './ids.js';
import { validateVi } from './vi/validate.js';
import { reportVi } from './vi/report.js';
import { cliVi } from './vi/cli.js';
import { errorsVi } from './vi/errors.js';
import { parseVi } from './vi/parse.js';
import { outputVi } from './vi/output.js';
import { diffVi } from './vi/diff.js';
import { tablesVi } from './vi/tables.js';

/**
 * Every message of the tool in Vietnamese, the default language, made when first asked for (as
 * the English one). Typed by the English ids: a missing id does not compile.
 */
export function vietnameseCatalog(): Readonly<Record<MessageId, string>> {
  return { ...validateVi, ...reportVi, ...cliVi, ...errorsVi, ...parseVi, ...outputVi, ...diffVi, ...tablesVi };
}
