// What the print feature offers the others: import it from here, never from its files.

export { escapeHtml } from './html-escape.ts'
export { RICH_TEXT_CSS } from './print-css.ts'
export { longDate, plainDate } from './print-dates.ts'
export { richTextToHtml } from './rich-text-html.ts'
export { practiceTableHtml } from './entry-html.ts'
export { practiceLayout } from './practice-layouts.ts'
export { isolatedHtml, wordsDir } from './direction-html.ts'
export type { PictureContext } from './picture-html.ts'
export { documentPieces, inlineTokens, wholeDocument } from './inline-pieces.ts'
export type { InlineParts } from './inline-pieces.ts'
