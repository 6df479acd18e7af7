// What the backend needs from the desktop around it: file dialogs, a hidden window that turns
// print HTML into PDF or sends it to the system print dialog, and a restart. The Electron
// shell implements it (shell/host.ts); tests pass their own, with Chromium for the PDFs.

import type { PaperSize } from '../../shared/print.ts'

/**
 * The large pieces a print document names by token (its pictures' data: URLs, in parts), kept
 * apart from its HTML so they are never joined into one string here (print/inline-pieces.ts).
 */
export type InlineParts = ReadonlyMap<string, readonly string[]>

export interface FileFilter {
  name: string
  /** Without the dot: 'pdf', 'md'. */
  extensions: string[]
}

export interface Host {
  /** A save dialog; the chosen path, or null if cancelled. */
  chooseSaveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  /** An open dialog for one file; the chosen path, or null if cancelled. */
  chooseOpenFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  /** A dialog for a folder (created if the user asks); the chosen path, or null if cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>
  /**
   * The PDF of a print document, rendered in a hidden window with JavaScript off and a strict
   * CSP, with the document outline (its headings) embedded so page numbers can be found.
   */
  renderPdf(html: string, paperSize: PaperSize, inline?: InlineParts): Promise<Buffer>
  /**
   * The system print dialog for a print document; false if it was cancelled. When `signal` aborts
   * (what it prints from has locked), the dialog and its document go at once: a locked app leaves
   * no decrypted book behind for a "Save as PDF" in the dialog.
   */
  print(html: string, paperSize: PaperSize, signal?: AbortSignal, inline?: InlineParts): Promise<boolean>
  /** Starts the app again (after a restore). */
  restart(): void
}
