import { describe, expect, it } from 'vitest'
import { isolatedHtml, nodeDirection, wordsDir } from '../../../../src/main/print/direction-html.ts'
import { practiceTableHtml } from '../../../../src/main/print/entry-html.ts'
import { sharedNeedsLayout } from '../../../../src/main/print/practice-layouts.ts'
import { richTextToHtml } from '../../../../src/main/print/rich-text-html.ts'
import type { RichTextNode } from '../../../../src/shared/rich-text.ts'
import { textDirection } from '../../../../src/shared/text-direction.ts'
import { doc, EVERYTHING, para, text } from '../../../support/print-fixtures.ts'
import { ARABIC_ITEM, ARABIC_WORDS, BOTH_WAYS_BODY, HEBREW_HEADING, HEBREW_NAME, HEBREW_WORDS, MIXED_LTR, MIXED_RTL } from '../../../support/words-both-ways.ts'

describe('the direction of printed words', () => {
  it('marks each block whose words run right to left, and only where it differs from around it', () => {
    const html = richTextToHtml(BOTH_WAYS_BODY)
    expect(html).toContain(`<h3 dir="rtl">${HEBREW_HEADING}</h3>`)
    expect(html).toContain(`<p dir="rtl">${ARABIC_WORDS}</p>`)
    expect(html).toContain(`<p dir="rtl">${MIXED_RTL}</p>`)
    expect(html).toContain(`<p>${MIXED_LTR}</p>`)
    // The list takes its first item's direction; an item in English inside it says so.
    expect(html).toContain(`<ul dir="rtl"><li><p>${ARABIC_ITEM}</p></li><li dir="ltr"><p>Olives and bread</p></li></ul>`)
    expect(html).toContain(`<blockquote dir="rtl"><p>${HEBREW_WORDS}</p><p dir="ltr">`)
  })

  it('leaves words without a letter to the block around them, and left-to-right bodies as they were', () => {
    expect(richTextToHtml(doc(para(text('١٢ ♥ 2026'))))).toBe('<p>١٢ ♥ 2026</p>')
    const quote = { type: 'blockquote', content: [para(text(HEBREW_WORDS)), para(text('12 ♥'))] }
    expect(richTextToHtml(doc(quote))).toBe(`<blockquote dir="rtl"><p>${HEBREW_WORDS}</p><p>12 ♥</p></blockquote>`)
    expect(richTextToHtml(EVERYTHING)).not.toContain('dir=')
  })

  it('isolates words beside ours only when they hold right-to-left letters, escaped either way', () => {
    expect(isolatedHtml('Ana & Ben')).toBe('Ana &amp; Ben')
    expect(isolatedHtml('נועה <3')).toBe('<bdi>נועה &lt;3</bdi>')
    expect(wordsDir('Dinner with مريم')).toBe('')
    expect(wordsDir('مريم')).toBe(' dir="rtl"')
  })
  it('isolates a name inside a label of ours, as the open vault shows the same label (offer-field.tsx)', () => {
    const needs = { top: [{ own: 'זמן שקט' }] }
    const offer = { authorId: 'noa', text: HEBREW_WORDS, at: '2026-03-03T08:00:00.000Z' }
    const html = practiceTableHtml(sharedNeedsLayout(needs, offer, () => HEBREW_NAME).table!)
    // Else a name ending in a mark ("נועה!") has it pulled to the far side, among our words.
    expect(html).toContain(`<th scope="row">One thing \u2068${HEBREW_NAME}\u2069 could do this week</th><td dir="rtl">${HEBREW_WORDS}</td>`)
    expect(practiceTableHtml(sharedNeedsLayout(needs, offer, () => 'Ben').table!)).toContain('<th scope="row">One thing Ben could do this week</th>')
  })

  it('reads each node once: a body nested as deep as it may go, with no letter in it, prints in time', () => {
    // 45 quotes round a paragraph of 900,000 characters, none a letter: the stored limits (RICH_TEXT_LIMITS).
    let node: RichTextNode = para(text('12 ♥ '.repeat(180_000)))
    for (let i = 0; i < 45; i++) node = { type: 'blockquote', content: [node] }
    const started = performance.now()
    const html = richTextToHtml(doc(node))
    const took = performance.now() - started
    expect(html).not.toContain('dir=')
    // Read once from end to end it takes some tens of milliseconds; once a level, seconds.
    expect(took).toBeLessThan(600)
  })

  it('finds what reading every node in order would, in bodies of every shape', () => {
    const inOrder = (node: RichTextNode): ReturnType<typeof textDirection> => {
      const own = typeof node.text === 'string' ? textDirection(node.text) : null
      return own ?? (node.content ?? []).reduce<ReturnType<typeof textDirection>>((found, child) => found ?? inOrder(child), null)
    }
    const words = ['', '12 ', '♥', 'Hi', HEBREW_WORDS, ARABIC_WORDS, ' . ']
    let seed = 5
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n
    const grow = (depth: number): RichTextNode =>
      depth === 0 || next(3) === 0 ? text(words[next(words.length)]!) : { type: 'blockquote', content: Array.from({ length: next(4) }, () => grow(depth - 1)) }
    for (let i = 0; i < 300; i++) {
      const body = grow(6)
      const all: RichTextNode[] = [body]
      for (let n = 0; n < all.length; n++) all.push(...(all[n]!.content ?? []))
      // Asked outside in (as printing asks) or inside out, sharing what was found: the same answer as reading each on its own.
      for (const order of [all, [...all].reverse()]) {
        const known = new Map()
        for (const part of order) expect(nodeDirection(part, known)).toBe(inOrder(part))
      }
    }
  })
})
