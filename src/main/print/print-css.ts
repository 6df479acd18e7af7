// The print document's one style sheet: a calm small book. Set in the fonts that travel with the
// app (book-font-families.ts; their @font-face rules open the sheet), @page for paper, margins,
// page numbers and the running header (margin boxes and a named page per chapter, Chromium
// 131+), and page breaks that keep headings with text.

import type { Margins, PaperSize, PrintOptions } from '../../shared/print.ts'
import { BOOK_FONT_STACK } from './book-font-families.ts'
import { cssString } from './css-escape.ts'
import { chapterFlowCss, themeLabelCss, withNamedPages } from './chapter-flow-css.ts'
import { PICTURE_CSS } from './picture-html.ts'

// The book is set in Literata throughout, as the app writes in it (headings by weight and size),
// and in our fonts for the scripts Literata lacks; the system's serif fonts only after them.
const SERIF = `${BOOK_FONT_STACK}, "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Noto Serif", "Liberation Serif", "DejaVu Serif", serif`
const SANS = SERIF
// We carry no monospace font: code keeps the system's, with ours for what it cannot draw.
const MONO = `"SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", ${BOOK_FONT_STACK}, monospace`
// Fonts that have the ballot boxes ☐ ☑ on each system (none of ours draws ☐).
const SYMBOLS = '"DejaVu Sans", "Segoe UI Symbol", "Apple Symbols", "Noto Sans Symbols 2", "Noto Sans Symbols", sans-serif'

const PAGE: Record<PaperSize, { size: string; heightMm: number }> = {
  A4: { size: 'A4', heightMm: 297 },
  Letter: { size: 'letter', heightMm: 279.4 },
  A5: { size: 'A5', heightMm: 210 }
}
export const MARGIN_MM: Record<Margins, number> = { narrow: 12, normal: 20, wide: 28 }

const GREYS = { heading: '#3b3b3b', rule: '#9b9b9b' }
const HEX_COLOUR = /^#[0-9a-f]{6}$/i

export interface CssChapter {
  /** The chapter's class and page name (ch1, ch2, …): ours, never user text. */
  key: string
  title: string
  colour: string
}

/** `scopeLabel` heads the pages of chapters that follow on (a page may hold two of them). */
export function printCss(options: PrintOptions, journalName: string, chapters: CssChapter[], scopeLabel = ''): string {
  const page = PAGE[options.paperSize]
  const margin = MARGIN_MM[options.margins]
  // The title page fills the page area exactly, less a little so rounding never spills a page.
  const titleHeight = `${(page.heightMm - 2 * margin - 4).toFixed(1)}mm`
  const fontSize = options.paperSize === 'A5' ? '10pt' : '11pt'
  return [
    pageRules(options, margin, page.size, journalName, chapters, scopeLabel),
    chapterColours(options, chapters),
    bookCss(titleHeight, fontSize),
    chapterFlowCss(options),
    themeLabelCss(options),
    RICH_TEXT_CSS
  ].join('\n')
}

function pageRules(options: PrintOptions, margin: number, size: string, journalName: string, chapters: CssChapter[], scopeLabel: string): string {
  const rules = [`@page { size: ${size}; margin: ${margin}mm; }`]
  if (!options.pageNumbers) return rules.join('\n')
  const box = `font: 8.5pt/1.2 ${SANS}; color: #6b6b6b; font-variant-numeric: tabular-nums;`
  // A page name change forces a new page, so chapters that follow on share a header naming the scope.
  const flowing = !withNamedPages(options, chapters)
  const header = flowing && scopeLabel.trim() !== '' ? `${journalName} · ${scopeLabel}` : journalName
  rules.push(
    `@page { @bottom-center { content: counter(page); ${box} } @top-center { content: ${cssString(header)}; ${box} } }`,
    '@page title { @bottom-center { content: none; } @top-center { content: none; } }'
  )
  if (flowing) return rules.join('\n')
  for (const chapter of chapters) {
    const header = cssString(`${journalName} · ${chapter.title}`)
    rules.push(`@page ${chapter.key} { @top-center { content: ${header}; ${box} } }`, `.chapter.${chapter.key} { page: ${chapter.key}; }`)
  }
  return rules.join('\n')
}

