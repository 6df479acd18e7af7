import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import type { RichTextNode } from '../../src/shared/rich-text.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../src/shared/print.ts'
import { THEME_IDS, THEMES } from '../../src/shared/themes.ts'
import { PASS_A } from '../support/backend.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { readPdf, type ReadPdf } from '../support/pdf.ts'

type PrintScope = Parameters<SevenfoldBackend['print']['summary']>[0]['scope']

// PDFs made the way the app makes them: the real backend's print.savePdf, the same print HTML,
// with headless Chromium standing in for the app's hidden print window. Each is read back as
// text (what a reader would see) and its first pages drawn to test-results/print/ to be looked at.

const OUT = resolve('test-results/print')
const COUNT = 100
const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value })
const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content })
const task = (checked: boolean, value: string): RichTextNode => ({ type: 'taskItem', attrs: { checked }, content: [para(text(value))] })

/** The reflection that shows most of what a body can hold. */
const RICH: RichTextNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('What we planned')] },
    para(text('We talked it through '), text('slowly', [{ type: 'bold' }]), text(' and '), text('kindly', [{ type: 'italic' }]), text('.')),
    { type: 'taskList', content: [task(true, 'Book the table by the window'), task(false, 'Call Mum on Sunday')] },
    { type: 'blockquote', content: [para(text('Small things, often.'))] },
    para(text('The recipe is at '), text('the market site', [{ type: 'link', attrs: { href: 'https://example.org/recipe' } }]), text('.'))
  ]
}

/** Day i of the journal: 1 January 2026 onwards. */
const dayOf = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)
const titleOf = (i: number) => `Evening ${String(i + 1).padStart(3, '0')}`
const plainBody = (i: number): RichTextNode => ({
  type: 'doc',
  content: Array.from({ length: 3 }, (_, p) =>
    para(text(`${titleOf(i)}, part ${p + 1}: we walked home the long way and talked about the garden, the week ahead and the friends we miss. `.repeat(2)))
  )
})

let dir: string
let host: TestHost
let backend: SevenfoldBackend
const ids: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sevenfold-print-'))
  host = createTestHost({ dir })
  backend = await createBackend({ dataDir: dir, kdfTargetMs: 0, host })
  await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  for (let i = 0; i < COUNT; i++) {
    const themeId = THEME_IDS[i % THEME_IDS.length]!
    ids.push((await backend.reflections.create({ themeId, title: titleOf(i), date: dayOf(i), body: i === 2 ? RICH : plainBody(i) })).id)
  }
})

