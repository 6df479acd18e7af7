import { beforeAll, describe, expect, it } from 'vitest'

// A renderer module, imported by a path the Node project's compiler does not follow (see
// test/unit/main/print/rich-text-html.test.ts).
const PASTED_HTML = '../../../../src/renderer/src/rich-text/pasted-html.ts'
let quiet: (html: string) => string

beforeAll(async () => {
  ;({ quietPastedHtml: quiet } = (await import(/* @vite-ignore */ PASTED_HTML)) as { quietPastedHtml: (html: string) => string })
})

const HANDLER = /[\s/"']on[a-z]+\s*=/i

describe('quietPastedHtml', () => {
  it('drops event handlers however the attribute is written', () => {
    for (const html of [
      '<img src=x onerror=alert(1)>',
      "<img src=x onerror=__x('x021')>",
      '<p title="a"onmouseover=x>hi</p>',
      '<svg/onload=alert(1)>',
      '<body ONLOAD = "x">',
      '<a href="https://example.org" onclick=\'x()\' >go</a>'
    ]) {
      expect(quiet(html), html).not.toMatch(HANDLER)
    }
  })

  it('quiets tags hidden in values, where another parser would see raw text end', () => {
    const out = quiet("<title><a title='</title><img src=x onerror=alert(1)>'>x</a></title>")
    expect(out).not.toMatch(HANDLER)
    expect(out).toContain('<img src=x')
  })

  it('drops style elements (closed or left open) and style attributes, keeping the words', () => {
    expect(quiet('<style>p{color:red}</style><p style="color:red">Words</p>')).toBe('<p >Words</p>')
    expect(quiet('<p>Before<style>after')).toBe('<p>Beforeafter')
  })

  it('leaves ordinary markup and text alone', () => {
    for (const html of ['<a href="https://example.org/?a=1&b=2" title="Go">go</a>', '<p>1 < 2 and 3 > 2, <3</p>', '<ul><li>one</li></ul>', 'plain']) {
      expect(quiet(html)).toBe(html)
    }
  })
})
