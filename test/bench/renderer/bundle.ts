// What the lock screen must download before it can show: index.html's entry script, its
// statically imported chunks (modulepreload) and stylesheets — gzip-compressed, as a
// measure of parse/transfer weight. Lazy chunks (the editor) are counted apart.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleFigures {
  initialJsGzip: number
  initialCssGzip: number
  lazyJsGzip: number
  lazyChunks: number
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

export function measureBundle(rendererDir: string): BundleFigures {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const referenced = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!)
  const initialJs = referenced.filter((f) => f.endsWith('.js'))
  const initialCss = referenced.filter((f) => f.endsWith('.css'))
  const allJs = readdirSync(join(rendererDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
  const lazy = allJs.filter((f) => !initialJs.includes(f))
  const sum = (files: string[]) => files.reduce((total, f) => total + gz(join(rendererDir, f)), 0)
  return { initialJsGzip: sum(initialJs), initialCssGzip: sum(initialCss), lazyJsGzip: sum(lazy), lazyChunks: lazy.length }
}
