import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PrintBook } from '../../../../src/main/print/print-book.ts'
import { buildPrintHtml, outlineTargets } from '../../../../src/main/print/print-document.ts'
import { DEFAULT_PRINT_OPTIONS, MARGINS, PAPER_SIZES, type PrintOptions } from '../../../../src/shared/print.ts'
import { THEMES } from '../../../../src/shared/themes.ts'
import { scanTags } from '../../../support/markup-scan.ts'
import { doc, EVERYTHING, generatedBook, para, text } from '../../../support/print-fixtures.ts'

const DOCUMENT_TAGS = new Set([
  ...['html', 'head', 'meta', 'title', 'style', 'body', 'section', 'header', 'nav', 'article', 'time', 'h1', 'h2', 'a', 'span', 'div', 'p', 'ol', 'li'],
  ...['h3', 'h4', 'b', 'i', 'u', 's', 'mark', 'code', 'br', 'hr', 'ul', 'blockquote']
])
const DOCUMENT_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'class',
  'id',
  'href',
  'aria-labelledby',
  'aria-hidden',
  'datetime',
  'start',
  'type'
])

const options = (changes: Partial<PrintOptions> = {}): PrintOptions => ({ ...DEFAULT_PRINT_OPTIONS, ...changes })
const styleOf = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)![1]!

function smallBook(): PrintBook {
  const [selfLove, , trust] = THEMES
  return {
    journalName: "Ana's journal",
    scopeLabel: 'Chosen reflections',
    from: '2026-03-03',
    to: '2026-05-20',
    chapters: [
      {
        id: selfLove!.id,
        title: selfLove!.title,
        colour: selfLove!.colour,
        entries: [{ id: 'r1', title: 'A   quiet\nmorning', date: '2026-03-03', body: doc(para(text('Tea in bed.'))) }]
      },
      { id: 'emotional-needs', title: "Know each other's needs", colour: '#8566bc', entries: [] },
      {
        id: trust!.id,
        title: trust!.title,
        colour: trust!.colour,
        entries: [
          { id: 'r2', title: 'Everything', date: '2026-04-30', body: EVERYTHING },
          { id: 'r3', title: '', date: '2026-05-20', body: doc(para(text('No title.'))), author: 'Sam' }
        ]
      }
    ]
  }
}

