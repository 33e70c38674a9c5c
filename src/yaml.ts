/**
 * The yaml package, loaded on demand: most commands never need it and start-up time matters.
 * Bundled as CommonJS, its dynamic import may put the API under `default`.
 */
export type YamlModule = typeof import('yaml');

export async function loadYaml(): Promise<YamlModule> {
  const mod = (await import('yaml')) as YamlModule & { default?: YamlModule };
  return typeof mod.stringify === 'function' ? mod : (mod.default as YamlModule);
}
