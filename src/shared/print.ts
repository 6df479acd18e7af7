// What can be printed, and how: shared by the print screen and the main process, which
// builds the print document. The contract (contract.ts) holds the matching schemas.

import type { ThemeId } from './themes.ts'

export const PAPER_SIZES = ['A4', 'Letter', 'A5'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

export const MARGINS = ['narrow', 'normal', 'wide'] as const
export type Margins = (typeof MARGINS)[number]

/** How a scope that spans the themes (two days, chosen reflections) is told: oldest first in a chapter a month, or a chapter a theme. */
export const ARRANGEMENTS = ['byDate', 'byTheme'] as const
export type Arrangement = (typeof ARRANGEMENTS)[number]

export interface PrintOptions {
  /** A first page with the journal's name and the date range. */
  titlePage: boolean
  /** A table of contents with page numbers. */
  tableOfContents: boolean
  /** Chapter headings in each theme's colour; false prints them in greys. */
  themeColours: boolean
  /** Page numbers at the foot and the journal's name and chapter at the head of each page. */
  pageNumbers: boolean
  paperSize: PaperSize
  margins: Margins
  /** Chapters for themes with nothing in range (a short line says so); by theme only. */
  includeEmptyThemes: boolean
  /** Two days or chosen reflections: in date order (a chapter a month, each reflection with its theme) or by theme. */
  arrangement: Arrangement
  /** Each chapter starts a page of its own; otherwise a chapter follows on after the last, so short ones leave no page mostly blank. */
  chaptersOnNewPages: boolean
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = {
  titlePage: true,
  tableOfContents: true,
  themeColours: true,
  pageNumbers: true,
  paperSize: 'A4',
  margins: 'normal',
  includeEmptyThemes: false,
  arrangement: 'byDate',
  chaptersOnNewPages: false
}

/** What to print. The vault prints only while it is open together, and only when asked in so many words. */
export type PrintScope =
  | { kind: 'reflection'; id: string }
  | { kind: 'theme'; themeId: ThemeId }
  | { kind: 'dateRange'; from: string; to: string }
  | { kind: 'chosen'; ids: string[] }
  | { kind: 'vault'; confirmed: true }

/** What a scope holds, for the print screen to show before printing. */
export interface PrintSummary {
  items: number
  chapters: number
  /** How many months it spans: its chapters when it is printed in date order. */
  months: number
  /** First and last date in the scope; null when it is empty. */
  from: string | null
  to: string | null
}

/** A file the user chose in a save dialog; `saved` is false when they cancelled. */
export interface SavedFile {
  saved: boolean
  /** The file's name without its folder (for "Saved as …"). */
  fileName?: string
}

/** A backup file chosen for a restore, as its header describes it. */
export interface ChosenBackup {
  /** Without its folder. */
  fileName: string
  /** ISO time it was made. */
  madeAt: string
}

export interface BackupStatus {
  /** ISO time of the newest automatic backup in the data folder, or null. */
  lastAutomaticAt: string | null
  /** How many automatic backups are kept there (at most 7). */
  automaticCount: number
}

export const EXPORT_FORMATS = ['markdown', 'html'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