afterAll(async () => {
  backend?.close()
  await host?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Saves the scope as a PDF through the backend, reads it back, and draws its first pages. */
async function savePdf(name: string, scope: PrintScope, options = DEFAULT_PRINT_OPTIONS): Promise<ReadPdf> {
  host.saveAs = join(dir, `${name}.pdf`)
  expect(await backend.print.savePdf({ scope, options })).toEqual({ saved: true, fileName: `${name}.pdf` })
  // The PDF is the journal in plaintext: only its owner may read it.
  expect(statSync(host.saveAs).mode & 0o777).toBe(0o600)
  const pdf = await readPdf(readFileSync(host.saveAs))
  for (let n = 1; n <= Math.min(3, pdf.pageCount); n++) await pdf.renderPng(n, join(OUT, `${name}-page-${n}.png`))
  return pdf
}

const lines = (page: string) => page.split('\n')

/**
 * Checks each contents line's page number against the page where that heading really is:
 * the first page after the last one found whose text has the heading as a line of its own.
 * The contents start on page 2, after the title page, and end where the first chapter starts.
 */
function expectContentsTrue(pdf: ReadPdf, headings: string[]): void {
  expect(lines(pdf.pages[1]!), 'page 2 is the contents').toContain('Contents')
  const firstChapter = pdf.pages.findIndex((page, i) => i > 1 && lines(page).includes(headings[0]!))
  expect(firstChapter, 'the first chapter is printed').toBeGreaterThan(1)
  const contents = pdf.pages.slice(1, firstChapter).join('\n')
  let from = firstChapter
  for (const heading of headings) {
    const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const listed = new RegExp(`^${escaped}(?: .*)? (\\d+)$`, 'm').exec(contents)
    expect(listed, `"${heading}" is in the contents`).not.toBeNull()
    const actual = pdf.pages.findIndex((page, i) => i >= from && lines(page).includes(heading))
    expect(actual, `"${heading}" is printed after what comes before it`).toBeGreaterThan(0)
    expect(Number(listed![1]), `the contents' page for "${heading}"`).toBe(actual + 1)
    from = actual
  }
}

/** Every page but the title page carries its own number as a line of its own. */
function expectPageNumbers(pdf: ReadPdf): void {
  expect(lines(pdf.pages[0]!)).not.toContain('1')
  for (let n = 2; n <= pdf.pageCount; n++) expect(lines(pdf.pages[n - 1]!), `page ${n}'s number`).toContain(String(n))
}

describe('printing to PDF', () => {
  const pageCounts: Record<string, number> = {}

  test('one reflection: title, date with weekday, faithful body, task boxes, one to three pages', async () => {
    const pdf = await savePdf('one-reflection', { kind: 'reflection', id: ids[2]! })
    pageCounts.one = pdf.pageCount
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1)
    expect(pdf.pageCount).toBeLessThanOrEqual(3)
    const all = pdf.pages.join('\n')
    expect(lines(pdf.pages[0]!)).toContain("Ana's journal")
    expect(lines(all)).toContain(titleOf(2))
    // 3 January 2026 was a Saturday.
    expect(lines(all)).toContain('Saturday, 3 January 2026')
    expect(lines(all)).toContain('☑ Book the table by the window')
    expect(lines(all)).toContain('☐ Call Mum on Sunday')
    expect(all).toContain('What we planned')
    expect(all).toContain('Small things, often.')
    expect(all).toContain('https://example.org/recipe')
    for (const other of [titleOf(1), titleOf(3)]) expect(all).not.toContain(other)
    expectPageNumbers(pdf)
    expectContentsTrue(pdf, [THEMES[2]!.title, titleOf(2)])
    await pdf.close()
  })

  test('a theme chapter: its reflections oldest first, contents pointing at the right pages', async () => {
    const pdf = await savePdf('theme-chapter', { kind: 'theme', themeId: 'trust' })
    pageCounts.theme = pdf.pageCount
    const trust = ids.map((_, i) => i).filter((i) => THEME_IDS[i % THEME_IDS.length] === 'trust')
    const all = pdf.pages.join('\n')
    for (const i of trust) expect(lines(all)).toContain(titleOf(i))
    expect(all).not.toContain(titleOf(0))
    expect(all).not.toContain(THEMES[0]!.title)
    expectPageNumbers(pdf)
    expectContentsTrue(pdf, [THEMES[2]!.title, ...trust.map(titleOf)])
    await pdf.close()
  })

  test(`a date range of ${COUNT} reflections: a chapter a month in date order, contents true to the page, many more pages`, async () => {
    const pdf = await savePdf('date-range', { kind: 'dateRange', from: dayOf(0), to: dayOf(COUNT - 1) })
    const all = pdf.pages.join('\n')
    expect(lines(pdf.pages[0]!)).toContain('1 January – 10 April 2026')
    for (let i = 0; i < COUNT; i++) expect(lines(all), titleOf(i)).toContain(titleOf(i))
    // A chapter a month, every reflection oldest first: the order the contents must follow.
    const months = ['January 2026', 'February 2026', 'March 2026', 'April 2026']
    const order = ids.flatMap((_, i) => [...(dayOf(i).endsWith('-01') ? [months[Number(dayOf(i).slice(5, 7)) - 1]!] : []), titleOf(i)])
    expectPageNumbers(pdf)
    expectContentsTrue(pdf, order)
    expect(pdf.pageCount).toBeGreaterThan(pageCounts.theme!)
    expect(pdf.pageCount).toBeGreaterThanOrEqual(10 * pageCounts.one!)
    expect(pageCounts.theme).toBeGreaterThan(pageCounts.one!)
    await pdf.close()
  })

  test(`the same ${COUNT} reflections by theme: every theme's chapter, contents true to the page`, async () => {
    const pdf = await savePdf(
      'date-range-by-theme',
      { kind: 'dateRange', from: dayOf(0), to: dayOf(COUNT - 1) },
      { ...DEFAULT_PRINT_OPTIONS, arrangement: 'byTheme' }
    )
    // Chapters in the themes' order, each oldest first: the order the contents must follow.
    const order = THEMES.flatMap((theme) => [
      theme.title,
      ...ids
        .map((_, i) => i)
        .filter((i) => THEME_IDS[i % THEME_IDS.length] === theme.id)
        .map(titleOf)
    ])
    expectPageNumbers(pdf)
    expectContentsTrue(pdf, order)
    await pdf.close()
  })

  test('a reflection started from a prompt, with no title: its first line as the title, the prompt above the body', async () => {
    // Outside the other tests' dates and themes, so it changes none of their books.
    const prompt = 'What did Ben do this week that you admired?'
    const body: RichTextNode = { type: 'doc', content: [para(text('He carried the shopping up four floors')), para(text('and never said a word about it.'))] }
    const { id } = await backend.reflections.create({ themeId: 'appreciation', title: '', date: '2027-02-01', body, prompt })
    const pdf = await savePdf('started-from-a-prompt', { kind: 'reflection', id })
    const printed = lines(pdf.pages.join('\n'))
    const heading = printed.indexOf('He carried the shopping up four floors')
    const started = printed.indexOf(`Started from: ${prompt}`)
    expect(heading, 'the first line is the heading').toBeGreaterThan(0)
    expect(started, 'the prompt is printed').toBeGreaterThan(heading)
    expect(printed.indexOf('and never said a word about it.'), 'the prompt comes before the body').toBeGreaterThan(started)
    expect(printed).not.toContain('Untitled')
    await pdf.close()
  })
})
