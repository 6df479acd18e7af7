// A picture in a printed body and in the HTML export (src/main/print/picture-html.ts): its size
// at 150 dpi within the page's room, its alt text escaped, and a line saying it is missing when
// the journal cannot show it.

import { describe, expect, it } from 'vitest'
import { printedSize, printFrame } from '../../../../src/main/print/picture-html.ts'
import { richTextToHtml } from '../../../../src/main/print/rich-text-html.ts'
import { inlineParts, type InlinePicture } from '../../../../src/main/pictures/index.ts'
import { documentPieces, wholeDocument } from '../../../../src/main/print/inline-pieces.ts'

const TOKEN = 'sevenfold-inline-00000000-0000-0000-0000-000000000000-0'
const inline = (width: number, height: number): InlinePicture => ({
  type: 'image/png',
  width,
  height,
  token: TOKEN,
  parts: ['data:image/png;base64,', 'iVBORw0KGgo='],
  data: new Uint8Array(0)
})
const node = (id: string, alt: string) => ({ type: 'picture', attrs: { id, width: 1, height: 1, alt } })

describe('a picture’s printed size', () => {
  it('is its pixels at 150 dpi, never more, within the text’s width and most of the page', () => {
    const a4 = printFrame('A4', 20)
    // 170 mm of text is 642.5 CSS pixels; 85 % of 257 mm is 825.6.
    expect(a4.width).toBeCloseTo(642.5, 1)
    expect(a4.height).toBeCloseTo(825.6, 1)
    expect(printedSize(300, 150, a4)).toEqual({ width: 192, height: 96 })
    expect(printedSize(2560, 1440, a4)).toEqual({ width: 642, height: 361 })
    expect(printedSize(900, 2560, a4)).toEqual({ width: 290, height: 825 })
    expect(printedSize(1, 1, a4)).toEqual({ width: 1, height: 1 })
    // Without a page (the HTML export) only the 150 dpi rule.
    expect(printedSize(2560, 1440)).toEqual({ width: 1638, height: 921 })
  })
})

describe('a picture in a body', () => {
  it('is an img of our own source with the person’s words as its alt text, escaped; its data: URL put in where the document is written', () => {
    const pictures = new Map([['P1', inline(300, 150)]])
    const html = richTextToHtml({ type: 'doc', content: [node('P1', '"><script>alert(1)</script>')] }, { pictures })
    expect(html).toBe(`<figure class="picture"><img src="${TOKEN}" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" width="192" height="96"></figure>`)
    const parts = inlineParts(pictures)
    expect([...documentPieces(html, parts)]).toEqual([
      '<figure class="picture"><img src="',
      'data:image/png;base64,',
      'iVBORw0KGgo=',
      html.slice(html.indexOf('" alt='))
    ])
    expect(wholeDocument(html, parts)).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt=')
    // A token the document does not hold (typed by a person, say) stays as it is.
    const typed = `<p>${TOKEN.replace(/0$/, '7')}</p>`
    expect(wholeDocument(typed, parts)).toBe(typed)
  })

  it('says it is missing when the journal does not hold it, or when no pictures were read', () => {
    const missing = '<p class="picture-missing">A picture that could not be shown: The &lt;b&gt;sea&lt;/b&gt;</p>'
    expect(richTextToHtml({ type: 'doc', content: [node('P9', 'The <b>sea</b>')] }, { pictures: new Map() })).toBe(missing)
    expect(richTextToHtml({ type: 'doc', content: [node('P9', 'The <b>sea</b>')] })).toBe(missing)
    expect(richTextToHtml({ type: 'doc', content: [{ type: 'picture', attrs: { alt: '' } }] })).toBe(
      '<p class="picture-missing">A picture that could not be shown</p>'
    )
  })

  it('inside a line of text is an img of its own, or a few words', () => {
    const pictures = new Map([['P1', inline(150, 150)]])
    const line = { type: 'paragraph', content: [{ type: 'text', text: 'Look ' }, node('P1', 'a cat'), node('P2', '')] }
    expect(richTextToHtml({ type: 'doc', content: [line] }, { pictures })).toBe(
      `<p>Look <img src="${TOKEN}" alt="a cat" width="96" height="96"><span class="picture-missing">(A picture that could not be shown)</span></p>`
    )
  })
})
