import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Browser tests: the built renderer in Debian's Chromium, over a real backend in this
// process. One file at a time (each launches a browser); forks, for the native addons.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.test.ts'],
    pool: 'forks',
    // The book's fonts (resources/fonts/), made before any test prints.
    globalSetup: ['test/support/book-fonts-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll gives a page this long (vitest's own default is 1 s): on a loaded 2-CPU CI
    // machine a focus or a status after a save can take longer, and a poll that never comes
    // true still fails.
    expect: { poll: { timeout: 10_000 } }
  }
})
