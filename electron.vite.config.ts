import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { build, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { ensureBookFonts } from './scripts/book-fonts.ts'

// The production CSP lives in index.html. The dev server needs inline scripts and
// websockets for hot reload, so only `electron-vite dev` gets a looser policy.
const devCsp: Plugin = {
  name: 'sevenfold-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(
      /(http-equiv="Content-Security-Policy"\s+content=")[^"]*"/,
      `$1default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws:; img-src 'self' data: blob:"`
    )
}

// The PDF outline worker is bundled on its own, pdfjs-dist inside, as CommonJS (one build has one
// output format, and the main bundle's is ES modules): out/main/outline-worker.cjs, after the main
// bundle, with its target. Why CommonJS: src/main/print/outline-worker.ts.
const OUTLINE_WORKER = resolve('src/main/print/outline-worker.ts')
function outlineWorker(): Plugin {
  let target: unknown = 'node22'
  return {
    name: 'sevenfold-outline-worker',
    apply: 'build',
    configResolved: (config) => void (target = config.build.target),
    buildStart() {
      this.addWatchFile(OUTLINE_WORKER)
    },
    writeBundle: async ({ dir }) => {
      await build({
        configFile: false,
        logLevel: 'warn',
        ssr: { noExternal: true },
        build: {
          ssr: OUTLINE_WORKER,
          outDir: dir,
          emptyOutDir: false,
          target: target as string,
          minify: false,
          reportCompressedSize: false,
          rolldownOptions: { output: { format: 'cjs', entryFileNames: 'outline-worker.cjs', codeSplitting: false } }
        }
      })
    }
  }
}

// The printed book's fonts (resources/fonts/, generated, not committed): made before the main
// process is built, so every build, `npm run dev` and `npm run dist` have them.
const bookFonts = (): Plugin => ({ name: 'sevenfold-book-fonts', buildStart: async () => void (await ensureBookFonts()) })

export default defineConfig({
  main: {
    plugins: [bookFonts(), outlineWorker()],
    build: { externalizeDeps: true }
  },
  preload: {
    // Sandboxed preloads cannot be ES modules.
    build: {
      externalizeDeps: true,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), devCsp],
    build: { minify: true }
  }
})
