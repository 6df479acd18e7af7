import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from '../../src/shared/print.ts'
import { THEMES, type ThemeId } from '../../src/shared/themes.ts'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import type { TestHost } from '../support/chromium-host.ts'
import { useBackendsWithHost } from '../support/backends-with-host.ts'
import { useTempDirs } from '../support/temp-dir.ts'
import { escapeHtml } from '../../src/main/print/html-escape.ts'
import { giveBoth, refusal, withVault } from '../support/vault.ts'

type PrintScope = Parameters<SevenfoldBackend['print']['summary']>[0]['scope']

// Without a table of contents printing is one pass and needs no browser: the test host's print
// dialog keeps the document, which is exactly the HTML the app would print.
const ONE_PASS: PrintOptions = { ...DEFAULT_PRINT_OPTIONS, tableOfContents: false }

const start = useBackendsWithHost()
const tempDir = useTempDirs()

const titleOf = (themeId: ThemeId) => THEMES.find((t) => t.id === themeId)!.title

/** Ana's journal, open, with reflections across three themes and two months. */
async function anasJournal(backend: SevenfoldBackend) {
  const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  const write = async (themeId: ThemeId, title: string, date: string) =>
    (await backend.reflections.create({ themeId, title, date, body: paragraphDoc(`Ana wrote this about ${title}.`) })).id
  const ids = {
    trustLate: await write('trust', 'Trust in May', '2026-05-20'),
    trustEarly: await write('trust', 'Trust in March', '2026-03-03'),
    selfLove: await write('self-love', 'A kind word to myself', '2026-03-31'),
    thanks: await write('appreciation', 'Thank you for the tea', '2026-04-01'),
    thanksLater: await write('appreciation', 'Thank you for the walk', '2026-04-30')
  }
  return { profileId, ids }
}

async function printed(backend: SevenfoldBackend, host: TestHost, scope: PrintScope, options = ONE_PASS): Promise<string> {
  expect(await backend.print.print({ scope, options })).toEqual({ printed: true })
  return host.printed.at(-1)!
}

/** Where each text first appears in the document, as the document spells it (-1 if it does not). */
const positions = (html: string, texts: string[]) => texts.map((text) => html.indexOf(escapeHtml(text)))
const has = (html: string, text: string) => html.includes(escapeHtml(text))
const chapterHeading = (title: string) => `>${escapeHtml(title)}</h1>`
const isIncreasing = (values: number[]) => values.every((v, i) => v >= 0 && (i === 0 || v > values[i - 1]!))

