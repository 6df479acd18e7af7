// ESLint flat config. Beyond the recommended rules it keeps the layers of docs/architecture.md:
// only the shell may import Electron; in the main process crypto/ and storage/ import only
// shared/ and themselves, a feature imports another feature only through its index.ts, and
// only a feature's handlers.ts (and app/) sees the host and builds repositories; shared/ and the
// renderer never reach Node or the main process, and a renderer feature reaches another only through
// its index.ts. test/unit/lint/ holds a bad sample of each rule.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const noElectron = { name: 'electron', message: 'Only src/main/shell/ and src/main/index.ts may import electron.' }
const noUi = { group: ['react', 'react-dom', 'react/*', '@tiptap/*'], message: 'The main process and shared code stay free of UI libraries.' }
// Node's modules by either name ('node:fs' or 'fs'), and the native addons.
const noNode = {
  group: ['node:*', ...builtinModules, 'better-sqlite3', 'argon2'],
  message: 'Shared and renderer code runs in the sandbox: no Node modules.'
}
const noMain = { group: ['**/main/**'], message: 'The renderer talks to the main process only through the contract.' }

/**
 * Going up from a file `depth` folders below src/main/ to anything but src/shared/ and `allowed`
 * (regex fragments for paths under src/main/: 'crypto/' a folder, '[a-z-]+/index\\.ts$' a face).
 */
const onlyUpTo = (depth, allowed, message) => {
  const up = '\\.\\./'.repeat(depth)
  return { regex: `^${up}(?!${['\\.\\./shared/', ...allowed].join('|')})`, message }
}
const featureRule = (extra, message) => onlyUpTo(1, ['crypto/', 'storage/', '[a-z-]+/index\\.ts$', ...extra], message)
const notFromFile = 'A feature imports another feature only through its index.ts, and crypto/ or storage/ directly.'
const noBuilding = {
  regex: '^\\.\\./storage/.*(-repository|journal-store)\\.ts$',
  importNamePattern: '^create',
  message: "Only a feature's handlers.ts (and app/) builds repositories; domain files are handed them."
}
const restrict = (...patterns) => ['error', { paths: [noElectron], patterns }]
/** From a renderer feature's file `depth` folders below features/: up to a sibling feature, only its index.ts. */
const toOtherFeature = (depth) => ({
  regex: `^${'\\.\\./'.repeat(depth)}(?!\\.\\./|[a-z-]+/index\\.ts$)`,
  message: 'A renderer feature imports another feature only through its index.ts; shared pieces go in ui/ or rich-text/.'
})

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': restrict()
    }
  },
  // The main process: each file falls in one of these blocks (a later block replaces the rule).
  {
    files: ['src/main/**'],
    rules: { 'no-restricted-imports': restrict(noUi) }
  },
  {
    files: ['src/main/*/*.ts'],
    ignores: ['src/main/{app,shell,crypto,storage}/**', 'src/main/*/handlers.ts'],
    rules: {
      'no-restricted-imports': restrict(noUi, noBuilding, featureRule([], `${notFromFile} Only handlers.ts reaches app/ (the host, the gate).`))
    }
  },
  {
    files: ['src/main/*/handlers.ts'],
    rules: { 'no-restricted-imports': restrict(noUi, featureRule(['app/'], notFromFile)) }
  },
  {
    files: ['src/main/crypto/**', 'src/main/storage/*.ts'],
    rules: { 'no-restricted-imports': restrict(noUi, onlyUpTo(1, [], 'crypto/ and storage/ import only src/shared/ and themselves.')) }
  },
  {
    files: ['src/main/storage/migrations/**'],
    rules: { 'no-restricted-imports': restrict(noUi, onlyUpTo(2, [], 'crypto/ and storage/ import only src/shared/ and themselves.')) }
  },
  {
    files: ['src/main/shell/**', 'src/main/index.ts', 'src/preload/**', 'test/unit/main/shell/**', 'test/unit/preload/**', 'test/support/electron-double.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['src/shared/**'],
    rules: { 'no-restricted-imports': restrict(noUi, noNode, noMain) }
  },
  {
    files: ['src/renderer/**'],
    rules: { 'no-restricted-imports': restrict(noNode, noMain) }
  },
  // A renderer feature uses ui/, rich-text/, shared/ and itself, and another feature only through its index.ts.
  ...[1, 2].map((depth) => ({
    files: [`src/renderer/src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': restrict(noNode, noMain, toOtherFeature(depth)) }
  }))
)
