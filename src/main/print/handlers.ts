// The `print` group: a scope of the open journal (or the open vault) built into a print
// document (print-document.ts), paged in the host's hidden window, then printed or saved as PDF.
// The document and its PDF are plaintext: they live in memory only, and the one file ever
// written is the PDF the person asked for, readable by them alone.

import { basename } from 'node:path'
import type { Backend } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { PrintOptions, PrintScope } from '../../shared/print.ts'
import { inlineParts, inlinePictures, type PictureReader } from '../pictures/index.ts'
import { inlineTokens } from './inline-pieces.ts'
import type { PrintBook } from './print-book.ts'
import { printHtml, printPdf } from './paginate.ts'
import { withInfo } from './pdf-info.ts'
import { printBook, printSummary, requirePrintable, type PrintSources } from './scopes.ts'
import type { Host } from '../app/host.ts'
import type { Reading } from '../app/rekey-gate.ts'
import { requireHost } from '../app/host-required.ts'
import { safeName } from '../../shared/file-names.ts'
import { withoutIsolates } from '../../shared/text-direction.ts'
import { diskFullAs, isUnwritablePlace, writePrivateFile } from '../storage/private-files.ts'

export interface PrintDeps extends PrintSources {
  host: Host | undefined
  /** Reading the book is a reading: a re-key waits for it (rekey-gate.ts). */
  reading: Reading
  /** The open journal's pictures, which its bodies show (a book of the vault prints none). */
  pictures?: () => PictureReader | null
}

/** The book of `scope`, with the pictures its bodies show read from the open journal. */
async function bookOf(scope: PrintScope, options: PrintOptions, deps: PrintDeps): Promise<PrintBook> {
  const book = await printBook(scope, options, deps)
  if (scope.kind === 'vault') return book
  const bodies = book.chapters.flatMap((chapter) => chapter.entries.map((entry) => entry.body))
  return { ...book, pictures: await inlinePictures(bodies, deps.pictures?.() ?? null, inlineTokens(), deps.journal()?.journal.signal) }
}

function pdfName(book: Pick<PrintBook, 'journalName' | 'scopeLabel'>): string {
  // A name's isolates (FSI…PDI, scopes.ts) lay out a page; a file name is better without them.
  return `${safeName(withoutIsolates(`${book.journalName} – ${book.scopeLabel}`), 'Sevenfold')}.pdf`
}

/** Written beside the chosen name and renamed onto it, readable by its owner only, so a failure leaves no half PDF. */
async function writePdf(where: string, pdf: Uint8Array): Promise<void> {
  try {
    await writePrivateFile(where, pdf)
  } catch (error) {
    if (isUnwritablePlace(error)) throw new AppError('INTERNAL', 'Sevenfold could not write the PDF there. Choose another folder and save again.')
    throw diskFullAs(error, 'The disk is full, so the PDF was not saved. Free some space and save again.')
  }
}

export function createPrintBackend(deps: PrintDeps): Backend['print'] {
  // The opening the scope is read from; if it closes (a lock) while the PDF is made, nothing is written.
  const signalOf = (scope: PrintScope): AbortSignal | undefined => (scope.kind === 'vault' ? deps.vault()?.signal : deps.journal()?.journal.signal)
  const requireStillOpen = (scope: PrintScope, signal: AbortSignal | undefined) => {
    if (signal && !signal.aborted) return
    throw scope.kind === 'vault'
      ? new AppError('LOCKED', 'The vault locked while the PDF was being made, so it was not saved. Open it together and save again.')
      : new AppError('LOCKED', 'Your journal locked while the PDF was being made, so it was not saved. Unlock it and save again.')
  }

  return {
    summary: async ({ scope }) => printSummary(scope, deps),

    print: async ({ scope, options }) => {
      const host = requireHost(deps.host)
      const signal = signalOf(scope)
      const book = await deps.reading(() => bookOf(scope, options, deps))
      const html = await printHtml(book, options, host)
      requireStillOpen(scope, signal)
      // A lock while the dialog is open closes it with its document (app/host.ts).
      return { printed: await host.print(html, options.paperSize, signal, inlineParts(book.pictures)) }
    },

    savePdf: async ({ scope, options }) => {
      const host = requireHost(deps.host)
      // Everything that could refuse is said before the dialog; the bodies are read only after it.
      const names = requirePrintable(scope, deps)
      const signal = signalOf(scope)
      const where = await host.chooseSaveFile({ title: 'Save as PDF', defaultName: pdfName(names), filters: [{ name: 'PDF document', extensions: ['pdf'] }] })
      if (where === null) return { saved: false }
      requireStillOpen(scope, signal)
      const book = await deps.reading(() => bookOf(scope, options, deps))
      const pdf = withInfo(await printPdf(book, options, host), {
        title: book.documentTitle ?? book.journalName,
        author: book.author ?? '',
        created: new Date()
      })
      requireStillOpen(scope, signal)
      await writePdf(where, pdf)
      return { saved: true, fileName: basename(where) }
    }
  }
}
