import { loadYaml } from '../yaml.js';
import { msg, type Msg } from '../i18n/index.js';
import { dirname, resolve } from 'node:path';
import { InputError } from '../model/errors.js';
import type { PlanConfig, RuleConfig, RuleSeverity } from './types.js';
import { isLang } from '../i18n/index.js';

export const CONFIG_NAMES = ['plan.config.yaml', '.plan.config.yaml'] as const;

const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
const KEYS = ['plans', 'aliases', 'parents', 'rules', 'lang'] as const;

/**
 * Anchors and aliases may repeat at most this many nodes in all. A config needs none at all; a
 * few are harmless. The yaml package's default (100) is the bound that refuses "billion laughs"
 * (aliases of aliases, each level multiplying the text) before it is expanded.
 */
const MAX_ALIAS_COUNT = 100;

/** parseConfig of bytes already read: UTF-8, with or without a BOM. */
export async function parseConfig(bytes: Uint8Array, path: string, cwd = '.'): Promise<PlanConfig> {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  // Loaded on demand: most commands run without a config file, and start-up time matters.
  const { parseDocument } = await loadYaml();
  let raw: unknown;
  try {
    const doc = parseDocument(text, { uniqueKeys: true });
    const problem = doc.errors[0];
    if (problem) {
      const where = problem.linePos?.[0] ? msg('input.configYamlLine', { line: problem.linePos[0].line }) : '';
      throw new InputError(path, msg('input.configYaml', { where, problem: problem.message.split('\n')[0] ?? '' }));
    }
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof InputError) throw e;
    // The yaml package throws a ReferenceError for an alias bomb, and a deep enough nesting
    // of brackets overflows its recursive composer: both are a config the tool will not read.
    const why = e instanceof RangeError ? msg('input.configNested') : /alias/i.test((e as Error).message) ? msg('input.configAliases', { max: MAX_ALIAS_COUNT }) : (e as Error).message;
    throw new InputError(path, msg('input.configUnusable', { why }));
  }
  return checkConfig(raw, path, cwd);
}

/** Validates the parsed YAML against PlanConfig (src/config/types.ts); `path` is relative to `cwd`. */
export function checkConfig(raw: unknown, path: string, cwd = '.'): PlanConfig {
  const dir = dirname(resolve(cwd, path));
  if (raw === null || raw === undefined) return { dir };
  const bad = (key: string, what: Msg): InputError => new InputError(path, msg('config.key', { key, what }));
  if (!isRecord(raw)) throw bad('(top level)', msg('config.topLevel', { keys: KEYS.join(', ') }));
  for (const key of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) throw bad(key, msg('config.unknownKey', { keys: KEYS.join(', ') }));
  }
  const config: { -readonly [K in keyof PlanConfig]: PlanConfig[K] } = { dir };
  if (raw.lang !== undefined && raw.lang !== null) {
    if (!isLang(raw.lang)) throw bad('lang', msg('config.lang', { value: JSON.stringify(raw.lang) }));
    config.lang = raw.lang;
  }
  if (raw.plans !== undefined && raw.plans !== null) {
    // One path is accepted as well as a list: `plans: plans/*.txt`.
    const list = typeof raw.plans === 'string' ? [raw.plans] : raw.plans;
    if (!Array.isArray(list) || !list.every((p): p is string => typeof p === 'string' && p.trim() !== '')) {
      throw bad('plans', msg('config.plans'));
    }
    config.plans = list.map((p) => p.trim());
  }
  if (raw.aliases !== undefined && raw.aliases !== null) {
    if (!isRecord(raw.aliases)) throw bad('aliases', msg('config.aliases'));
    const aliases: Record<string, readonly string[]> = {};
    for (const [name, value] of Object.entries(raw.aliases)) {
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || !list.every((v): v is string => typeof v === 'string' && v.trim() !== '')) {
        throw bad(`aliases.${name}`, msg('config.aliasNames'));
      }
      aliases[name] = list.map((v) => v.trim());
    }
    config.aliases = aliases;
  }
  if (raw.parents !== undefined && raw.parents !== null) {
    if (!isRecord(raw.parents)) throw bad('parents', msg('config.parents'));
    const parents: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw.parents)) {
      if (typeof value !== 'string' || value.trim() === '') throw bad(`parents.${name}`, msg('config.parentName'));
      parents[name] = value.trim();
    }
    config.parents = parents;
  }
  if (raw.rules !== undefined && raw.rules !== null) {
    if (!isRecord(raw.rules)) throw bad('rules', msg('config.rules'));
    const rules: Record<string, RuleConfig> = {};
    for (const [id, value] of Object.entries(raw.rules)) rules[id] = checkRuleEntry(value, (what) => bad(`rules.${id}`, what));
    config.rules = rules;
  }
  return config;
}

/** `error`, or `[error]`, or `[error, { threshold: 0.38 }]`: the severity and the options' shape. */
function checkRuleEntry(value: unknown, bad: (what: Msg) => InputError): RuleConfig {
  const severity = (v: unknown): RuleSeverity => {
    if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) return v as RuleSeverity;
    throw bad(msg('config.severity', { values: SEVERITIES.join(', '), value: JSON.stringify(v) }));
  };
  if (!Array.isArray(value)) return severity(value);
  if (value.length < 1 || value.length > 2) throw bad(msg('config.ruleShape'));
  const sev = severity(value[0]);
  if (value.length === 1) return [sev];
  if (!isRecord(value[1])) throw bad(msg('config.ruleOptions'));
  return [sev, { ...value[1] }];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
