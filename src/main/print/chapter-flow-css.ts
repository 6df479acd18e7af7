// Where chapters start (issue 18): on a page of their own, or following on after the last so a
// one-entry chapter leaves no page mostly blank. A chapter that follows on opens with space, its
// rule and heading, and is kept with its first reflection's heading and first lines, so an
// opening never sits alone at the foot of a page. And the theme beside each reflection's date
// in a chapter a month.

import type { PrintOptions } from '../../shared/print.ts'
import { THEMES } from '../../shared/themes.ts'
import type { CssChapter } from './print-css.ts'

const GREY = '#5a5a5a'

/** Named pages (a running header per chapter) force a page break where the name changes: only when chapters start pages anyway, or there is one. */
export const withNamedPages = (options: PrintOptions, chapters: readonly CssChapter[]) => options.chaptersOnNewPages || chapters.length <= 1

export function chapterFlowCss(options: PrintOptions): string {
  if (options.chaptersOnNewPages) return '.chapter { break-before: page; }'
  return [
    // The title page and the contents end their pages; after them, chapters follow on.
    '.chapter + .chapter { margin-top: 6mm; }',
    '.chapter-head { break-inside: avoid; }',
    // The first reflection's head goes with the opening, and its first lines with the head.
    '.chapter-head + .entry .entry-head { break-before: avoid; }',
    '.chapter-head + .entry .entry-body > :first-child { break-before: avoid; }'
  ].join('\n')
}

/** The theme named beside a reflection's date, in its colour (or a grey). Theme ids are ours, never user text. */
export function themeLabelCss(options: PrintOptions): string {
  const rules = ['.entry-theme { white-space: nowrap; color: var(--theme); font-weight: 600; }']
  for (const theme of THEMES) rules.push(`.theme-${theme.id} { --theme: ${options.themeColours ? theme.colour : GREY}; }`)
  return rules.join('\n')
}
