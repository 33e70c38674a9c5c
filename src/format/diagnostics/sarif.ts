import type { Severity } from '../../model/diagnostic.js';
import { toJson } from '../data.js';
import { ruleDocs, type FileReport } from './report.js';
import { DEFAULT_LANG, t, type Lang } from '../../i18n/index.js';

/** What SARIF says of a rule (validate's rules have these fields; format/ does not import validate/). */
export interface SarifRule {
  readonly id: string;
  /** 'off': enabled false in the rule's default configuration. */
  readonly severity: Severity | 'off';
  readonly description: string;
}

export interface SarifOptions {
  readonly rules: readonly SarifRule[];
  readonly version: string;
  /**
   * The absolute folder relative paths start from (the working directory). When given, relative
   * paths are written relative to the `%SRCROOT%` base, which `originalUriBaseIds` resolves.
   */
  readonly cwd?: string;
  /** The language of the words SARIF adds to the findings (default Vietnamese). */
  readonly lang?: Lang;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;
const DOCS = 'https://github.com/kehoach/kehoach/blob/main/';
const SRCROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0 for code-scanning dashboards: one run, the rules as the driver's rules. A file
 * that could not be read is a tool execution notification, and the invocation is marked
 * unsuccessful. Paths are URIs (SARIF §3.10): an absolute path is a `file:///` URI, a relative
 * one is relative to `%SRCROOT%` (issue 20: Sarif.Multitool's SARIF1004 rejects a bare
 * absolute path); every segment percent-encoded.
 */
export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
  const ruleIds = options.rules.map((r) => r.id);
  const extraIds = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.ruleId)))].filter((id) => !ruleIds.includes(id)).sort();
  const rules = [
    ...options.rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.description },
      defaultConfiguration: { level: LEVEL[r.severity], ...(r.severity === 'off' ? { enabled: false } : {}) },
      helpUri: `${DOCS}${ruleDocs(r.id)}`,
    })),
    ...extraIds.map((id) => ({ id, shortDescription: { text: t(options.lang ?? DEFAULT_LANG, 'report.parserFinding', { id }) }, defaultConfiguration: { level: 'note' as const }, helpUri: `${DOCS}${ruleDocs(id)}` })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const base = options.cwd !== undefined ? { uriBaseId: SRCROOT } : {};
  const location = (path: string): { uri: string; uriBaseId?: string } => {
    if (path === '-') return { uri: 'stdin' };
    return isAbsolute(path) ? { uri: fileUri(path) } : { uri: relativeUri(path), ...base };
  };
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId) ?? -1,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location(r.path),
            region: { startLine: d.place.line, startColumn: d.place.column },
          },
        },
      ],
      ...(d.related?.length
        ? {
            relatedLocations: d.related.map((x, i) => ({
              id: i,
              message: { text: x.message },
              physicalLocation: { artifactLocation: location(r.path), region: { startLine: x.line, startColumn: x.column } },
            })),
          }
        : {}),
    })),
  );
  const fatal = reports.filter((r) => r.fatal !== undefined);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kehoach', informationUri: 'https://github.com/kehoach/kehoach', version: options.version, rules } },
        ...(options.cwd !== undefined ? { originalUriBaseIds: { [SRCROOT]: { uri: fileUri(options.cwd.endsWith('/') ? options.cwd : `${options.cwd}/`) } } } : {}),
        invocations: [
          {
            executionSuccessful: fatal.length === 0,
            ...(fatal.length
              ? {
                  toolExecutionNotifications: fatal.map((r) => ({
                    level: 'error' as const,
                    message: { text: t(options.lang ?? DEFAULT_LANG, 'report.notChecked', { reason: r.fatal ?? '' }) },
                    locations: [{ physicalLocation: { artifactLocation: location(r.path) } }],
                  })),
                }
              : {}),
          },
        ],
        results,
      },
    ],
  };
  return toJson(log);
}

/** "/home/x/plan.txt" and "C:\x\plan.txt" are absolute; "plans/a.txt" and "../a.txt" are not. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** Each segment percent-encoded (UTF-8), forward slashes between them. */
function encodeSegments(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

/** A relative path as a URI reference (":" is encoded, so no segment reads as a scheme). */
function relativeUri(path: string): string {
  return encodeSegments(path);
}

/** An absolute path as a file URI: "file:///home/x/k%E1%BA%BF.txt", "file:///C:/x/plan.txt". */
function fileUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  const drive = /^([A-Za-z]:)(\/.*)$/.exec(p);
  if (drive) return `file:///${drive[1]}${encodeSegments(drive[2] ?? '')}`;
  if (p.startsWith('//')) return `file:${encodeSegments(p)}`;
  return `file://${encodeSegments(p)}`;
}
