import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import type { RichTextNode } from '../../src/shared/rich-text.ts'
import { THEMES } from '../../src/shared/themes.ts'
import { PASS_A } from '../support/backend.ts'
import { KNOWN_TYPES } from '../support/rich-text-types.ts'
import { useApp } from './support/app.ts'
import { heading, openNewReflection as openEditor, see } from './support/screens.ts'

const TRUST = THEMES.find((t) => t.id === 'trust')!

// Everything here would run script or load something if it reached the DOM unfiltered.
const HOSTILE_HTML = [
  '<p>Kind words before.</p>',
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<p><a href="javascript:window.__pwned=1">click me</a></p>',
  '<p><a href=" jav&#x09;ascript:window.__pwned=1">spaced</a></p>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<svg onload="window.__pwned=1"><circle r="5"/></svg>',
  '<p><a href="data:text/html,<script>parent.__pwned=1</script>">data link</a></p>',
  '<p><a href="file:///etc/passwd">file link</a> <a href="vbscript:msgbox(1)">vb link</a></p>',
  '<p onclick="window.__pwned=1" style="background:url(javascript:window.__pwned=1)">styled paragraph</p>',
  '<p><a href="https://example.org/ok" onclick="window.__pwned=1" onmouseover="window.__pwned=1">good link</a></p>',
  '<object data="javascript:window.__pwned=1"></object><embed src="javascript:window.__pwned=1">',
  '<form action="javascript:window.__pwned=1"><input value="x" onfocus="window.__pwned=1" autofocus></form>',
  '<details open ontoggle="window.__pwned=1"><summary>toggle</summary></details>',
  '<style>p { color: red }</style><p/onclick="window.__pwned=1">slashed</p>',
  '<p>Kind words after.</p>'
].join('')

// A web page as a browser copies it: style elements and attributes, handlers written every way
// the tokenizer reads them, a tag hidden in a value (to the parser the title's raw text ends
// inside the quotes, so the image is a real element), and a style element left open.
const STYLED_PAGE = [
  '<style>p { color: red }</style>',
  '<p style="color:#333;font-family:Georgia" onmouseover="window.__pwned=1">A styled paragraph</p>',
  '<p title="a"onclick=window.__pwned=1><b STYLE = "font-weight:700" ONCLICK = \'window.__pwned=1\'>run together</b></p>',
  "<title><a title='</title><img src=x onerror=window.__pwned=1>'>x</a></title>",
  '<svg/onload=window.__pwned=1></svg><p>and hidden</p>',
  '<p>Before<style>the open style'
].join('')

const reportsInline = (problem: string) =>
  /^CSP violation: (script|style)-src-attr |^console error: (Executing inline event handler|Applying inline style) violates/.test(problem)

function openNewReflection(page: Page): Promise<void> {
  return openEditor(page, 'Ana', PASS_A, 'trust')
}

// A string, because these tests compile without the DOM's types; it runs in the page.
async function paste(page: Page, html: string): Promise<void> {
  await page.evaluate(`(() => {
    const data = new DataTransfer()
    data.setData('text/html', ${JSON.stringify(html)})
    data.setData('text/plain', 'plain fallback')
    document.querySelector('#reflection-body').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })()`)
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate('window.__pwned')
}

/** Every node and mark type, and every attribute value, in a stored body. */
function walk(node: RichTextNode, types: string[], values: string[]): void {
  types.push(node.type)
  for (const value of Object.values(node.attrs ?? {})) values.push(String(value))
  for (const mark of node.marks ?? []) {
    types.push(mark.type)
    for (const [key, value] of Object.entries(mark.attrs ?? {})) values.push(`${key}=${String(value)}`)
  }
  for (const child of node.content ?? []) walk(child, types, values)
}

