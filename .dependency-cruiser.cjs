// The layering check of `npm run lint`. The layer order is written once, as the table under
// "## Layers" in docs/architecture.md; this file reads it and turns each row into a rule.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const ARCHITECTURE = join(__dirname, 'docs', 'architecture.md');

/** The rows of the layer table: { name, paths (regular expressions), mayImport (names) }. */
function readLayers() {
  const text = readFileSync(ARCHITECTURE, 'utf8');
  const section = text.split(/^## Layers\s*$/m)[1];
  if (!section) throw new Error(`${ARCHITECTURE}: no "## Layers" section`);
  const rows = section
    .split('\n')
    .filter((line) => /^\|\s*[a-z]/.test(line) && !/^\|\s*layer\s*\|/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  const layers = rows.map(([name, files, mayImport]) => ({
    name,
    paths: [...files.matchAll(/`([^`]+)`/g)].map((m) => `^${m[1].replace(/[.]/g, '\\.')}${m[1].endsWith('/') ? '' : '$'}`),
    mayImport: mayImport,
  }));
  const names = layers.map((l) => l.name);
  for (const layer of layers) {
    const every = /^every layer( but (.+))?$/.exec(layer.mayImport);
    layer.allowed = every
      ? names.filter((n) => n !== layer.name && n !== every[2])
      : layer.mayImport.split(',').map((n) => n.trim()).filter(Boolean);
    const unknown = layer.allowed.filter((n) => !names.includes(n));
    if (unknown.length) throw new Error(`${ARCHITECTURE}: layer ${layer.name} may import unknown layers ${unknown.join(', ')}`);
  }
  return layers;
}

const layers = readLayers();
const byName = new Map(layers.map((l) => [l.name, l]));
const pathsOf = (names) => names.flatMap((n) => byName.get(n).paths);

module.exports = {
  forbidden: [
    ...layers.map((layer) => ({
      name: `layer-${layer.name}`,
      comment: `${layer.name} may import only ${layer.allowed.join(', ') || 'nothing of the project'} (docs/architecture.md, Layers)`,
      severity: 'error',
      from: { path: layer.paths },
      to: { path: ['^src/', '^data/'], pathNot: [...layer.paths, ...pathsOf(layer.allowed)] },
    })),
    {
      name: 'no-circular',
      comment: 'modules that import each other, directly or through others, cannot be understood or changed one at a time',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'io-only-in-cli',
      comment: 'only cli/ touches files, processes and the machine (docs/architecture.md, Layers)',
      severity: 'error',
      from: { path: '^src/', pathNot: pathsOf(['cli']) },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|os)$' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing is a typo or a missing dependency',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a layer that needs another's types depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};