describe('what each scope prints', () => {
  it('prints one reflection, and only it', async () => {
    const { backend, host } = await start()
    const { ids } = await anasJournal(backend)
    const scope: PrintScope = { kind: 'reflection', id: ids.thanks }
    expect(await backend.print.summary({ scope })).toEqual({ items: 1, chapters: 1, months: 1, from: '2026-04-01', to: '2026-04-01' })
    const html = await printed(backend, host, scope)
    expect(has(html, 'Thank you for the tea')).toBe(true)
    expect(has(html, 'Ana wrote this about Thank you for the tea.')).toBe(true)
    expect(has(html, "Ana's journal")).toBe(true)
    for (const other of ['Thank you for the walk', 'Trust in May', 'A kind word to myself']) expect(has(html, other)).toBe(false)
  })

  it('prints a theme as one chapter, oldest first', async () => {
    const { backend, host } = await start()
    await anasJournal(backend)
    const scope: PrintScope = { kind: 'theme', themeId: 'trust' }
    expect(await backend.print.summary({ scope })).toEqual({ items: 2, chapters: 1, months: 2, from: '2026-03-03', to: '2026-05-20' })
    const html = await printed(backend, host, scope)
    expect(isIncreasing([html.indexOf(chapterHeading(titleOf('trust'))), ...positions(html, ['Trust in March', 'Trust in May'])])).toBe(true)
    expect(has(html, titleOf('appreciation'))).toBe(false)
    expect(has(html, 'Thank you')).toBe(false)
  })

  it('prints a date range with both ends included in date order: a chapter a month, each reflection with its theme', async () => {
    const { backend, host } = await start()
    await anasJournal(backend)
    const scope: PrintScope = { kind: 'dateRange', from: '2026-03-01', to: '2026-04-30' }
    expect(await backend.print.summary({ scope })).toEqual({ items: 4, chapters: 3, months: 2, from: '2026-03-03', to: '2026-04-30' })
    const html = await printed(backend, host, scope)
    const order = [
      chapterHeading('March 2026'),
      'Trust in March',
      'A kind word to myself',
      chapterHeading('April 2026'),
      'Thank you for the tea',
      'Thank you for the walk'
    ]
    expect(isIncreasing(order.map((text) => html.indexOf(text.startsWith('>') ? text : escapeHtml(text))))).toBe(true)
    for (const theme of THEMES) expect(html).not.toContain(chapterHeading(theme.title))
    expect(html.match(/<p class="chapter-head__count">2 reflections<\/p>/g)).toHaveLength(2)
    // Each reflection names its theme beside its day.
    expect(html).toContain('· <span class="entry-theme theme-trust">Trust each other</span>')
    expect(html.match(/class="entry-theme theme-appreciation"/g)).toHaveLength(2)
    expect(has(html, 'Trust in May')).toBe(false)
  })

  it('prints a date range by theme when asked: chapters in the themes’ order, oldest first in each', async () => {
    const { backend, host } = await start()
    await anasJournal(backend)
    const scope: PrintScope = { kind: 'dateRange', from: '2026-03-31', to: '2026-04-30' }
    expect(await backend.print.summary({ scope })).toEqual({ items: 3, chapters: 2, months: 2, from: '2026-03-31', to: '2026-04-30' })
    const html = await printed(backend, host, scope, { ...ONE_PASS, arrangement: 'byTheme' })
    // self-love comes before appreciation among the seven themes; within a chapter, oldest first.
    expect(isIncreasing(positions(html, ['A kind word to myself', 'Thank you for the tea', 'Thank you for the walk']))).toBe(true)
    expect(has(html, 'Trust in')).toBe(false)
    expect(html).not.toContain(chapterHeading(titleOf('trust')))
  })

  it('adds the empty themes of a range only when asked', async () => {
    const { backend, host } = await start()
    await anasJournal(backend)
    const scope: PrintScope = { kind: 'dateRange', from: '2026-04-01', to: '2026-04-30' }
    const byTheme: PrintOptions = { ...ONE_PASS, arrangement: 'byTheme' }
    const without = await printed(backend, host, scope, byTheme)
    const withEmpty = await printed(backend, host, scope, { ...byTheme, includeEmptyThemes: true })
    // In date order there are no theme chapters to leave empty.
    expect(await printed(backend, host, scope, { ...ONE_PASS, includeEmptyThemes: true })).not.toContain('class="chapter-empty"')
    for (const theme of THEMES) expect(without.includes(chapterHeading(theme.title))).toBe(theme.id === 'appreciation')
    expect(isIncreasing(THEMES.map((t) => withEmpty.indexOf(chapterHeading(t.title))))).toBe(true)
  })

  it('prints chosen reflections in their chapters, each once', async () => {
    const { backend, host } = await start()
    const { ids } = await anasJournal(backend)
    const scope: PrintScope = { kind: 'chosen', ids: [ids.thanksLater, ids.trustEarly, ids.thanksLater] }
    expect(await backend.print.summary({ scope })).toEqual({ items: 2, chapters: 2, months: 2, from: '2026-03-03', to: '2026-04-30' })
    const html = await printed(backend, host, scope)
    expect(isIncreasing(positions(html, ['Trust in March', 'Thank you for the walk']))).toBe(true)
    expect(html.split('>Thank you for the walk</h2>').length).toBe(2)
    expect(has(html, 'Thank you for the tea')).toBe(false)
  })

  it('counts nothing for an empty range and refuses to print it, and refuses a range that ends before it starts', async () => {
    const { backend } = await start()
    await anasJournal(backend)
    const empty: PrintScope = { kind: 'dateRange', from: '2025-01-01', to: '2025-12-31' }
    expect(await backend.print.summary({ scope: empty })).toEqual({ items: 0, chapters: 0, months: 0, from: null, to: null })
    expect(await refusal(backend.print.print({ scope: empty, options: ONE_PASS }))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('between these dates')
    })
    expect(await refusal(backend.print.summary({ scope: { kind: 'dateRange', from: '2026-05-01', to: '2026-04-01' } }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'to'
    })
  })
})