async function expectEditorDomClean(page: Page): Promise<void> {
  const report = await page.locator('#reflection-body').evaluate((root) => ({
    dangerous: root.querySelectorAll('script, iframe, object, embed, svg, img, form, input:not([type="checkbox"]), details').length,
    handlers: [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on')),
    styles: root.querySelectorAll('[style]').length,
    hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')
  }))
  expect(report.dangerous).toBe(0)
  expect(report.handlers).toEqual([])
  expect(report.styles).toBe(0)
  for (const href of report.hrefs) expect(href === '' || href.startsWith('https:')).toBe(true)
}

async function storedBody(backend: SevenfoldBackend): Promise<RichTextNode> {
  const [header] = await backend.reflections.list()
  return (await backend.reflections.get({ id: header!.id })).body
}

describe('hostile paste', () => {
  const app = useApp()

  test('pasted HTML runs nothing and stores nothing executable', async () => {
    const { page, backend, open, shot } = app()
    await open()
    await openNewReflection(page)
    await page.locator('#reflection-body').click()
    await paste(page, HOSTILE_HTML)
    await see(page.locator('#reflection-body').getByText('Kind words after.'))
    await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))

    expect(await pwned(page)).toBeUndefined()
    await expectEditorDomClean(page)

    // Clicking what was pasted runs nothing and goes nowhere. Ctrl+click asks for a new window
    // (which the shell denies, offering the address to the system browser): here it is recorded.
    await page.evaluate('window.open = (...args) => { (window.__opened ??= []).push(args[0]); return null }')
    const links = page.locator('#reflection-body a')
    for (let i = 0; i < (await links.count()); i++) {
      await links.nth(i).click()
      await links.nth(i).click({ modifiers: ['Control'] })
    }
    expect(await page.evaluate('window.__opened')).toEqual(['https://example.org/ok'])
    await page.getByText('styled paragraph').click()
    expect(await pwned(page)).toBeUndefined()
    await shot('1-after-paste')

    const types: string[] = []
    const values: string[] = []
    walk(await storedBody(backend), types, values)
    for (const type of types) expect(KNOWN_TYPES.has(type), `stored type ${type}`).toBe(true)
    const text = JSON.stringify(await storedBody(backend))
    expect(text).not.toMatch(/javascript:|data:|vbscript:|file:/i)
    expect(text).not.toMatch(/"on[a-z]+"/i)
    expect(text).not.toContain('__pwned')
    expect(values.filter((v) => v.startsWith('href=')).every((v) => v === 'href=https://example.org/ok')).toBe(true)
    expect(text).toContain('Kind words before.')
  })

  test('a styled web page pasted in keeps its words, and the page reports no CSP violation', async () => {
    const { page, backend, open, problems } = app()
    await open()
    await openNewReflection(page)
    await page.locator('#reflection-body').click()
    await paste(page, STYLED_PAGE)
    await see(page.locator('#reflection-body').getByText('the open style'))
    await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
    // Reports arrive as events after the parse; the save above comes later still.
    expect(problems).toEqual([])
    const shown = (await page.locator('#reflection-body').textContent()) ?? ''
    const stored = JSON.stringify(await storedBody(backend))
    for (const words of ['A styled paragraph', 'run together', 'and hidden', 'Beforethe open style']) {
      expect(shown, words).toContain(words)
      expect(stored, words).toContain(words)
    }
    // A closed style element goes whole: its rules do not turn up as words.
    expect(shown).not.toContain('color')
    expect(await pwned(page)).toBeUndefined()
    await expectEditorDomClean(page)
  })

  test('Chromium reports handlers and styles parsed into an inert document too, so pasted HTML is quieted before any parser', async () => {
    // If this ever fails, a standard parse (DOMParser, DOMPurify, which parses with it, or the
    // Sanitizer API) might do what rich-text/pasted-html.ts does by hand.
    const { page, open, problems } = app()
    await open()
    const html = JSON.stringify('<p onclick="window.__pwned=1" style="color:red">x</p>')
    for (const parse of [
      `new DOMParser().parseFromString(${html}, 'text/html')`,
      `document.createElement('template').innerHTML = ${html}`,
      `Document.parseHTML(${html})`
    ]) {
      await page.evaluate(parse)
      // The style attribute is reported (an event and a console error); the handler was reported
      // too up to Chromium 14x, and Debian's Chromium 150 no longer reports it. One is enough to
      // make a standard parse noisy.
      await expect.poll(() => problems.filter((p) => reportsInline(p) && /style/i.test(p)).length, { message: parse }).toBeGreaterThanOrEqual(2)
      // Expected here; the harness checks what is left.
      problems.splice(0, problems.length, ...problems.filter((p) => !reportsInline(p)))
    }
    expect(await pwned(page)).toBeUndefined()
  })

  test('a stored link to a refused address opens without it', async () => {
    const { page, backend, open } = app()
    await open()
    await openNewReflection(page)
    // Bodies only come from the editor; this one is made by hand, as a damaged or crafted body might be.
    const body = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'crafted', marks: [{ type: 'link', attrs: { href: 'javascript:window.__pwned=1' } }] }] }]
    }
    const { id } = await backend.reflections.create({ themeId: 'trust', title: 'Crafted', body })
    await page.getByRole('button', { name: `Back to ${TRUST.title}` }).click()
    await see(heading(page, TRUST.title))
    await page.getByRole('button', { name: /Crafted/ }).click()
    await see(page.locator('#reflection-body').getByText('crafted'))
    await page.locator('#reflection-body').getByText('crafted').click()
    expect(await pwned(page)).toBeUndefined()
    await expectEditorDomClean(page)
    expect(id).toBeTruthy()
  })
})
