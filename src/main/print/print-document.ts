// The print document: a title page, a table of contents, then a chapter per theme with its
// reflections. Every piece of user text is escaped (HTML) or hex-escaped (CSS strings); the only
// style is one inline <style> block allowed by its hash, its fonts inline in it (font-faces.ts),
// pictures inline as data: URLs (picture-html.ts), and nothing is loaded or run.

import { setImmediate as nextTurn } from 'node:timers/promises'
import { localDate } from '../../shared/dates.ts'
import { isThemeId } from '../../shared/themes.ts'
import type { PrintOptions } from '../../shared/print.ts'
import type { PrintBook, PrintChapter, PrintCover } from './print-book.ts'
import { isMonthChapter } from './by-month.ts'
import { MARGIN_MM, printCss, type CssChapter } from './print-css.ts'
import { printFrame, type PictureContext } from './picture-html.ts'
import { dateRange, longDate, plainDate } from './print-dates.ts'
import { escapeHtml } from './html-escape.ts'
import { entryHtml, headingText } from './entry-html.ts'
import { isolatedHtml } from './direction-html.ts'
import { bookFontCss, styleHash } from './font-faces.ts'

/** Work done between yields to the event loop: reflections, contents lines, characters of output. */
const ENTRIES_PER_SLICE = 25
const CONTENTS_LINES_PER_SLICE = 200
const CHARS_PER_SLICE = 400_000

const EMPTY_CHAPTER = 'Nothing in this chapter for what you chose to print.'
/** Between two entries, kept with the one before it (print-css.ts): an ornament, not text to read. */
const SEPARATOR = '<p class="entry-sep" aria-hidden="true">•\u2003•\u2003•</p>'

interface PlacedChapter {
  chapter: PrintChapter
  /** Our class, page name and id stem: ch1, ch2, … */
  key: string
  title: string
}

/** The chapters the options print, each with its key and the title its heading shows. */
function placedChapters(book: PrintBook, options: PrintOptions): PlacedChapter[] {
  return book.chapters
    .filter((chapter) => options.includeEmptyThemes || chapter.entries.length > 0)
    .map((chapter, i) => ({ chapter, key: `ch${i + 1}`, title: headingText(chapter.title) }))
}

const entryKey = (chapterKey: string, index: number) => `${chapterKey}-${index + 1}`

/** A line of the contents: `anchor` is the chapter's or entry's id (pageOf's key), `key` the id of
 *  its heading in the document, which the contents line links to, and `depth` 1 for a chapter
 *  (an <h1>), 2 for an entry (an <h2>). */
export interface ContentsTarget {
  anchor: string
  key: string
  depth: 1 | 2
}

/** The contents' targets in document order: exactly the document's <h1> and <h2> headings (body
 *  headings print as h3/h4). */
export function outlineTargets(book: PrintBook, options: PrintOptions): ContentsTarget[] {
  const targets: ContentsTarget[] = []
  for (const { chapter, key } of placedChapters(book, options)) {
    targets.push({ anchor: chapter.id, key, depth: 1 })
    for (const [i, entry] of chapter.entries.entries()) targets.push({ anchor: entry.id, key: entryKey(key, i), depth: 2 })
  }
  return targets
}

/** The whole print document. `pageOf` maps anchors (chapter ids, entry ids) to page numbers for the
 *  table of contents; absent on the first pass. The layout must be IDENTICAL with and without it
 *  (the numbers sit in fixed-width boxes), so pages found on pass 1 hold on pass 2.
 *  Yields to the event loop (setImmediate) every ~25 entries so no slice blocks for long. */
