import { safeText } from '../safe-text.js';
import { ruleDocs, type FileReport } from './report.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/index.js';

// GitHub's workflow-command escaping (actions/toolkit, command.ts): data escapes % CR LF;
// property values also escape ":" and ",".
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::error file=…,line=…,col=…,title=<rule>::<message> (docs/rules.md#rule)`, one per finding
 * (info → notice); a file that could not be read is one `::error file=…::` with its message.
 */
export function formatGithub(reports: readonly FileReport[], lang: Lang = DEFAULT_LANG): string {
  const lines: string[] = [];
  for (const r of reports) {
    const file = `file=${escapeProperty(safeText(r.path))}`;
    if (r.fatal !== undefined) lines.push(`::error ${file},title=fatal::${escapeData(t(lang, 'report.notChecked', { reason: safeText(r.fatal) }))}`);
    for (const d of r.diagnostics) {
      const cmd = d.severity === 'info' ? 'notice' : d.severity;
      const props = [file, `line=${d.place.line}`, `col=${d.place.column}`, `title=${escapeProperty(d.ruleId)}`];
      lines.push(`::${cmd} ${props.join(',')}::${escapeData(safeText(d.message))} (${ruleDocs(d.ruleId)})`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
