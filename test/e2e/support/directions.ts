// The direction Chromium has given what is on the page: el.ownerDocument.defaultView!.getComputedStyle(el).direction, and
// whether :dir(rtl) matches it, for the elements a selector finds, keyed by their text.

import type { Locator } from 'playwright-core'
import { expect } from 'vitest'
import type { Direction } from '../../../src/shared/text-direction.ts'

/** For each element `selector` finds: its text (trimmed) and the direction it was laid out in. */
export async function directionsOf(scope: Locator, selector: string): Promise<Record<string, string>> {
  return scope
    .locator(selector)
    .evaluateAll((elements) =>
      Object.fromEntries(
        elements.map((el) => [
          (el.textContent ?? '').trim(),
          `${el.ownerDocument.defaultView!.getComputedStyle(el).direction}${el.matches(':dir(rtl)') ? ' :dir(rtl)' : ''}`
        ])
      )
    )
}

/** What directionsOf says for an element laid out in `dir` (its computed direction and :dir() agree). */
export const laidOut = (dir: Direction) => (dir === 'rtl' ? 'rtl :dir(rtl)' : 'ltr')

/** The one element `locator` finds runs in `dir`. */
export async function expectDirection(locator: Locator, dir: Direction, what: string): Promise<void> {
  const got = await locator.evaluate((el) => `${el.ownerDocument.defaultView!.getComputedStyle(el).direction}${el.matches(':dir(rtl)') ? ' :dir(rtl)' : ''}`)
  expect(got, what).toBe(laidOut(dir))
}

/** Every [text, dir] pair has an element among `selector`'s with that text, laid out in dir. */
export async function expectBlocks(scope: Locator, selector: string, blocks: ReadonlyArray<readonly [string, Direction]>): Promise<void> {
  const found = await directionsOf(scope, selector)
  const wanted = Object.fromEntries(blocks.map(([text, dir]) => [text, laidOut(dir)]))
  const got = Object.fromEntries(blocks.map(([text]) => [text, found[text] ?? 'missing']))
  expect(got).toEqual(wanted)
}

/** Which side of `words`' first letter their last character (a mark) was drawn on, in what `where` shows. */
export async function markSide(where: Locator, words: string): Promise<'left' | 'right'> {
  return where.evaluate((el, words) => {
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(words)
      if (at < 0) continue
      const box = (from: number) => {
        const range = el.ownerDocument.createRange()
        range.setStart(node, from)
        range.setEnd(node, from + 1)
        return range.getBoundingClientRect()
      }
      return box(at + words.length - 1).left < box(at).left ? 'left' : 'right'
    }
    throw new Error('the words are not there')
  }, words)
}
