// Each practice printed in the layout that fits it (issue 17), through the real backend's
// print.savePdf with headless Chromium as the print window, and read back from the PDF as a
// reader would see it: a check-in, a needs check-in and an occasion as small tables of their
// fields, a thank-you note as a card, time together as lists.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../src/shared/print.ts'
import { weekStartOf } from '../../src/shared/time-together.ts'
import { PASS_A } from '../support/backend.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { readPdf, type ReadPdf } from '../support/pdf.ts'
import { giveBoth, withVault } from '../support/vault.ts'

type PrintScope = Parameters<SevenfoldBackend['print']['summary']>[0]['scope']

const OUT = resolve('test-results/print-practices')
let dir: string
let host: TestHost
let backend: SevenfoldBackend
let ids: { ana: string; ben: string }

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sevenfold-print-practices-'))
  host = createTestHost({ dir })
  backend = await createBackend({ dataDir: dir, kdfTargetMs: 0, host })
  ids = await withVault(backend)
})

afterAll(async () => {
  backend?.close()
  await host?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function savePdf(name: string, scope: PrintScope): Promise<ReadPdf> {
  host.saveAs = join(dir, `${name}.pdf`)
  expect(await backend.print.savePdf({ scope, options: DEFAULT_PRINT_OPTIONS })).toEqual({ saved: true, fileName: `${name}.pdf` })
  const pdf = await readPdf(readFileSync(host.saveAs))
  for (let n = 1; n <= pdf.pageCount; n++) await pdf.renderPng(n, join(OUT, `${name}-page-${n}.png`))
  return pdf
}

const linesOf = (pdf: ReadPdf) => pdf.pages.join('\n').split('\n')

describe('practices in print', () => {
  test('a daily check-in prints as a table: each label beside its own line, an empty line left out', async () => {
    await backend.session.unlock({ profileId: ids.ana, passphrase: PASS_A })
    await backend.checkIns.save({ lines: { forward: 'Bread from the new bakery', heard: '', tell: 'The heron is back on the canal' } })
    const pdf = await savePdf('check-in', { kind: 'theme', themeId: 'small-talk' })
    const lines = linesOf(pdf)
    expect(lines).toContain('Daily check-in')
    // A table row reads across: the label, then the words, on one line of text.
    expect(lines).toContain('Looking forward to Bread from the new bakery')
    expect(lines).toContain('To tell my partner The heron is back on the canal')
    expect(lines.join('\n')).not.toContain('Read, watched or heard')
    // The body's bold labels with colons are not printed as well.
    expect(lines.join('\n')).not.toContain('Looking forward to:')
  })

  test('an occasion prints as a table of what it is, its kind and a way to be there', async () => {
    await backend.session.unlock({ profileId: ids.ana, passphrase: PASS_A })
    await backend.occasions.note({ what: 'Ben’s job interview', on: '2026-03-05', tone: 'hopeful', line: 'A good breakfast first' })
    const pdf = await savePdf('occasion', { kind: 'theme', themeId: 'being-there' })
    const lines = linesOf(pdf)
    expect(lines).toContain('Ben’s job interview')
    expect(lines).toContain('A moment to be there for Ben’s job interview')
    expect(lines).toContain('What kind of moment Something hopeful')
    expect(lines).toContain('How I could be there A good breakfast first')
  })

  test('a thank-you note prints as a card, for the one it thanks and from the one who wrote it', async () => {
    await backend.session.unlock({ profileId: ids.ana, passphrase: PASS_A })
    expect(await backend.vaultShared.thank({ text: 'Thank you for the soup when I was ill.' })).toBeNull()
    await giveBoth(backend)
    const pdf = await savePdf('thanks', { kind: 'vault', confirmed: true })
    const lines = linesOf(pdf)
    expect(lines).toContain('Thank you, Ben')
    expect(lines).toContain('For Ben, from Ana')
    expect(lines).toContain('Thank you for the soup when I was ill.')
  })

  test('a needs check-in prints its needs in order, and shared in the vault with what the other could do', async () => {
    await backend.session.unlock({ profileId: ids.ana, passphrase: PASS_A })
    const needs = await backend.needs.save({ top: [{ id: 'heard' }, { own: 'A slow Sunday' }], line: 'A long week' })
    const journal = linesOf(await savePdf('needs', { kind: 'theme', themeId: 'emotional-needs' }))
    expect(journal).toContain('Needs check-in')
    expect(journal).toContain('First need To be heard')
    expect(journal).toContain('Second need A slow Sunday')
    expect(journal).toContain('A line about it A long week')

    await backend.vaultShared.shareNeeds({ id: needs.id })
    await giveBoth(backend)
    const shared = (await backend.vaultSecrets.list()).find((secret) => secret.kind === 'needs')!
    await backend.vaultSecrets.get({ id: shared.id })
    await backend.vaultShared.offerForNeed({ id: shared.id, text: 'Listen to the whole story on Friday' })
    const vault = linesOf(await savePdf('needs-vault', { kind: 'vault', confirmed: true }))
    expect(vault).toContain('First need To be heard')
    expect(vault).toContain('One thing Ben could do this week Listen to the whole story on Friday')
    expect(vault).toContain('2 entries')
  })

  test('time together prints as its own chapter: what they did as a dated list, oldest first, and their ideas, the planned said so', async () => {
    const { ideas } = await backend.vaultTime.list()
    const planned = ideas[0]!
    await backend.vaultTime.plan({ id: planned.id, week: weekStartOf(new Date()) })
    await backend.vaultTime.log({ date: '2026-11-20', what: 'Soup and a film' })
    await backend.vaultTime.log({ date: '2026-11-27', what: 'A walk to the lighthouse' })
    const lines = linesOf(await savePdf('time-together', { kind: 'vault', confirmed: true }))
    expect(lines).toContain('Time together')
    expect(lines).toContain('What we did together')
    expect(lines).not.toContain('2 reflections')
    const walk = lines.indexOf('Friday, 27 November 2026 A walk to the lighthouse')
    const soup = lines.indexOf('Friday, 20 November 2026 Soup and a film')
    expect(soup).toBeGreaterThan(-1)
    expect(walk).toBeGreaterThan(soup)
    expect(lines).toContain('Ideas for the two of us')
    expect(lines.join(' ')).toContain(`${planned.text} (planned for the week of`)
    // Printing them is not opening them together: nothing about the list changed.
    expect((await backend.vaultTime.list()).ideas).toHaveLength(ideas.length)
  })
})
