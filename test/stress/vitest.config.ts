import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Stress runs (`npm run test:stress`): crashes, full disks, corruption, tampering and hostile
// input, sized by STRESS_SCALE. Real SQLite files, real crypto, child processes killed for real.
// One file at a time: several of them load the machine on purpose.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/stress/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['test/support/book-fonts-setup.ts', 'test/stress/summary.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000
  }
})
