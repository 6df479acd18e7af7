// The HTML export: one file that stands on its own (no scripts, nothing fetched), with a strict
// Content-Security-Policy whose only allowance is the hash of its own style sheet. A chapter
// (h1) per theme with reflections, a reflection (h2) with its date, its body from the same
// renderer as printing (richTextToHtml: only our own tags, text escaped, links checked), and
// above it the prompt it was started from, if any; a practice with fields of its own (a daily
// check-in) is a small table instead, as in print. Words run in their own direction, as in print
// (print/direction-html.ts). Pictures are inside it as data: URLs, its CSP's one other allowance.

import { createHash } from 'node:crypto'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Reflection } from '../../shared/contract.ts'
import { THEMES, type ThemeId } from '../../shared/themes.ts'
import { escapeHtml } from '../print/index.ts'
import { RICH_TEXT_CSS } from '../print/index.ts'
import { longDate, plainDate } from '../print/index.ts'
import { richTextToHtml } from '../print/index.ts'
import { practiceLayout, practiceTableHtml } from '../print/index.ts'
import { isolatedHtml, wordsDir } from '../print/index.ts'
import type { PictureContext } from '../print/index.ts'
import { inlineParts, inlinePictures, type InlinePicture, type PictureReader } from '../pictures/index.ts'
import { inlineTokens, type InlineParts } from '../print/index.ts'

const BODIES_PER_TURN = 25

const CSS = `
html { color-scheme: light; background: #fbfaf7; }
body { max-width: 40rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; color: #1f1f1f;
  font: 1.05rem/1.6 "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Noto Serif", serif; }
header.export { margin-bottom: 2.5rem; }
header.export .journal { margin: 0; font-size: 1.9rem; line-height: 1.2; }
header.export .note { margin: 0.4rem 0 0; color: #5a5a5a; font-size: 0.9rem; }
nav ul { padding-left: 1.2rem; }
section.chapter { margin-top: 3rem; }
section.chapter > h1 { font-size: 1.5rem; line-height: 1.25; padding-bottom: 0.3rem; border-bottom: 3px solid var(--theme); }
article { margin: 2rem 0 0; }
article h2 { margin: 0; font-size: 1.2rem; line-height: 1.3; }
article .date { margin: 0.15rem 0 0.8rem; color: #5a5a5a; font-size: 0.88rem; }
article .prompt { margin: 0 0 1rem; padding-left: 0.8rem; border-left: 2px solid var(--theme, #cfcfcf); color: #444; font-style: italic; }
${THEMES.map((theme) => `.theme-${theme.id} { --theme: ${theme.colour}; }`).join('\n')}
table.entry-table { width: 100%; margin: 0 0 0.5rem; border-collapse: collapse; }
table.entry-table th { width: 34%; padding: 0.35rem 1rem 0.35rem 0; text-align: left; vertical-align: top; font-size: 0.88rem; color: #444; }
table.entry-table td { padding: 0.35rem 0; vertical-align: top; }
table.entry-table tr + tr > * { border-top: 1px solid #e2e2e2; }
${RICH_TEXT_CSS}
`

const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'`,
  // Its pictures are inside it, as data: URLs; nothing else may load.
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

function article(reflection: Reflection, pictures: PictureContext): string {
  const title = reflection.title.trim() === '' ? 'Untitled' : reflection.title
  // A practice with fields of its own (a check-in) is a small table, as in print.
  const { table } = practiceLayout(reflection)
  return [
    `<article id="r-${escapeHtml(reflection.id)}">`,
    `<h2${wordsDir(title)}>${escapeHtml(title)}</h2>`,
    `<p class="date"><time datetime="${escapeHtml(reflection.date)}">${escapeHtml(longDate(reflection.date))}</time></p>`,
    reflection.prompt === null ? '' : `<p class="prompt">Started from: ${isolatedHtml(reflection.prompt)}</p>`,
    table ? practiceTableHtml(table) : `<div class="entry-body">${richTextToHtml(reflection.body, pictures)}</div>`,
    '</article>'
  ]
    .filter((line) => line !== '')
    .join('\n')
}

/**
 * The whole export document. `reflections` come in book order (theme by theme); bodies are
 * turned into HTML a slice at a time. Returns the document (its pictures named by tokens, their
 * data: URLs in `inline`: print/inline-pieces.ts) and how many reflections it holds.
 */
export async function exportHtml(
  journalName: string,
  today: string,
  reflections: AsyncIterable<Reflection>,
  reader: PictureReader | null = null
): Promise<{ html: string; count: number; inline: InlineParts }> {
  const chapters = new Map<ThemeId, string[]>()
  // Each picture read and encoded once, however many reflections show it.
  const pictures = new Map<string, InlinePicture>()
  const token = inlineTokens()
  let count = 0
  for await (const reflection of reflections) {
    if (++count % BODIES_PER_TURN === 0) await nextTurn()
    let chapter = chapters.get(reflection.themeId)
    if (!chapter) chapters.set(reflection.themeId, (chapter = []))
    for (const [id, picture] of await inlinePictures([reflection.body], reader, token, undefined, pictures)) pictures.set(id, picture)
    chapter.push(article(reflection, { pictures }))
  }
  const themes = THEMES.filter((theme) => chapters.has(theme.id))
  const noun = count === 1 ? 'reflection' : 'reflections'
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(journalName)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="export">',
    `<p class="journal">${escapeHtml(journalName)}</p>`,
    `<p class="note">${count} ${noun}, exported from Sevenfold on ${escapeHtml(plainDate(today))}. This file is not encrypted: keep it somewhere private.</p>`,
    '</header>',
    themes.length > 1
      ? `<nav aria-label="Themes"><ul>${themes.map((t) => `<li><a href="#theme-${t.id}">${escapeHtml(t.title)}</a> (${chapters.get(t.id)!.length})</li>`).join('')}</ul></nav>`
      : '',
    ...themes.map((theme) =>
      [
        `<section class="chapter theme-${theme.id}" id="theme-${theme.id}">`,
        `<h1>${escapeHtml(theme.title)}</h1>`,
        ...chapters.get(theme.id)!,
        '</section>'
      ].join('\n')
    ),
    '</body>',
    '</html>',
    ''
  ].join('\n')
  return { html, count, inline: inlineParts(pictures) }
}
