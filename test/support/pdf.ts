// Reading a PDF back in tests, as a reader would see it: its pages' text, its outline, and
// pictures of its pages (pdfjs-dist draws on @napi-rs/canvas) for a person to look at.

import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { createCanvas } from '@napi-rs/canvas'
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { outlinePages, type OutlineHeading } from '../../src/main/print/outline-reader.ts'

export interface ReadPdf {
  pageCount: number
  /** Each page's text, its lines joined by "\n" and runs of spaces collapsed. */
  pages: string[]
  outline: OutlineHeading[]
  /** Draws page `n` (1-based) to a PNG file. */
  renderPng(n: number, file: string, scale?: number): Promise<void>
  close(): Promise<void>
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS })
  const doc = await task.promise
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const content = await page.getTextContent()
    let text = ''
    for (const item of content.items) {
      if (!('str' in item)) continue
      text += item.str + (item.hasEOL ? '\n' : '')
    }
    pages.push(
      text
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .trim()
    )
  }
  return {
    pageCount: doc.numPages,
    pages,
    outline: await outlinePages(bytes),
    async renderPng(n, file, scale = 1.5) {
      const page = await doc.getPage(n)
      const viewport = page.getViewport({ scale })
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
      await page.render({ canvas: canvas as never, viewport, background: '#ffffff' }).promise
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, await canvas.encode('png'))
    },
    close: () => task.destroy()
  }
}
