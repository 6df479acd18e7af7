import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { escapeHtml } from '../../src/main/print/html-escape.ts'
import { longDate } from '../../src/main/print/print-dates.ts'
import { localDate } from '../../src/shared/dates.ts'
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from '../../src/shared/print.ts'
import type { ThemeId } from '../../src/shared/themes.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import type { TestHost } from '../support/chromium-host.ts'
import { useBackendsWithHost } from '../support/backends-with-host.ts'
import { withVault } from '../support/vault.ts'

type PrintScope = Parameters<SevenfoldBackend['print']['summary']>[0]['scope']

// The printed book's title page and its options (issue 18, item 5), as the print document the
// app sends to the printer: one pass (no contents), so no browser is needed.

const ONE_PASS: PrintOptions = { ...DEFAULT_PRINT_OPTIONS, tableOfContents: false }

/** The print options as the print screen sent them before chapters could follow on or be told by date. */
const OLDER_OPTIONS = {
  titlePage: true,
  tableOfContents: false,
  themeColours: true,
  pageNumbers: true,
  paperSize: 'A4',
  margins: 'normal',
  includeEmptyThemes: false
}

const start = useBackendsWithHost()

/** Ana's November, over three themes, and a reflection in October outside it. */
async function anasNovember(backend: SevenfoldBackend) {
  await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  const write = async (themeId: ThemeId, title: string, date: string) =>
    (await backend.reflections.create({ themeId, title, date, body: paragraphDoc(`About ${title}.`) })).id
  return {
    late: await write('trust', 'The last walk of November', '2026-11-27'),
    early: await write('appreciation', 'Soup on a cold night', '2026-11-04'),
    middle: await write('self-love', 'A slow Sunday', '2026-11-15'),
    october: await write('trust', 'An October letter', '2026-10-12')
  }
}

async function printed(backend: SevenfoldBackend, host: TestHost, scope: PrintScope, options: PrintOptions = ONE_PASS): Promise<string> {
  expect(await backend.print.print({ scope, options })).toEqual({ printed: true })
  return host.printed.at(-1)!
}

/** The title page's lines, as the document spells them. */
function titlePage(html: string): string[] {
  const page = /<section class="title-page">([\s\S]*?)<\/section>/.exec(html)![1]!
  return [...page.matchAll(/<p class="title-page__[a-z]+">([^<]*)<\/p>/g)].map((m) => m[1]!)
}

const printedOn = () => `Printed on ${longDate(localDate())}`

describe('the title page says what was printed, and when', () => {
  it('a date range: the journal, the days asked for, how many and the days they span, the day printed', async () => {
    const { backend, host } = await start()
    await anasNovember(backend)
    const html = await printed(backend, host, { kind: 'dateRange', from: '2026-11-01', to: '2026-11-30' })
    expect(titlePage(html)).toEqual([escapeHtml("Ana's journal"), '1–30 November 2026', '3 reflections, 4–27 November 2026', printedOn()])
  })

  it('a theme by its name; chosen reflections as chosen; one reflection by its title', async () => {
    const { backend, host } = await start()
    const ids = await anasNovember(backend)
    expect(titlePage(await printed(backend, host, { kind: 'theme', themeId: 'trust' }))).toEqual([
      escapeHtml("Ana's journal"),
      'Trust each other',
      '2 reflections, 12 October – 27 November 2026',
      printedOn()
    ])
    expect(titlePage(await printed(backend, host, { kind: 'chosen', ids: [ids.middle, ids.october] }))).toEqual([
      escapeHtml("Ana's journal"),
      'Chosen reflections',
      '2 reflections, 12 October – 15 November 2026',
      printedOn()
    ])
    expect(titlePage(await printed(backend, host, { kind: 'reflection', id: ids.early }))).toEqual([
      escapeHtml("Ana's journal"),
      '“Soup on a cold night”',
      'One reflection, 4 November 2026',
      printedOn()
    ])
  })

  it('the vault: "Our secrets" with both their names', async () => {
    const { backend, host } = await start()
    const { ana, ben } = await withVault(backend)
    await backend.vaultSecrets.create({ authorId: ana, title: 'The ring I hid', body: paragraphDoc('In the blue box.'), date: '2026-06-01' })
    await backend.vaultSecrets.create({ authorId: ben, title: 'Our first flat', body: paragraphDoc('Number nine.'), date: '2026-06-03' })
    const html = await printed(backend, host, { kind: 'vault', confirmed: true })
    expect(titlePage(html)).toEqual(['Our secrets', 'Ana and Ben', '2 entries, 1–3 June 2026', printedOn()])
  })
})

describe('print options from before', () => {
  it('are still taken, and print as the defaults do now; anything else is still refused', async () => {
    const { backend, host } = await start()
    await anasNovember(backend)
    const scope = { kind: 'dateRange', from: '2026-10-01', to: '2026-11-30' }
    expect(await dispatch(backend, 'print.print', { scope, options: OLDER_OPTIONS })).toEqual({ ok: true, value: { printed: true } })
    const html = host.printed.at(-1)!
    // In date order, a chapter a month, each chapter following on after the last.
    expect(html.indexOf('>October 2026</h1>')).toBeGreaterThan(0)
    expect(html.indexOf('>November 2026</h1>')).toBeGreaterThan(html.indexOf('>October 2026</h1>'))
    expect(html).not.toContain('break-before: page')

    for (const options of [
      { ...OLDER_OPTIONS, arrangement: 'byYear' },
      { ...OLDER_OPTIONS, chaptersOnNewPages: 'yes' },
      { ...OLDER_OPTIONS, sideways: true },
      { ...OLDER_OPTIONS, titlePage: undefined }
    ]) {
      expect(await dispatch(backend, 'print.print', { scope, options })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect(host.printed).toHaveLength(1)
  })
})
