// Vitest global setup: makes resources/fonts/ (scripts/book-fonts.ts) before any test prints, as
// `electron-vite build` does before the app runs. Quick when the folder is already made.

import { ensureBookFonts } from '../../scripts/book-fonts.ts'

export default async function setup(): Promise<void> {
  await ensureBookFonts()
}
