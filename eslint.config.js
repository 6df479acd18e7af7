// ESLint flat config. Beyond the recommended rules it keeps the layers honest:
// only the shell may import Electron, and everything else in main (and shared) may not
// reach for React, the DOM or Electron.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const electronOnlyInShell = {
  paths: [{ name: 'electron', message: 'Only src/main/shell/ and src/main/index.ts may import electron.' }]
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', electronOnlyInShell]
    }
  },
  {
    files: ['src/main/shell/**', 'src/main/index.ts', 'src/preload/**', 'test/unit/main/shell/**', 'test/unit/preload/**', 'test/support/electron-double.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['src/main/**', 'src/shared/**'],
    ignores: ['src/main/shell/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          patterns: [{ group: ['react', 'react-dom', 'react/*', '@tiptap/*'], message: 'The main-process core and shared code stay free of UI libraries.' }]
        }
      ]
    }
  },
  {
    files: ['src/shared/**', 'src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          patterns: [
            { group: ['node:*', 'better-sqlite3', 'argon2'], message: 'Shared and renderer code runs in the sandbox: no Node modules.' },
            { group: ['**/main/**'], message: 'The renderer talks to the main process only through the contract.' }
          ]
        }
      ]
    }
  }
)
