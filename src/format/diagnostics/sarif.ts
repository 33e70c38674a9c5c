import type { Rule } from '../../validate/rule.js';
import type { FileReport } from './report.js';

export interface SarifOptions {
  readonly rules: readonly Pick<Rule, 'id' | 'description' | 'severity'>[];
  readonly version: string;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

/** SARIF 2.1.0 for code-scanning dashboards: one run, the rules as the driver's rules. */
export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
  const ruleIds = options.rules.map((r) => r.id);
  const extraIds = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.ruleId)))].filter((id) => !ruleIds.includes(id)).sort();
  const rules = [
    ...options.rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.description },
      defaultConfiguration: { level: LEVEL[r.severity], ...(r.severity === 'off' ? { enabled: false } : {}) },
      helpUri: `https://github.com/kehoach/kehoach/blob/main/docs/rules.md#${r.id}`,
    })),
    ...extraIds.map((id) => ({ id, shortDescription: { text: `Parser finding ${id}` }, defaultConfiguration: { level: 'note' as const } })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId) ?? -1,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(r.path) },
            region: { startLine: d.place.line, startColumn: d.place.column },
          },
        },
      ],
      ...(d.related?.length
        ? {
            relatedLocations: d.related.map((x, i) => ({
              id: i,
              message: { text: x.message },
              physicalLocation: { artifactLocation: { uri: toUri(r.path) }, region: { startLine: x.line, startColumn: x.column } },
            })),
          }
        : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kehoach', informationUri: 'https://github.com/kehoach/kehoach', version: options.version, rules } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative path as a URI reference (SARIF §3.10): forward slashes, each segment escaped. */
function toUri(path: string): string {
  if (path === '-') return 'stdin';
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
