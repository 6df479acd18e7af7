import { describe, expect, it } from 'vitest'
import { isolatedHtml, wordsDir } from '../../../../src/main/print/direction-html.ts'
import { richTextToHtml } from '../../../../src/main/print/rich-text-html.ts'
import { doc, EVERYTHING, para, text } from '../../../support/print-fixtures.ts'
import { ARABIC_ITEM, ARABIC_WORDS, BOTH_WAYS_BODY, HEBREW_HEADING, HEBREW_WORDS, MIXED_LTR, MIXED_RTL } from '../../../support/words-both-ways.ts'

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
})
