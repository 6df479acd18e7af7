// Reading a printed book back as a reader would: which page each heading is really on, what the
// contents say it is on, and whether a chapter's opening was left alone at the foot of a page.

import { expect } from 'vitest'
import type { ReadPdf } from './pdf.ts'

export const lines = (page: string) => page.split('\n')

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Each contents line's page number against the page where that heading really is: the first
 * page from the one the heading before it was on whose text has the heading as a line of its
 * own. The contents start on page 2, after the title page, and end where the first heading is.
 * Returns each heading's page (1-based).
 */
export function expectContentsTrue(pdf: ReadPdf, headings: readonly string[]): number[] {
  expect(lines(pdf.pages[1]!), 'page 2 is the contents').toContain('Contents')
  const first = pdf.pages.findIndex((page, i) => i > 1 && lines(page).includes(headings[0]!))
  expect(first, 'the first heading is printed after the contents').toBeGreaterThan(1)
  const contents = pdf.pages.slice(1, first).join('\n')
  const found: number[] = []
  let from = first
  for (const heading of headings) {
    const listed = new RegExp(`^${escapeRegExp(heading)}(?: .*)? (\\d+)$`, 'm').exec(contents)
    expect(listed, `"${heading}" is in the contents`).not.toBeNull()
    const actual = pdf.pages.findIndex((page, i) => i >= from && lines(page).includes(heading))
    expect(actual, `"${heading}" is printed after what comes before it`).toBeGreaterThan(0)
    expect(Number(listed![1]), `the contents' page for "${heading}"`).toBe(actual + 1)
    found.push(actual + 1)
    from = actual
  }
  return found
}

/**
 * Every chapter's opening has its first reflection's title, its day and at least one line of
 * its words under it on the same page: an opening never sits alone at the foot of a page.
 * `chapters` are in print order, after the contents.
 */
export function expectOpeningsKept(pdf: ReadPdf, chapters: ReadonlyArray<{ title: string; first: string }>): void {
  let from = 2
  for (const { title, first } of chapters) {
    const page = pdf.pages.findIndex((text, i) => i >= from && lines(text).includes(title))
    expect(page, `the chapter "${title}" is printed`).toBeGreaterThan(1)
    const after = lines(pdf.pages[page]!).slice(lines(pdf.pages[page]!).indexOf(title) + 1)
    const at = after.indexOf(first)
    expect(at, `"${title}" has "${first}" under it on page ${page + 1}`).toBeGreaterThanOrEqual(0)
    // Its day, then at least one line of words, before the page number at the foot.
    const below = after.slice(at + 2).filter((line) => !/^\d+$/.test(line))
    expect(below.length, `"${first}" has words under it on page ${page + 1}`).toBeGreaterThan(0)
    from = page
  }
}
