import { describe, expect, it } from 'vitest'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'
import { editBlob, giveBoth, manualClock, rawDb, refusal, twoJournals, withVault } from '../support/vault.ts'

const clock = manualClock()
const newBackend = useBackends(clock.now)
type Backend = Awaited<ReturnType<typeof newBackend>>['backend']

const CANARY = 'zanzibarquokka'
const REPLY = 'I kept thinking about this all day'

function rows<T>(dataDir: string, sql: string): T[] {
  const db = rawDb(dataDir)
  try {
    return db.prepare(sql).all() as T[]
  } finally {
    db.close()
  }
}

/** Ana's reflection, shared from her open journal while the vault is locked. */
async function anaShares(backend: Backend, ana: string) {
  await backend.vault.lock()
  await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
  const body = paragraphDoc(`Thank you for the soup, ${CANARY}. I should tell him, not just write it here.`)
  const { id } = await backend.reflections.create({ themeId: 'appreciation', title: 'The soup', body, date: '2026-02-27' })
  const before = await backend.reflections.get({ id })
  clock.advance(60_000)
  const shared = await backend.vaultShared.share({ id })
  return { id, body, before, shared }
}

describe('sharing a reflection', () => {
  it('seals a copy the two can read only together, and keeps the original as it was, marked inside its encrypted header', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    const { id, body, before, shared } = await anaShares(backend, ana)
    const sharedAt = new Date(clock.now()).toISOString()

    expect(shared).toMatchObject({ id, sharedAt, updatedAt: before.updatedAt, title: 'The soup' })
    const after = await backend.reflections.get({ id })
    expect(after).toEqual({ ...before, sharedAt })
    expect(rows(dataDir, 'SELECT id FROM vault_sealed')).toHaveLength(1)
    // Neither the words nor the mark are in the file, in any encoding.
    await backend.session.lock()
    expect(canarySightings(dataDir, CANARY)).toEqual([])
    expect(canarySightings(dataDir, 'sharedAt')).toEqual([])
    expect(canarySightings(dataDir, sharedAt)).toEqual([])

    // Ana alone cannot read it back, nor can Ben alone.
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect((await refusal(backend.vaultSecrets.list())).code).toBe('LOCKED')
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await refusal(backend.vaultSecrets.list())).code).toBe('LOCKED')
    expect(JSON.stringify(await backend.reflections.list())).not.toContain(CANARY)

    await giveBoth(backend)
    const [header] = await backend.vaultSecrets.list()
    expect(header).toMatchObject({
      authorId: ana,
      title: 'The soup',
      isNew: true,
      wasSealed: true,
      sharedFrom: { themeId: 'appreciation', date: '2026-02-27' }
    })
    expect(header).not.toHaveProperty('responses')
    const secret = await backend.vaultSecrets.get({ id: header!.id })
    expect(secret.body).toEqual(body)
    expect(secret.responses).toEqual({ replies: [], reactions: [] })
  })

  it('goes straight in when the vault is open, and is refused from a journal that never saw the vault opened', async () => {
    const { backend } = await newBackend()
    const { ana } = await twoJournals(backend)
    await backend.vault.create({ partA: 'quiet harbour under amber skies', partB: 'seven paper boats drifting north' })
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const { id } = await backend.reflections.create({ themeId: 'trust', title: 'Not yet', body: paragraphDoc('words') })
    expect((await refusal(backend.vaultShared.share({ id }))).code).toBe('FORBIDDEN')
    expect((await backend.reflections.get({ id })).sharedAt).toBeUndefined()

    await giveBoth(backend)
    await backend.vaultShared.share({ id })
    expect(await backend.vaultSecrets.list()).toMatchObject([{ title: 'Not yet', isNew: true, sharedFrom: { themeId: 'trust' } }])
  })
})

