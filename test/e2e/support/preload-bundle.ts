// Bundles ./test-preload.ts into one IIFE string for page.addInitScript, with Vite's own
// build API (no files written), so the page runs the preload exactly as the app ships it.

import { fileURLToPath } from 'node:url'
import { build, type Rolldown } from 'vite'

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

export async function bundleTestPreload(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: here('../../..'),
    resolve: { alias: { electron: here('./electron-page-double.ts') } },
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: { entry: here('./test-preload.ts'), formats: ['iife'], name: 'sevenfoldTestPreload' }
    }
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
  const chunk = outputs.flatMap((o) => o.output).find((item) => item.type === 'chunk')
  if (!chunk || chunk.type !== 'chunk') throw new Error('Bundling the test preload produced no script.')
  return chunk.code
}
