// One printed entry, in the layout that fits its kind: a reflection as a heading, a line of
// meta and its body; a thank-you note as a small card; a practice with fields of its own (a
// check-in's lines) as a small table of label and words; time together as a list of short lines.
// Every piece of user text is escaped, and runs in its own direction (direction-html.ts).

import { themeById } from '../../shared/themes.ts'
import type { PrintEntry } from './print-book.ts'
import { isolatedHtml, wordsDir } from './direction-html.ts'
import { escapeHtml } from './html-escape.ts'
import { longDate } from './print-dates.ts'
import { richTextToHtml } from './rich-text-html.ts'
import type { PictureContext } from './picture-html.ts'

const UNTITLED = 'Untitled'

/** A title as its heading (and the contents) show it: whitespace collapsed, never empty. */
export const headingText = (title: string) => title.replace(/\s+/g, ' ').trim() || UNTITLED

/** An entry's heading: its title in the direction of its words. */
function headingHtml(title: string, id: string): string {
  const text = headingText(title)
  return `<h2 id="${id}"${wordsDir(text)}>${escapeHtml(text)}</h2>`
}

/** `pictures`: what the body's pictures are printed from (none: each says it is missing). */
export function entryHtml(entry: PrintEntry, id: string, pictures?: PictureContext): string {
  const date = `<time datetime="${escapeHtml(entry.date)}">${escapeHtml(longDate(entry.date))}</time>`
  const theme = entry.themeId === undefined ? '' : ` · <span class="entry-theme theme-${entry.themeId}">${escapeHtml(themeById(entry.themeId).title)}</span>`
  const author = entry.author !== undefined && entry.author.trim() !== '' ? ` · by ${isolatedHtml(entry.author)}` : ''
  if (entry.card) return cardHtml(entry, id, date, pictures)
  return [
    '<article class="entry">',
    '<header class="entry-head">',
    headingHtml(entry.title, id),
    `<p class="entry-meta">${date}${theme}${author}</p>`,
    entry.prompt === undefined ? '' : `<p class="entry-prompt">Started from: ${isolatedHtml(entry.prompt)}</p>`,
    '</header>',
    entry.table ? practiceTableHtml(entry.table) : entry.list ? listHtml(entry.list) : `<div class="entry-body">${richTextToHtml(entry.body, pictures)}</div>`,
    '</article>'
  ]
    .filter((line) => line !== '')
    .join('\n')
}

/** A thank-you note: a small bordered card, "For Ben, from Ana", its words, its day. */
function cardHtml(entry: PrintEntry, id: string, date: string, pictures: PictureContext | undefined): string {
  const from = entry.author !== undefined && entry.author.trim() !== '' ? `, from ${isolatedHtml(entry.author)}` : ''
  return [
    '<article class="entry entry--card">',
    headingHtml(entry.title, id),
    `<p class="card-to">For ${isolatedHtml(entry.card?.forName ?? '')}${from}</p>`,
    `<div class="entry-body">${richTextToHtml(entry.body, pictures)}</div>`,
    `<p class="entry-meta">${date}</p>`,
    '</article>'
  ].join('\n')
}

/** A practice's own fields, one row each: the label as a row header, the words beside it (the HTML export uses it too). */
export function practiceTableHtml(rows: NonNullable<PrintEntry['table']>): string {
  const body = rows.map(({ label, value }) => `<tr><th scope="row">${escapeHtml(label)}</th><td${wordsDir(value)}>${escapeHtml(value)}</td></tr>`)
  return ['<table class="entry-table">', '<tbody>', ...body, '</tbody>', '</table>'].join('\n')
}

/** Short lines, each after its day if it has one, and with its note (time together). */
function listHtml(items: NonNullable<PrintEntry['list']>): string {
  const lines = items.map(({ when, text, note }) => {
    const day = when === undefined ? '' : `<time datetime="${escapeHtml(when)}">${escapeHtml(longDate(when))}</time> `
    const said = note === undefined ? '' : ` <span class="entry-list__note">(${escapeHtml(note)})</span>`
    return `<li>${day}${isolatedHtml(text)}${said}</li>`
  })
  return ['<ul class="entry-list">', ...lines, '</ul>'].join('\n')
}