describe('replies and reactions', () => {
  it('are kept with a secret and a revealed answer, oldest first, one mark of each kind per partner, and stay after a lock', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await anaShares(backend, ana)
    const { id: question } = await backend.vaultReveals.ask({ prompt: 'What made you smile?', answer: 'Your laugh' })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    await backend.vaultReveals.answer({ id: question, answer: 'The soup' })
    await giveBoth(backend)
    const [secret] = await backend.vaultSecrets.list()
    const on = { kind: 'secret' as const, id: secret!.id }
    // Opened together first: an envelope takes no reply or mark (replies-on-envelopes.test.ts).
    expect((await refusal(backend.vaultShared.reply({ on, authorId: ben, text: REPLY }))).code).toBe('INVALID_INPUT')
    await backend.vaultSecrets.get({ id: secret!.id })

    clock.advance(1000)
    await backend.vaultShared.reply({ on, authorId: ben, text: `  ${REPLY}  ` })
    clock.advance(1000)
    await backend.vaultShared.reply({ on, authorId: ana, text: 'Then I will make it again' })
    await backend.vaultShared.react({ on, authorId: ben, reaction: 'love' })
    await backend.vaultShared.react({ on, authorId: ana, reaction: 'love' })
    await backend.vaultShared.react({ on, authorId: ben, reaction: 'thanks' })
    // A second "love" from Ben takes his off again.
    const after = await backend.vaultShared.react({ on, authorId: ben, reaction: 'love' })
    expect(after.replies.map((r) => [r.authorId, r.text])).toEqual([
      [ben, REPLY],
      [ana, 'Then I will make it again']
    ])
    expect(after.reactions.map((r) => [r.authorId, r.reaction])).toEqual([
      [ana, 'love'],
      [ben, 'thanks']
    ])
    const onReveal = { kind: 'reveal' as const, id: question }
    await backend.vaultShared.react({ on: onReveal, authorId: ana, reaction: 'me-too' })
    await backend.vaultShared.reply({ on: onReveal, authorId: ben, text: 'Always' })

    // Only the two partners, and only revealed answers.
    expect((await refusal(backend.vaultShared.reply({ on, authorId: 'AAAAAAAAAAAAAAAAAAAAAA', text: 'hi' }))).code).toBe('INVALID_INPUT')

    await backend.vault.lock()
    expect((await refusal(backend.vaultShared.reply({ on, authorId: ben, text: 'hi' }))).code).toBe('LOCKED')
    await giveBoth(backend)
    expect((await backend.vaultSecrets.get({ id: secret!.id })).responses).toEqual(after)
    const [reveal] = await backend.vaultReveals.list()
    expect(reveal!.responses.reactions).toMatchObject([{ authorId: ana, reaction: 'me-too' }])
    expect(reveal!.responses.replies).toMatchObject([{ authorId: ben, text: 'Always' }])
    expect((await backend.vault.status()).damagedItems).toBe(0)
  })

  it('moved to another secret or another answer with the blob they live in, are counted damaged and never shown there', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    const first = await backend.vaultSecrets.create({ authorId: ana, title: 'first', body: paragraphDoc('one') })
    const second = await backend.vaultSecrets.create({ authorId: ben, title: 'second', body: paragraphDoc('two') })
    await backend.vaultShared.reply({ on: { kind: 'secret', id: first.id }, authorId: ana, text: REPLY })
    await backend.vault.lock()

    // Ana's reply, carried with the first secret's header onto the second's row.
    const [row] = rows<{ header: Buffer }>(dataDir, `SELECT header FROM vault_secrets WHERE id = '${first.id}'`)
    editBlob(dataDir, 'vault_secrets', 'header', 'id = ?', [second.id], () => row!.header)
    expect(await giveBoth(backend)).toMatchObject({ damagedItems: 1 })
    expect((await backend.vaultSecrets.list()).map((s) => s.title)).toEqual(['first'])
    expect((await refusal(backend.vaultSecrets.get({ id: second.id }))).code).toBe('TAMPERED')
    expect((await refusal(backend.vaultShared.reply({ on: { kind: 'secret', id: second.id }, authorId: ben, text: 'x' }))).code).toBe('TAMPERED')
    expect((await backend.vaultSecrets.get({ id: first.id })).responses.replies).toMatchObject([{ authorId: ana, text: REPLY }])
  })
})
