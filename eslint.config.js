// One linter config for the whole repo; the import rules make the folder boundaries of DESIGN §1 hard.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      '.cache',
      'test-results',
      'playwright-report',
      'tests/fixtures',
      '.stryker-tmp',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Sources import each other as `./x.js` (NodeNext); the resolver maps that to the .ts/.tsx file.
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: {
      // A module that (through others) imports itself loads half-initialised; type-only imports
      // are erased and do not count.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['electron/**'],
    rules: {
      // Shells and the api layer call services, which own transactions and the write path; only
      // the core below them touches SQL.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: [
                './electron/core/api',
                './electron/cli',
                './electron/host',
                './electron/main',
                './electron/preload',
              ],
              from: './electron/core/repositories',
              message: 'The api layer and the shells call services, never repositories.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: restrict([
      {
        group: [
          'electron',
          'node:*',
          'better-sqlite3',
          'react',
          'react-*',
          'cytoscape',
          'cytoscape-*',
          'antd',
        ],
        message: 'shared/ stays pure (DESIGN §1).',
      },
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ imports nothing from the shells.',
      },
    ]),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        {
          group: ['electron', 'node:*', 'better-sqlite3'],
          message: 'The renderer never touches Node or Electron.',
        },
        { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
      ]),
    },
  },
  {
    files: ['electron/**'],
    rules: restrict([
      {
        group: ['**/renderer/**', 'react', 'react-*', 'antd', 'cytoscape'],
        message: 'electron/ does not import the renderer.',
      },
    ]),
  },
  {
    files: ['electron/core/**', 'electron/host/**', 'electron/cli/**'],
    rules: restrict([
      { group: ['electron'], message: 'The core and the non-desktop shells run without Electron.' },
      {
        group: ['**/renderer/**', 'react', 'react-*'],
        message: 'electron/ does not import the renderer.',
      },
    ]),
  },
);