describe('what printing refuses', () => {
  it('needs the open journal', async () => {
    const { backend, host } = await start()
    const { ids } = await anasJournal(backend)
    await backend.session.lock()
    const scope: PrintScope = { kind: 'reflection', id: ids.thanks }
    for (const call of [
      backend.print.summary({ scope }),
      backend.print.print({ scope, options: ONE_PASS }),
      backend.print.savePdf({ scope, options: ONE_PASS })
    ]) {
      expect(await refusal(call)).toMatchObject({ code: 'LOCKED' })
    }
    expect(host.printed).toEqual([])
    expect(host.dialogs).toEqual([])
  })

  it('says a reflection is missing, and how many chosen ones are, without naming any', async () => {
    const { backend } = await start()
    const { ids } = await anasJournal(backend)
    const gone = 'ZZZZZZZZZZZZZZZZZZZZZZ'
    const alsoGone = 'YYYYYYYYYYYYYYYYYYYYYY'
    expect(await refusal(backend.print.summary({ scope: { kind: 'reflection', id: gone } }))).toMatchObject({ code: 'NOT_FOUND' })
    const error = await refusal(backend.print.summary({ scope: { kind: 'chosen', ids: [ids.thanks, gone, alsoGone] } }))
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toMatch(/^2 of the chosen reflections are not in your journal/)
    for (const id of [gone, alsoGone, ids.thanks]) expect(error.message).not.toContain(id)
  })

  it('gives a partner nothing of the other’s journal: not by range, not by id', async () => {
    const { backend, host } = await start()
    const { ids } = await anasJournal(backend)
    await backend.session.lock()
    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    await backend.reflections.create({ themeId: 'trust', title: 'Ben on trust', date: '2026-04-02', body: paragraphDoc('Ben wrote this.') })

    const everything: PrintScope = { kind: 'dateRange', from: '2000-01-01', to: '2099-12-31' }
    expect(await backend.print.summary({ scope: everything })).toEqual({ items: 1, chapters: 1, months: 1, from: '2026-04-02', to: '2026-04-02' })
    const html = await printed(backend, host, everything, { ...ONE_PASS, includeEmptyThemes: true })
    expect(has(html, "Ben's journal")).toBe(true)
    expect(has(html, 'Ben wrote this.')).toBe(true)
    for (const text of ['Ana wrote', "Ana's journal", 'Trust in May', 'Thank you for the tea']) expect(has(html, text)).toBe(false)

    const byId = await refusal(backend.print.print({ scope: { kind: 'reflection', id: ids.trustLate }, options: ONE_PASS }))
    expect(byId.code).toBe('NOT_FOUND')
    const chosen = await refusal(backend.print.print({ scope: { kind: 'chosen', ids: Object.values(ids) }, options: ONE_PASS }))
    expect(chosen).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^5 of the chosen/) })
    for (const id of Object.values(ids)) expect(chosen.message).not.toContain(id)
    expect(host.printed).toHaveLength(1)
  })

  it('answers without a host with a sentence, not a crash', async () => {
    const backend = await createBackend({ dataDir: tempDir(), kdfTargetMs: 0 })
    try {
      await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
      await backend.reflections.create({ themeId: 'trust', title: 'One', body: paragraphDoc('x') })
      const scope: PrintScope = { kind: 'theme', themeId: 'trust' }
      expect(await backend.print.summary({ scope })).toMatchObject({ items: 1 })
      expect(await refusal(backend.print.print({ scope, options: ONE_PASS }))).toMatchObject({
        code: 'INTERNAL',
        message: expect.stringContaining('not available')
      })
    } finally {
      backend.close()
    }
  })
})

