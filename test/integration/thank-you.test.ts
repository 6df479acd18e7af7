// Thank-you notes (issue 17, item 6): written from Ana's open journal for Ben, sealed into the
// vault like a drop-in, read only when the two of them open it together (first among the new:
// the browser test thank-you.test.ts); searched, printed as a card, answered and marked like any secret.

import { afterEach, describe, expect, it } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../src/shared/print.ts'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { useTempDirs } from '../support/temp-dir.ts'
import { giveBoth, refusal, twoJournals, withVault } from '../support/vault.ts'

const CANARY = 'gratefulokapi'
const tempDir = useTempDirs()
const running: Array<{ backend: SevenfoldBackend; host: TestHost }> = []
afterEach(async () => {
  for (const { backend, host } of running.splice(0)) {
    backend.close()
    await host.close()
  }
})

async function start() {
  const dataDir = tempDir()
  const host = createTestHost({ dir: dataDir })
  const backend = await createBackend({ dataDir, kdfTargetMs: 0, host })
  running.push({ backend, host })
  return { backend, host, dataDir }
}

/** With the vault locked, Ben drops in a note, then Ana thanks Ben from her open journal. */
async function anaThanksBen(backend: SevenfoldBackend, ana: string, ben: string) {
  await backend.vault.lock()
  await backend.vault.seal({ authorId: ben, title: 'A note', body: paragraphDoc('Just a note'), passphrase: PASS_B })
  await backend.session.lock()
  await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
  expect(await backend.vaultShared.thank({ text: `Thank you for the soup, ${CANARY}.\n\nAnd for staying up with me.` })).toBeNull()
}

describe('a thank-you note', () => {
  it('is sealed from Ana’s journal for Ben, readable only together, with its kind and who it is for', async () => {
    const { backend, dataDir } = await start()
    const { ana, ben } = await withVault(backend)
    await anaThanksBen(backend, ana, ben)
    expect((await backend.vault.status()).waitingForBoth.sealed).toBe(true)
    expect((await refusal(backend.vaultSecrets.list())).code).toBe('LOCKED')
    await backend.session.lock()
    // Nothing about it is in the file in plaintext: not its words, its kind, nor who it is for.
    for (const seen of [CANARY, 'thanks', 'forId', 'Thank you, Ben']) expect(canarySightings(dataDir, seen)).toEqual([])

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await giveBoth(backend)
    const listed = await backend.vaultSecrets.list()
    expect(listed).toHaveLength(2)
    const note = listed.find((s) => s.kind === 'thanks')!
    expect(note).toMatchObject({ authorId: ana, forId: ben, kind: 'thanks', isNew: true, wasSealed: true, title: 'Thank you, Ben' })
    expect(listed.find((s) => s.kind === undefined)).not.toHaveProperty('forId')
    const read = await backend.vaultSecrets.get({ id: note.id })
    expect(read.body).toEqual(paragraphDoc(`Thank you for the soup, ${CANARY}.`, 'And for staying up with me.'))
    // It stays as its writer sealed it: not another writer, nor other words or title (edited-shared-copies.test.ts).
    expect((await refusal(backend.vaultSecrets.update({ id: note.id, authorId: ben }))).code).toBe('INVALID_INPUT')
    expect((await refusal(backend.vaultSecrets.update({ id: note.id, title: 'Thank you, my love' }))).code).toBe('INVALID_INPUT')
    expect((await backend.vaultSecrets.list()).find((s) => s.id === note.id)).toMatchObject({ title: 'Thank you, Ben', authorId: ana })

    // Replied to and marked like any secret, and found by search over the open vault.
    await backend.vaultShared.react({ on: { kind: 'secret', id: note.id }, authorId: ben, reaction: 'love' })
    await backend.vaultShared.reply({ on: { kind: 'secret', id: note.id }, authorId: ben, text: 'Any time.' })
    const again = await backend.vaultSecrets.get({ id: note.id })
    expect(again.responses.reactions).toMatchObject([{ authorId: ben, reaction: 'love' }])
    expect(again.responses.replies).toMatchObject([{ authorId: ben, text: 'Any time.' }])
    const hits = (await backend.search.query({ text: CANARY, includeVault: true })).hits
    expect(hits.map((h) => h.kind)).toEqual(['secret'])
  })

  it('goes straight in while the vault is open, and is refused before the journal has seen the vault opened together', async () => {
    const { backend } = await start()
    const { ana, ben } = await twoJournals(backend)
    await backend.vault.create({ partA: 'quiet harbour under amber skies', partB: 'seven paper boats drifting north' })
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await refusal(backend.vaultShared.thank({ text: 'Thank you' }))).code).toBe('FORBIDDEN')
    await backend.session.lock()
    expect((await refusal(backend.vaultShared.thank({ text: 'Thank you' }))).code).toBe('LOCKED')

    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await giveBoth(backend)
    await backend.vaultShared.thank({ text: 'For the tea' })
    expect(await backend.vaultSecrets.list()).toMatchObject([{ kind: 'thanks', authorId: ana, forId: ben, isNew: true }])
  })

  it('prints as a small card, “For Ben, from Ana”', async () => {
    const { backend, host } = await start()
    const { ana, ben } = await withVault(backend)
    await anaThanksBen(backend, ana, ben)
    await giveBoth(backend)
    const options = { ...DEFAULT_PRINT_OPTIONS, tableOfContents: false }
    expect(await backend.print.print({ scope: { kind: 'vault', confirmed: true }, options })).toEqual({ printed: true })
    const html = host.printed.at(-1)!
    expect(html).toMatch(/<article class="entry entry--card">\s*<h2 id="[^"]+">Thank you, Ben<\/h2>\s*<p class="card-to">For Ben, from Ana<\/p>/)
    expect(html).toContain(`Thank you for the soup, ${CANARY}.`)
    // The other secret prints as before, by its author.
    expect(html).toContain('· by Ben')
  })
})