function chapterColours(options: PrintOptions, chapters: CssChapter[]): string {
  return chapters
    .map(({ key, colour }) => {
      const ok = options.themeColours && HEX_COLOUR.test(colour)
      return `.${key} { --chapter: ${ok ? colour.toLowerCase() : GREYS.heading}; --chapter-rule: ${ok ? colour.toLowerCase() : GREYS.rule}; }`
    })
    .join('\n')
}

const bookCss = (titleHeight: string, fontSize: string) => `
html { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
body { margin: 0; font: ${fontSize}/1.55 ${SERIF}; color: #1f1f1f; hyphens: auto; overflow-wrap: break-word; font-kerning: normal; }
.title-page { page: title; height: ${titleHeight}; display: flex; flex-direction: column; justify-content: center; text-align: center; break-after: page; }
.title-page__rule { width: 18mm; margin: 0 auto 9mm; border-top: 0.75pt solid #8a8a8a; }
.title-page__name { margin: 0 0 5mm; font: 400 2.6em/1.2 ${SERIF}; letter-spacing: 0.01em; }
.title-page__scope { margin: 0 0 3mm; font: 600 1.05em/1.4 ${SANS}; color: #555; }
.title-page__dates { margin: 0; font-style: italic; color: #444; }
.title-page__printed { margin: 12mm 0 0; font: 0.8em/1.4 ${SANS}; color: #777; }
.toc { break-after: page; }
.toc-title { margin: 0 0 8mm; font: 600 1.6em/1.2 ${SANS}; color: #2b2b2b; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc-chapter { margin: 0 0 4.5mm; break-inside: avoid-page; }
.toc-chapter > .toc-row { font: 600 1em/1.5 ${SANS}; color: var(--chapter); }
.toc-entries { margin-top: 1mm; }
.toc-entries .toc-row { padding-left: 5mm; font-size: 0.95em; }
.toc-row { display: flex; align-items: last baseline; color: inherit; text-decoration: none; break-inside: avoid; }
.toc-text { flex: 0 1 auto; min-width: 0; }
.toc-date { font: 0.8em ${SANS}; color: #777; white-space: nowrap; }
.toc-leader { flex: 1 1 6mm; min-width: 6mm; margin: 0 1.5mm; border-bottom: 1pt dotted #a8a8a8; position: relative; top: -0.25em; }
.toc-page { flex: 0 0 11mm; width: 11mm; text-align: right; font: 400 9.5pt ${SANS}; font-variant-numeric: tabular-nums lining-nums; color: #3b3b3b; }
.chapter-head { padding-top: 14mm; margin-bottom: 12mm; break-after: avoid; }
.chapter-head__rule { width: 14mm; border-top: 2.5pt solid var(--chapter-rule); margin-bottom: 5mm; }
.chapter-head h1 { margin: 0; font: 600 2.1em/1.2 ${SANS}; color: var(--chapter); letter-spacing: -0.005em; }
.chapter-head__count { margin: 2mm 0 0; font: 0.85em/1.4 ${SANS}; color: #6b6b6b; }
.chapter-empty { font-style: italic; color: #555; }
.entry { margin: 0 0 9mm; }
.entry-sep { margin: 0 0 8mm; text-align: center; color: #a5a5a5; font-size: 0.7em; line-height: 1.55; break-before: avoid; }
.entry-head { break-inside: avoid; break-after: avoid; }
.entry--card { max-width: 110mm; margin: 0 auto 9mm; padding: 6mm 8mm; border: 1pt solid var(--chapter-rule, #cfcfcf); border-radius: 4mm; break-inside: avoid; }
.entry--card h2 { margin: 0 0 1mm; font: 600 1.1em/1.3 ${SANS}; color: #1f1f1f; }
.entry--card .card-to { margin: 0 0 3mm; font: italic 0.95em/1.4 ${SANS}; color: #4a4a4a; }
.entry--card .entry-meta { margin: 2mm 0 0; }
.entry-head h2 { margin: 0; font: 600 1.3em/1.3 ${SANS}; color: #1f1f1f; break-after: avoid; }
.entry-meta { margin: 1mm 0 4mm; font: 0.82em/1.4 ${SANS}; color: #6b6b6b; break-after: avoid; }
.entry-table { width: 100%; margin: 0 0 2mm; border-collapse: collapse; break-inside: avoid; font-size: 0.95em; }
.entry-table th { width: 34%; padding: 1.6mm 4mm 1.6mm 0; text-align: left; vertical-align: top; font: 600 0.85em/1.45 ${SANS}; color: var(--chapter); }
.entry-table td { padding: 1.6mm 0; vertical-align: top; line-height: 1.45; }
.entry-table tr + tr > * { border-top: 0.5pt solid #d9d9d9; }
.entry-list { margin: 0 0 2mm; padding-left: 5mm; line-height: 1.5; }
.entry-list li { margin: 0 0 1.6mm; break-inside: avoid; }
.entry-list time { font: 600 0.82em/1.4 ${SANS}; color: var(--chapter); margin-right: 1.5mm; }
.entry-list__note { font: italic 0.85em/1.4 ${SANS}; color: #5a5a5a; }
.entry-prompt { margin: -2mm 0 4mm; padding-left: 3mm; border-left: 1.5pt solid var(--chapter-rule, #cfcfcf); font-style: italic; color: #4a4a4a; }
`

