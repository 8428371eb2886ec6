// ESLint (flat config): typescript-eslint's recommended rules, Prettier owning the layout, and the layers
// of the brief kept by import rules: core is pure (no I/O, no clock, no other layer), the UI reaches Graph
// only through src/graph's public index and never the demo tenant, Graph's types stay in src/graph and src/sim.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const NODE_BUILTINS = ['fs', 'path', 'os', 'http', 'https', 'net', 'child_process', 'crypto', 'url', 'stream', 'zlib', 'worker_threads', 'readline'];
const GRAPH_TYPES = { name: '@microsoft/microsoft-graph-types', message: "Graph's shapes stay in src/graph (and src/sim): use the domain types src/graph returns." };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Control characters are matched on purpose when cleaning notes and reading untrusted text.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/graph/**', 'src/sim/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [GRAPH_TYPES] }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [GRAPH_TYPES, ...NODE_BUILTINS.map((name) => ({ name, message: 'src/core does no I/O: pass data in from the shell.' }))],
          patterns: [
            { regex: '^node:', message: 'src/core does no I/O: pass data in from the shell.' },
            {
              regex: '^(\\.\\./)+(graph|services|ui|sim|server|cli|app|addin)(/|$)',
              message: 'src/core depends on nothing else in src: move the shared part into core, or the I/O out of it.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core reads no clock: take "now" as an argument (one injectable clock).',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core reads no clock: take "now" as an argument (one injectable clock).' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/addin/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [GRAPH_TYPES],
          patterns: [
            { regex: '(^|/)graph/(?!index\\.js$)', message: 'The UI uses src/graph through its public index (src/graph/index.ts) only.' },
            { regex: '(^|/)sim/', message: 'The UI never imports the demo tenant: it talks to it over HTTP like to Graph.' },
          ],
        },
      ],
    },
  },
  {
    // Tests read raw HTTP answers (Graph's JSON) as they come.
    files: ['test/**/*.ts'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', fetch: 'readonly', Buffer: 'readonly' },
    },
  },
);
