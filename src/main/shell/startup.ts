// Decisions made before the window exists: which renderer URL to trust in development, and
// what to tell the person when the journal file cannot be opened.

import { app, dialog } from 'electron'
import { toAppError } from '../app/errors.ts'

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The dev server URL from electron-vite (ELECTRON_RENDERER_URL), or undefined. A packaged app
 * ignores it: otherwise an environment variable could point our preload at any web page.
 */
export function devServerUrl(isPackaged: boolean, value: string | undefined): string | undefined {
  if (isPackaged || !value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' && LOOPBACK.has(url.hostname) ? url.href : undefined
  } catch {
    return undefined
  }
}

/**
 * The backend could not start. Tell the person why and quit, touching nothing: a corrupt
 * database or one from a newer version must never be "repaired" by overwriting it.
 */
export function reportStartupFailure(error: unknown): void {
  const appError = toAppError(error)
  const title = appError.code === 'DATABASE_NEWER' ? 'Sevenfold needs updating' : 'Sevenfold cannot open your journal'
  dialog.showErrorBox(title, appError.message)
  app.quit()
}
