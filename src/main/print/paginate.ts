// Page numbers for the table of contents. A print document cannot know on which page its
// headings will land, so it is laid out twice: pass 1 is rendered to PDF, whose named
// destinations (one per heading the contents links to, written by the renderer) say where each
// heading fell; pass 2 is the same layout with those numbers filled in. Without a table of
// contents one pass is enough.
// The PDF and HTML are the journal in plaintext: they stay in memory, never in a file.

import type { PaperSize, PrintOptions } from '../../shared/print.ts'
import type { PrintBook } from './print-book.ts'
import { startOutlineReader, type OutlineHeading, type PdfPlaces } from './outline-reader.ts'
import { buildPrintHtml, outlineTargets, type ContentsTarget } from './print-document.ts'
import type { InlineParts } from './inline-pieces.ts'
import { inlineParts } from '../pictures/index.ts'

/** What lays a document out: the host's hidden window (Host.renderPdf), handed in by the handlers. */
export interface Renderer {
  renderPdf(html: string, paperSize: PaperSize, inline?: InlineParts): Promise<Buffer>
}

/** The final print document: with page numbers in its table of contents when it has one. */
export async function printHtml(book: PrintBook, options: PrintOptions, host: Renderer): Promise<string> {
  return (await paged(book, options, host)).html
}

/** The final document as PDF. */
export async function printPdf(book: PrintBook, options: PrintOptions, host: Renderer): Promise<Buffer> {
  const { html, pdf } = await paged(book, options, host)
  return pdf ?? host.renderPdf(html, options.paperSize, inlineParts(book.pictures))
}

/** `pdf` is the final document's own PDF when no second pass was needed. */
async function paged(book: PrintBook, options: PrintOptions, host: Renderer): Promise<{ html: string; pdf: Buffer | null }> {
  const first = await buildPrintHtml(book, options)
  if (!options.tableOfContents) return { html: first, pdf: null }
  // The reader loads in its worker while the first pass renders.
  const reader = startOutlineReader()
  try {
    const places = await reader.read(await host.renderPdf(first, options.paperSize, inlineParts(book.pictures)))
    return { html: await buildPrintHtml(book, options, matchTargets(outlineTargets(book, options), places)), pdf: null }
  } finally {
    await reader.close()
  }
}

/**
 * Each target's page. The contents line links to its heading's id, and Chromium writes a named
 * destination of that id where the heading is: a key of our own, so nothing about how the
 * heading's words come out in the PDF (wrapped, right to left, invisible) can change it. A PDF
 * without them falls back to the outline: its depth-1/2 bookmarks are our <h1>/<h2> headings in
 * document order, trusted only when they are as many and of the same depths as the targets.
 * Pages only ever go forward in document order; any other answer numbers nothing, as does a
 * target with no destination: no number rather than a wrong one.
 */
export function matchTargets(targets: readonly ContentsTarget[], places: PdfPlaces): Map<string, number> {
  const found = targets.flatMap((target) => {
    const page = places.destinations.get(target.key)
    return page === undefined ? [] : [{ anchor: target.anchor, page }]
  })
  return new Map(inOrder(found.length > 0 ? found : byOrder(targets, places.outline)).map(({ anchor, page }) => [anchor, page]))
}

/** The outline's chapter and entry bookmarks, one for each target in turn; none unless they agree. */
function byOrder(targets: readonly ContentsTarget[], outline: readonly OutlineHeading[]): Array<{ anchor: string; page: number }> {
  const headings = outline.filter((h) => h.depth <= 2)
  if (headings.length !== targets.length || headings.some((h, i) => h.depth !== targets[i]!.depth)) return []
  return targets.map((target, i) => ({ anchor: target.anchor, page: headings[i]!.page }))
}

const inOrder = (pages: Array<{ anchor: string; page: number }>) => (pages.every((p, i) => i === 0 || p.page >= pages[i - 1]!.page) ? pages : [])