export async function buildPrintHtml(book: PrintBook, options: PrintOptions, pageOf?: ReadonlyMap<string, number>): Promise<string> {
  const chapters = placedChapters(book, options)
  const fonts = await bookFontCss(book)
  const parts: string[] = []
  if (options.titlePage) parts.push(titlePage(book))
  if (options.tableOfContents) parts.push(await tableOfContents(chapters, pageOf))
  await nextTurn()

  const pictures: PictureContext | undefined = book.pictures
    ? { pictures: book.pictures, frame: printFrame(options.paperSize, MARGIN_MM[options.margins]) }
    : undefined
  let entriesInSlice = 0
  let charsInSlice = 0
  for (const placed of chapters) {
    parts.push(chapterOpening(placed))
    const { entries } = placed.chapter
    for (const [i, entry] of entries.entries()) {
      if (i > 0) parts.push(SEPARATOR)
      const html = entryHtml(entry, entryKey(placed.key, i), pictures)
      parts.push(html)
      charsInSlice += html.length
      if (++entriesInSlice >= ENTRIES_PER_SLICE || charsInSlice >= CHARS_PER_SLICE) {
        await nextTurn()
        entriesInSlice = 0
        charsInSlice = 0
      }
    }
    parts.push('</section>')
  }
  // The last entry's slice, and the join below of a document that may be megabytes, in turns of their own.
  await nextTurn()

  const cssChapters: CssChapter[] = chapters.map(({ key, title, chapter }) => ({ key, title, colour: chapter.colour }))
  const css = printCss(options, book.journalName, cssChapters, book.scopeLabel)
  const hash = styleHash(fonts, css)
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'`
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>${escapeHtml(headingText(book.documentTitle ?? book.journalName))}</title>`,
    `<style>${fonts.css}${css}</style>`,
    '</head>',
    '<body>',
    ...parts,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/** The cover scopes.ts made, or for a book without one its journal, scope and dates. */
function coverOf(book: PrintBook): PrintCover {
  if (book.cover) return book.cover
  const range = book.from !== null && book.to !== null ? dateRange(book.from, book.to) : ''
  // A date range scope is already named by its dates.
  return { name: book.journalName, what: book.scopeLabel, span: range === book.scopeLabel.trim() ? '' : range }
}

function titlePage(book: PrintBook): string {
  const { name, what, span } = coverOf(book)
  const lines = ['<section class="title-page">', '<div class="title-page__rule"></div>', `<p class="title-page__name">${escapeHtml(name)}</p>`]
  if (what.trim() !== '') lines.push(`<p class="title-page__scope">${escapeHtml(what)}</p>`)
  if (span !== '') lines.push(`<p class="title-page__dates">${escapeHtml(span)}</p>`)
  lines.push(`<p class="title-page__printed">Printed on ${escapeHtml(longDate(localDate()))}</p>`, '</section>')
  return lines.join('\n')
}

/** One line of the contents; the page number's box has the same size whether it is filled or not. */
function contentsRow(id: string, inner: string, page: number | undefined): string {
  const number = page === undefined ? '' : String(page)
  return `<a class="toc-row" href="#${id}"><span class="toc-text">${inner}</span><span class="toc-leader"></span><span class="toc-page">${number}</span></a>`
}

async function tableOfContents(chapters: PlacedChapter[], pageOf: ReadonlyMap<string, number> | undefined): Promise<string> {
  const lines = ['<nav class="toc" aria-labelledby="toc-title">', '<p class="toc-title" id="toc-title">Contents</p>', '<ol>']
  for (const { chapter, key, title } of chapters) {
    lines.push(`<li class="toc-chapter ${key}">`, contentsRow(key, escapeHtml(title), pageOf?.get(chapter.id)))
    if (chapter.entries.length > 0) {
      lines.push('<ol class="toc-entries">')
      for (const [i, entry] of chapter.entries.entries()) {
        // A title right to left sits in <bdi>, so it keeps to itself and the date stays after it.
        const inner = `${isolatedHtml(headingText(entry.title))} <span class="toc-date">${escapeHtml(plainDate(entry.date))}</span>`
        lines.push(`<li>${contentsRow(entryKey(key, i), inner, pageOf?.get(entry.id))}</li>`)
        if (lines.length % CONTENTS_LINES_PER_SLICE === 0) await nextTurn()
      }
      lines.push('</ol>')
    }
    lines.push('</li>')
  }
  lines.push('</ol>', '</nav>')
  return lines.join('\n')
}

/** "3 reflections" in a theme; the vault's chapters hold secrets, notes, check-ins and lists alike, so "3 entries". */
function countText(chapterId: string, count: number): string {
  if (!isThemeId(chapterId) && !isMonthChapter(chapterId)) return count === 1 ? 'One entry' : `${count} entries`
  return count === 1 ? 'One reflection' : `${count} reflections`
}

function chapterOpening({ chapter, key, title }: PlacedChapter): string {
  const count = chapter.entries.length
  const lines = [
    `<section class="chapter ${key}">`,
    '<header class="chapter-head">',
    '<div class="chapter-head__rule"></div>',
    `<h1 id="${key}">${escapeHtml(title)}</h1>`,
    count > 0 ? `<p class="chapter-head__count">${countText(chapter.id, count)}</p>` : '',
    '</header>'
  ]
  if (count === 0) lines.push(`<p class="chapter-empty">${EMPTY_CHAPTER}</p>`)
  return lines.filter((line) => line !== '').join('\n')
}
