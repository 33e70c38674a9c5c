// ESLint (flat config): typescript-eslint's recommended type-checked rules on the sources and
// tests. Each rule turned off or down below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'scripts/', 'bench/', 'bin/', '*.config.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // The sources with their own tsconfig (the tests' adds types to mdast's data), the tests with theirs.
      parserOptions: { project: ['./tsconfig.json', './tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The tool matches control characters on purpose: terminal escapes are filtered out of
      // document text and file names (src/format/safe-text.ts), and legacy encodings and Word's
      // field marks are control bytes. A pattern naming \x1b or \x07 is the point, not a slip.
      'no-control-regex': 'off',
      // `for (const _ of text) n++` counts code points: a name starting with _ is unused on purpose.
      // Its verdicts differ from tsc's on this code: removing the assertions it flags in
      // src/extract/body-tasks.ts (`?? (parts[0] as T)`, needed under noUncheckedIndexedAccess)
      // and src/parse/html.ts (mdast's TableCellData has no colspan) breaks `npm run typecheck`.
      // The assertions it flagged that tsc does not need were removed.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      // Only cli/ touches the process (docs/architecture.md, Layers): the rest is pure.
      'no-restricted-globals': ['error', { name: 'process', message: 'only src/cli/ touches the process; pass what is needed in' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read what the CLI wrote (JSON.parse: any) and assert its shape with expect; a type
      // for every parsed SARIF or JSON document would restate the schema the test checks.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