beforeEach(() => {
  // Only the clock is fixed ("Printed on …"); setImmediate stays real for the yields.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 4, 21, 12, 0))
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the document', () => {
  it('is a whole HTML document whose one style block is allowed by its hash, and nothing else', async () => {
    const html = await buildPrintHtml(smallBook(), options())
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n')).toBe(true)
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!
    const hash = createHash('sha256').update(styleOf(html), 'utf8').digest('base64')
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'`)
    expect(html.match(/<style>/g)).toHaveLength(1)
    expect(html).not.toMatch(/<script|<link|<img|@import/i)
    // The one kind of URL: the book's fonts, inline.
    expect(html.match(/url\(/gi)!.length).toBe(html.match(/url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\) format\("woff2"\)/g)!.length)
    const tags = scanTags(html)
    expect(tags.filter((t) => !DOCUMENT_TAGS.has(t.name))).toEqual([])
    expect(tags.flatMap((t) => t.attributes.map((a) => a.name)).filter((name) => !DOCUMENT_ATTRIBUTES.has(name))).toEqual([])
  })

  it('names the journal, the scope, the dates and the day it was printed on the title page', async () => {
    const html = await buildPrintHtml(smallBook(), options())
    expect(html).toContain('<title>Ana&#39;s journal</title>')
    expect(html).toContain('<p class="title-page__name">Ana&#39;s journal</p>')
    expect(html).toContain('<p class="title-page__scope">Chosen reflections</p>')
    expect(html).toContain('<p class="title-page__dates">3 March – 20 May 2026</p>')
    expect(html).toContain('<p class="title-page__printed">Printed on Thursday, 21 May 2026</p>')
    // A date range scope is named by its dates already, so they are not repeated.
    const ranged = await buildPrintHtml({ ...smallBook(), scopeLabel: '3 March – 20 May 2026' }, options())
    const body = ranged.slice(ranged.indexOf('<body>'))
    expect(body.match(/3 March – 20 May 2026/g)).toHaveLength(1)
  })

  it('prints the cover the scope gave: what was printed, how much and the days it spans', async () => {
    const cover = { name: 'Our secrets', what: 'Ana and Ben', span: '3 entries, 3 March – 20 May 2026' }
    const html = await buildPrintHtml({ ...smallBook(), cover }, options())
    expect(html).toContain('<p class="title-page__name">Our secrets</p>')
    expect(html).toContain('<p class="title-page__scope">Ana and Ben</p>')
    expect(html).toContain('<p class="title-page__dates">3 entries, 3 March – 20 May 2026</p>')
    expect(html).toContain('<p class="title-page__printed">Printed on Thursday, 21 May 2026</p>')
    expect(html).not.toContain('Chosen reflections</p>')
  })

  it('prints each reflection under its title with the date and weekday, and who wrote a secret', async () => {
    const html = await buildPrintHtml(smallBook(), options())
    expect(html).toContain('<h2 id="ch1-1">A quiet morning</h2>\n<p class="entry-meta"><time datetime="2026-03-03">Tuesday, 3 March 2026</time></p>')
    expect(html).toContain('<h2 id="ch2-2">Untitled</h2>\n<p class="entry-meta"><time datetime="2026-05-20">Wednesday, 20 May 2026</time> · by Sam</p>')
    expect(html).toContain('<span class="task-marker">☑</span>')
    expect(html).toContain('<p>Tea in bed.</p>')
  })

  it('lists exactly its h1 and h2 headings, in order, as contents targets, each linked from its contents line', async () => {
    for (const includeEmptyThemes of [false, true]) {
      const html = await buildPrintHtml(smallBook(), options({ includeEmptyThemes }))
      const headings = [...html.matchAll(/<h([12]) id="([^"]*)">[^<]*<\/h\1>/g)].map((m) => ({ key: m[2], depth: Number(m[1]) }))
      expect(html.match(/<h[12][ >]/g)).toHaveLength(headings.length)
      const targets = outlineTargets(smallBook(), options({ includeEmptyThemes }))
      expect(targets.map(({ key, depth }) => ({ key, depth }))).toEqual(headings)
      // The contents links to each: Chromium writes a named destination only for an id a link points at.
      expect([...html.matchAll(/<a class="toc-row" href="#([^"]*)">/g)].map((m) => m[1])).toEqual(targets.map((t) => t.key))
    }
    expect(outlineTargets(smallBook(), options())).toEqual([
      { anchor: 'self-love', key: 'ch1', depth: 1 },
      { anchor: 'r1', key: 'ch1-1', depth: 2 },
      { anchor: 'trust', key: 'ch2', depth: 1 },
      { anchor: 'r2', key: 'ch2-1', depth: 2 },
      { anchor: 'r3', key: 'ch2-2', depth: 2 }
    ])
  })
})

describe('the options', () => {
  it('leave out the title page and the table of contents when asked', async () => {
    const both = await buildPrintHtml(smallBook(), options())
    expect(both).toContain('<section class="title-page">')
    expect(both).toContain('<nav class="toc"')
    const neither = await buildPrintHtml(smallBook(), options({ titlePage: false, tableOfContents: false }))
    expect(neither).not.toContain('<section class="title-page">')
    expect(neither).not.toContain('<nav')
    expect(neither).not.toContain('Printed on')
  })

  it('set the paper size and margins in @page', async () => {
    const sizes = { A4: 'A4', Letter: 'letter', A5: 'A5' }
    const margins = { narrow: '12mm', normal: '20mm', wide: '28mm' }
    for (const paperSize of PAPER_SIZES) {
      for (const margin of MARGINS) {
        const css = styleOf(await buildPrintHtml(smallBook(), options({ paperSize, margins: margin })))
        expect(css).toContain(`@page { size: ${sizes[paperSize]}; margin: ${margins[margin]}; }`)
      }
    }
  })

  it('colour chapter headings in their theme, or in greys', async () => {
    const coloured = styleOf(await buildPrintHtml(smallBook(), options()))
    expect(coloured).toContain('.ch1 { --chapter: #c2566f;')
    expect(coloured).toContain('.ch2 { --chapter: #3a8883;')
    const grey = styleOf(await buildPrintHtml(smallBook(), options({ themeColours: false })))
    expect(grey).not.toMatch(/#c2566f|#3a8883/)
    expect(grey).toContain('.ch1 { --chapter: #3b3b3b;')
  })

  it('number pages and run a header only when asked, with none on the title page', async () => {
    const css = styleOf(await buildPrintHtml(smallBook(), options({ chaptersOnNewPages: true })))
    expect(css).toContain('@bottom-center { content: counter(page);')
    expect(css).toContain('@page title { @bottom-center { content: none; } @top-center { content: none; } }')
    expect(css).toMatch(/@page ch2 \{ @top-center \{ content: "Ana\\27 s journal · Trust each other";/)
    expect(css).toContain('.chapter.ch2 { page: ch2; }')
    expect(css).toContain('.chapter { break-before: page; }')
    // Chapters that follow on share a page: a named page would force a break, so the header names the scope.
    const flowing = styleOf(await buildPrintHtml(smallBook(), options()))
    expect(flowing).toMatch(/@top-center \{ content: "Ana\\27 s journal · Chosen reflections";/)
    expect(flowing).not.toMatch(/@page ch\d|page: ch\d|break-before: page/)
    const plain = styleOf(await buildPrintHtml(smallBook(), options({ pageNumbers: false })))
    expect(plain).not.toMatch(/counter\(page\)|@top-center|@bottom-center/)
  })

  it('print an empty theme only when asked, with a line saying it is empty', async () => {
    const without = await buildPrintHtml(smallBook(), options())
    expect(without).not.toContain('Know each other&#39;s needs')
    const withEmpty = await buildPrintHtml(smallBook(), options({ includeEmptyThemes: true }))
    expect(withEmpty).toContain('<h1 id="ch2">Know each other&#39;s needs</h1>')
    expect(withEmpty).toContain('<p class="chapter-empty">Nothing in this chapter for what you chose to print.</p>')
    expect(outlineTargets(smallBook(), options({ includeEmptyThemes: true })).map((t) => t.anchor)).toContain('emotional-needs')
  })
})

describe('the table of contents', () => {
  const pageOf = new Map([
    ['self-love', 3],
    ['r1', 3],
    ['trust', 4],
    ['r2', 4],
    ['r3', 1234]
  ])
  const box = /<span class="toc-page">([^<]*)<\/span>/g

  it('shows page numbers only in their boxes: the rest of the document is the same without them', async () => {
    const first = await buildPrintHtml(smallBook(), options())
    const second = await buildPrintHtml(smallBook(), options(), pageOf)
    expect(second).not.toBe(first)
    expect([...first.matchAll(box)].map((m) => m[1])).toEqual(['', '', '', '', ''])
    expect([...second.matchAll(box)].map((m) => m[1])).toEqual(['3', '3', '4', '4', '1234'])
    expect(second.replace(box, '[]')).toBe(first.replace(box, '[]'))
    expect(styleOf(first)).toMatch(/\.toc-page \{ flex: 0 0 11mm; width: 11mm;[^}]*tabular-nums/)
  })

  it('links each line to its heading', async () => {
    const html = await buildPrintHtml(smallBook(), options())
    expect(html).toContain('<a class="toc-row" href="#ch2-1"><span class="toc-text">Everything <span class="toc-date">30 April 2026</span></span>')
    expect(html).toContain('<h2 id="ch2-1">Everything</h2>')
  })
})

describe('user text in the style sheet', () => {
  it('cannot end the string, the rule or the style block', async () => {
    const name = 'Ana "the brave" \\ </style><script>alert(1)</script>\nline two'
    const book = { ...smallBook(), journalName: name }
    book.chapters[0]!.title = "it's } @page { x"
    const html = await buildPrintHtml(book, options({ chaptersOnNewPages: true }))
    const css = styleOf(html)
    expect(html.indexOf('</style>')).toBe(html.indexOf('<style>') + '<style>'.length + css.length)
    expect(css).not.toMatch(/<\/?[a-z]|\n\s*line two/i)
    expect(css).toContain('content: "Ana \\22 the brave\\22  \\5c  \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e  line two";')
    expect(css).toContain('line two · it\\27 s } @page { x";')
    expect(html).not.toContain('<script')
  })
})

describe('a large book', () => {
  it('is built in slices, giving the event loop turns, and grows in proportion', async () => {
    let turns = 0
    let running = true
    const tick = () => {
      turns++
      if (running) setImmediate(tick)
    }
    setImmediate(tick)
    const large = await buildPrintHtml(generatedBook(1000), options())
    running = false
    // 1,000 reflections in slices of about 25: the loop ran in between, dozens of times.
    expect(turns).toBeGreaterThanOrEqual(35)

    const small = await buildPrintHtml(generatedBook(100), options())
    const bodyOf = (html: string) => html.length - styleOf(html).length
    expect(large.length).toBeGreaterThan(2000 * 1000)
    expect(bodyOf(large) / bodyOf(small)).toBeGreaterThan(8)
    expect(bodyOf(large) / bodyOf(small)).toBeLessThan(12)
  })
})