describe('saving a PDF, up to the dialog', () => {
  it('offers a name from the journal and the scope, and writes nothing when the dialog is cancelled', async () => {
    const { backend, host } = await start()
    await anasJournal(backend)
    host.saveAs = null
    expect(await backend.print.savePdf({ scope: { kind: 'theme', themeId: 'emotional-needs' }, options: ONE_PASS }).catch((e: unknown) => e)).toMatchObject({
      code: 'NOT_FOUND'
    })
    expect(host.dialogs).toEqual([])

    expect(await backend.print.savePdf({ scope: { kind: 'theme', themeId: 'trust' }, options: ONE_PASS })).toEqual({ saved: false })
    expect(host.dialogs).toEqual([
      { kind: 'save', title: 'Save as PDF', defaultName: "Ana's journal – Trust each other.pdf", filters: [{ name: 'PDF document', extensions: ['pdf'] }] }
    ])
  })

  it('writes nothing if the journal locks while the dialog is open', async () => {
    const { backend, host } = await start()
    await anasJournal(backend)
    host.saveAs = join(host.dir, 'never.pdf')
    const choose = host.chooseSaveFile
    // The journal's idle lock fires while the person is still choosing where.
    host.chooseSaveFile = async (asked) => {
      await backend.session.lock()
      return choose(asked)
    }
    expect(await refusal(backend.print.savePdf({ scope: { kind: 'theme', themeId: 'trust' }, options: ONE_PASS }))).toMatchObject({ code: 'LOCKED' })
    expect(existsSync(host.saveAs)).toBe(false)
  })
})

describe('printing the vault', () => {
  it('needs the vault open together, prints each secret with its author, and leaves new secrets new', async () => {
    const { backend, host } = await start()
    const { ana, ben } = await withVault(backend)
    const scope: PrintScope = { kind: 'vault', confirmed: true }
    await backend.vaultSecrets.create({ authorId: ana, title: 'The letter', body: paragraphDoc('I kept the letter.'), date: '2025-06-01' })
    await backend.vault.lock()
    // Dropped in while the vault is shut: it arrives as new when it is next opened.
    await backend.vault.seal({ authorId: ben, title: 'Three small words', body: paragraphDoc('Said at last.'), passphrase: PASS_B })
    expect(await refusal(backend.print.summary({ scope }))).toMatchObject({ code: 'LOCKED' })
    expect(await refusal(backend.print.print({ scope, options: ONE_PASS }))).toMatchObject({ code: 'LOCKED' })

    expect((await giveBoth(backend)).open).toBe(true)
    expect(await backend.print.summary({ scope })).toMatchObject({ items: 2, chapters: 1 })
    const html = await printed(backend, host, scope)
    expect(has(html, 'Our vault')).toBe(true)
    expect(isIncreasing(positions(html, ['The letter', 'by Ana', 'I kept the letter.', 'Three small words', 'by Ben', 'Said at last.']))).toBe(true)
    // Ben's journal is the open one; the vault's secrets are the vault's, and nothing else is printed.
    expect(has(html, "Ben's journal")).toBe(false)

    const sealed = (await backend.vaultSecrets.list()).find((s) => s.title === 'Three small words')!
    expect(sealed.isNew).toBe(true)
  })
})
