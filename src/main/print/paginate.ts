// Page numbers for the table of contents. A print document cannot know on which page its
// headings will land, so it is laid out twice: pass 1 is rendered to PDF, whose outline (one
// bookmark per <h1>/<h2>, embedded by the renderer) says where each heading fell; pass 2 is the
// same layout with those numbers filled in. Without a table of contents one pass is enough.
// The PDF and HTML are the journal in plaintext: they stay in memory, never in a file.

import type { PaperSize, PrintOptions } from '../../shared/print.ts'
import type { PrintBook } from './print-book.ts'
import { startOutlineReader, type OutlineHeading } from './outline-reader.ts'
import { buildPrintHtml, outlineTargets } from './print-document.ts'

/** What lays a document out: the host's hidden window (Host.renderPdf), handed in by the handlers. */
export interface Renderer {
  renderPdf(html: string, paperSize: PaperSize): Promise<Buffer>
}

/** The final print document: with page numbers in its table of contents when it has one. */
export async function printHtml(book: PrintBook, options: PrintOptions, host: Renderer): Promise<string> {
  return (await paged(book, options, host)).html
}

/** The final document as PDF. */
export async function printPdf(book: PrintBook, options: PrintOptions, host: Renderer): Promise<Buffer> {
  const { html, pdf } = await paged(book, options, host)
  return pdf ?? host.renderPdf(html, options.paperSize)
}

/** `pdf` is the final document's own PDF when no second pass was needed. */
async function paged(book: PrintBook, options: PrintOptions, host: Renderer): Promise<{ html: string; pdf: Buffer | null }> {
  const first = await buildPrintHtml(book, options)
  if (!options.tableOfContents) return { html: first, pdf: null }
  // The reader loads in its worker while the first pass renders.
  const reader = startOutlineReader()
  try {
    const pages = await reader.read(await host.renderPdf(first, options.paperSize))
    return { html: await buildPrintHtml(book, options, matchTargets(outlineTargets(book, options), pages)), pdf: null }
  } finally {
    await reader.close()
  }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Each target's page: the outline's headings are walked in document order and each target
 * takes the next heading with its text. A target with no such heading gets no number (the
 * contents line still prints), rather than a wrong one. Only chapters and entries (depth 1–2)
 * count: a heading inside a reflection's body (h3/h4, deeper) with the same words as a later
 * title must not lend it its page.
 */
export function matchTargets(targets: ReadonlyArray<{ anchor: string; text: string }>, outline: readonly OutlineHeading[]): Map<string, number> {
  const headings = outline.filter((h) => h.depth <= 2)
  const titles = headings.map((h) => collapse(h.title))
  const pageOf = new Map<string, number>()
  let next = 0
  for (const target of targets) {
    const text = collapse(target.text)
    let found = next
    while (found < titles.length && titles[found] !== text) found++
    if (found === titles.length) continue
    pageOf.set(target.anchor, headings[found]!.page)
    next = found + 1
  }
  return pageOf
}
