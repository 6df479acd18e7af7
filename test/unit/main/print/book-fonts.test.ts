// Which of the fonts in resources/fonts/ (made by scripts/book-fonts.ts in the tests' global
// setup) a book embeds: only slices that draw one of its characters, from the first family that
// draws each, Han in the forms the book is written in. What Chromium then draws with them is
// test/e2e/print-scripts.test.ts.

import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bookFaces, type PlacedFace } from '../../../../src/main/print/book-fonts.ts'
import { bookFontCss, styleHash } from '../../../../src/main/print/font-faces.ts'
import { hanForms } from '../../../../src/main/print/han-forms.ts'
import type { PrintBook } from '../../../../src/main/print/print-book.ts'
import { doc, para, text } from '../../../support/print-fixtures.ts'
import { SCRIPT_SAMPLES } from '../../../support/script-samples.ts'

const book = (...texts: string[]): PrintBook => ({
  journalName: "Ana's journal",
  scopeLabel: 'Chosen reflections',
  from: '2026-01-01',
  to: '2026-01-02',
  chapters: [
    {
      id: 'trust',
      title: 'Trust each other',
      colour: '#2f7f74',
      entries: texts.map((value, i) => ({ id: `r${i}`, title: `Day ${i + 1}`, date: '2026-01-01', body: doc(para(text(value))) }))
    }
  ]
})
const sample = (id: string) => SCRIPT_SAMPLES.find((s) => s.id === id)!.text
/** "literata/literata-latin-wght-normal.woff2" → "literata latin normal". */
const names = (faces: PlacedFace[]) =>
  faces.map((f) =>
    f.file
      .replace(/\.woff2$/, '')
      .replace(/\/(literata|noto-[a-z-]+?)-/, ' ')
      .replace('-wght-', ' ')
  )
const folders = (faces: PlacedFace[]) => [...new Set(faces.map((f) => f.file.split('/')[0]))]

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the fonts a book embeds', () => {
  it('in English: Literata’s Latin slice, upright and italic, and nothing else', async () => {
    const faces = await bookFaces(book('We walked home — slowly — and said “thank you”… twice. 100% £5 café'))
    expect(names(faces)).toEqual(['literata latin normal', 'literata latin italic'])
    expect(faces.every((f) => f.family === 'Sevenfold Literata')).toBe(true)
  })

  it('in Greek, Cyrillic and Vietnamese: Literata’s own slices for them', async () => {
    const faces = await bookFaces(book(sample('greek'), sample('cyrillic'), 'Việt Nam'))
    expect(folders(faces)).toEqual(['literata'])
    for (const subset of ['greek', 'cyrillic', 'vietnamese']) expect(names(faces)).toContain(`literata ${subset} normal`)
  })

  it.each([
    ['arabic', 'arabic'],
    ['persian', 'arabic'],
    ['hebrew', 'hebrew'],
    ['hindi', 'devanagari'],
    ['emoji', 'emoji']
  ])('in %s: Literata for the book’s own words, and %s', async (id, folder) => {
    expect(folders(await bookFaces(book(sample(id))))).toEqual(['literata', folder])
  })

  it.each([
    ['chinese-simplified', 'han-sc'],
    ['chinese-traditional', 'han-tc'],
    ['japanese', 'han-jp'],
    ['korean', 'han-kr']
  ])('in %s: the Han faces of %s', async (id, folder) => {
    const faces = await bookFaces(book(sample(id)))
    expect(folders(faces)).toEqual(['literata', folder])
    expect(faces.filter((f) => f.family === 'Sevenfold Han').length).toBeGreaterThan(0)
  })

  it('in Japanese and Chinese at once: the book’s forms last, so Chromium tries them first', async () => {
    // Mostly Japanese: its forms first; the simplified-only characters come from the Chinese font.
    const faces = await bookFaces(book(sample('japanese'), sample('japanese'), '们这'))
    const han = faces.filter((f) => f.family === 'Sevenfold Han').map((f) => f.file.split('/')[0])
    expect(new Set(han)).toEqual(new Set(['han-sc', 'han-jp']))
    expect(han.at(-1)).toBe('han-jp')
    expect(han.indexOf('han-sc')).toBeLessThan(han.indexOf('han-jp'))
  })

  it('embeds nothing for invisible characters: joiners and selectors ride with the letters around them', async () => {
    // ZWJ and ZWNJ are in the Arabic font first: a book of emoji and Latin must not pull it in for them.
    expect(folders(await bookFaces(book('ok\u200d\u200c\ufe0f\u2003\u2009')))).toEqual(['literata'])
  })
})

describe('the forms of Han characters', () => {
  const forms = (value: string) => hanForms(new Map([...value].map((c) => [c.codePointAt(0)!, 1])), async () => () => ({ simplified: true, traditional: true }))

  it('are Japanese with kana, Korean with hangul, Traditional with traditional-only characters, else Simplified', async () => {
    expect(await forms(sample('japanese'))).toBe('ja')
    expect(await forms(sample('korean'))).toBe('ko')
    expect(await forms(sample('chinese-traditional'))).toBe('zh-Hant')
    expect(await forms(sample('chinese-simplified'))).toBe('zh-Hans')
    expect(await forms('山水')).toBe('zh-Hans')
  })

  it('stay Chinese for a Chinese text that quotes a Japanese word, and Korean for Korean with hanja', async () => {
    expect(await forms(`${sample('chinese-simplified')}${sample('chinese-simplified')}「かわいい」`)).toBe('zh-Hans')
    expect(await forms('大韓民國 사람들은 오늘 함께 공원을 산책했어요')).toBe('ko')
  })
})

describe('the @font-face rules', () => {
  it('carry each face inline, once for both passes, hashed with the rest of the sheet', async () => {
    const shared = book(sample('japanese'))
    const [first, second] = [await bookFontCss(shared), await bookFontCss(shared)]
    expect(first.css).toBe(second.css)
    const rules = first.css.match(/@font-face \{[^}]*\}/g)!
    expect(rules).toHaveLength((await bookFaces(shared)).length)
    for (const rule of rules) {
      expect(rule).toMatch(/^@font-face \{ font-family: "Sevenfold (Literata|Han)"; font-style: (normal|italic); font-weight: \d+ \d+; font-display: swap; /)
      expect(rule).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\) format\("woff2"\); unicode-range: U\+[0-9a-f]+/)
    }
    const rest = 'body { margin: 0 }'
    expect(styleHash(first, rest)).toBe(
      createHash('sha256')
        .update(first.css + rest)
        .digest('base64')
    )
    // Each copy of the hash goes on alone.
    expect(styleHash(second, rest)).toBe(styleHash(await bookFontCss(shared), rest))
  })

  it('are none when resources/fonts/ is missing: the book prints with the system’s fonts, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const empty = mkdtempSync(join(tmpdir(), 'sevenfold-no-fonts-'))
    try {
      const fonts = await bookFontCss(book('Hello'), pathToFileURL(`${empty}/`))
      expect(fonts.css).toBe('')
      expect(warn).toHaveBeenCalledTimes(1)
      expect(String(warn.mock.calls[0]![0])).toMatch(/^Sevenfold: the book's fonts are missing/)
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
