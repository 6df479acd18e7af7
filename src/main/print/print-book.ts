// What a print document holds: the journal's (or the vault's) reflections in chapters, already
// chosen and ordered for the scope. Built by scopes.ts, turned into HTML by print-document.ts.

import type { RichTextNode } from '../../shared/rich-text.ts'
import type { InlinePictures } from '../pictures/index.ts'
import type { ThemeId } from '../../shared/themes.ts'

export interface PrintEntry {
  id: string
  title: string
  /** YYYY-MM-DD */
  date: string
  body: RichTextNode
  /** Its theme, named beside its date where the chapter does not name it (a chapter a month). */
  themeId?: ThemeId
  /** Who wrote it (secrets in the vault only). */
  author?: string
  /** The prompt a reflection was started from, printed above its body. */
  prompt?: string
  /** A thank-you note in the vault, printed as a small card "For Ben, from Ana". */
  card?: { forName: string }
  /** A practice with fields of its own (a check-in's three lines), printed as a small table instead of its body. */
  table?: Array<{ label: string; value: string }>
  /** A list of short lines instead of a body (time together in the vault): each with its day or a note, if any. */
  list?: Array<{ when?: string; text: string; note?: string }>
}

export interface PrintChapter {
  /** The theme's id, or 'vault'. */
  id: string
  title: string
  /** #rrggbb */
  colour: string
  entries: PrintEntry[]
}

export interface PrintBook {
  /** "Ana's journal", "Our vault" */
  journalName: string
  /** "Trust", "3 March – 20 May 2026", "Chosen reflections", "One reflection" */
  scopeLabel: string
  /** YYYY-MM-DD, or null when the scope is empty. */
  from: string | null
  to: string | null
  /** What the document's title (and its PDF's) says was printed: "Ana — Trust each other", "Our
   *  secrets". The journal's name when absent. */
  documentTitle?: string
  /** Who wrote it, for the PDF's metadata: the journal's owner, or both partners for the vault. */
  author?: string
  /** Empty chapters are present only if the options want them. */
  chapters: PrintChapter[]
  /** The title page's words; without them it names the journal, the scope and its dates. */
  cover?: PrintCover
  /** The pictures its bodies show, by id (read by the handlers); a picture not here prints as missing. */
  pictures?: InlinePictures
}

/** What the title page says was printed, under the day it was printed. */
export interface PrintCover {
  /** Its largest line: "Ana's journal", "Our secrets". */
  name: string
  /** What was printed: "Trust each other", "1–30 November 2026", "Chosen reflections", a reflection's title, or the vault's "Ana and Ben". */
  what: string
  /** How much, and the days it spans: "12 reflections, 3 March – 20 May 2026". */
  span: string
}
