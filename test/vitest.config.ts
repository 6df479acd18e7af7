import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Unit, integration and attack tests (test/attacks/: the other partner's attacks, played for
// real): plain Node (24, from the pinned devDependency), real SQLite files in temporary folders,
// real Argon2. Forks, because native addons and threads mix badly.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/attacks/**/*.test.ts'],
    pool: 'forks',
    // The book's fonts (resources/fonts/), made before any test prints.
    globalSetup: ['test/support/book-fonts-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
