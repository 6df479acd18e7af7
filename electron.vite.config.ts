import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

// The production CSP lives in index.html. The dev server needs inline scripts and
// websockets for hot reload, so only `electron-vite dev` gets a looser policy.
const devCsp: Plugin = {
  name: 'sevenfold-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(
      /(http-equiv="Content-Security-Policy"\s+content=")[^"]*"/,
      `$1default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws:; img-src 'self' data:"`
    )
}

export default defineConfig({
  main: {
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