/** How a reflection's body looks; the HTML export may use it too. Sides are logical (inline-start):
 *  a block right to left has its quote line and list markers on the right; a list item keeps its
 *  marker's room on its own start side, so it has it in a list of the other direction too. */
export const RICH_TEXT_CSS = `
.entry-body p { margin: 0 0 0.6em; orphans: 2; widows: 2; }
.entry-body h3, .entry-body h4 { margin: 1.1em 0 0.35em; font-family: ${SANS}; line-height: 1.3; break-after: avoid; }
.entry-body h3 { font-size: 1.1em; font-weight: 600; }
.entry-body h4 { font-size: 1em; font-weight: 600; color: #3b3b3b; }
/* A heading that ends a body has nothing of its own to keep with: kept with what follows, it went over the page with the next chapter's opening. */
.entry-body > :is(h3, h4):last-child { break-after: auto; }
.entry-body blockquote { margin: 0.8em 0; margin-inline-start: 0.2em; padding: 0.1em 0; padding-inline-start: 1em; border-inline-start: 2pt solid #cfcfcf; color: #3d3d3d; font-style: italic; }
.entry-body blockquote i { font-style: normal; }
.entry-body ul, .entry-body ol { margin: 0 0 0.6em; padding-inline-start: 0; }
.entry-body li { margin: 0 0 0.2em; margin-inline-start: 1.5em; }
.entry-body li > p, .entry-body .task-body > p { margin-bottom: 0.2em; }
.entry-body ul.task-list { list-style: none; }
.entry-body ul.task-list > li { margin-inline-start: 0.2em; }
.entry-body ul.task-list ul.task-list > li { margin-inline-start: 1.5em; }
.entry-body .task-item { display: flex; align-items: baseline; gap: 0.45em; }
.entry-body .task-marker { flex: none; font-family: ${SYMBOLS}; font-style: normal; font-weight: 400; font-size: 1.05em; line-height: 1; }
.entry-body .task-body { flex: 1 1 auto; min-width: 0; }
.entry-body .task-item--done > .task-body > p { color: #595959; }
.entry-body hr { width: 28%; margin: 1.2em auto; border: 0; border-top: 0.75pt solid #b5b5b5; }
.entry-body mark { background: #fff0a0; color: inherit; padding: 0 0.1em; }
.entry-body code { font: 0.88em ${MONO}; background: #f1f1f1; padding: 0.05em 0.25em; border-radius: 2px; }
.entry-body a { color: inherit; text-decoration: underline; text-decoration-thickness: 0.5pt; text-underline-offset: 0.15em; }
.entry-body .link-address { font-family: ${SANS}; font-size: 0.8em; color: #666; overflow-wrap: anywhere; }
.entry-body u { text-decoration-thickness: 0.5pt; }
${PICTURE_CSS}`
