import { describe, expect, it } from 'vitest'
import { PART_A, PART_B, PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { giveBoth, manualClock, rawDb, twoJournals, withVault } from '../support/vault.ts'

const clock = manualClock()
const newBackend = useBackends(clock.now)
const PROMPT = 'Which three of the eight emotional needs matter most to you right now?'
const ANA_SAYS = 'To be heard, to be understood, to be nurtured.'
const BEN_SAYS = 'To be accepted, to be encouraged, to be forgiven.'
const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA'

type Backend = Awaited<ReturnType<typeof newBackend>>['backend']

/** Everything a partner's screen could ask for before the vault is opened together. */
async function everythingReadable(backend: Backend): Promise<string> {
  const settled = await Promise.allSettled([
    backend.app.status(),
    backend.vault.status(),
    backend.vaultReveals.waiting(),
    backend.vaultReveals.list(),
    backend.vaultSecrets.list(),
    backend.reflections.list(),
    backend.themes.summary()
  ])
  return JSON.stringify(settled.map((s) => (s.status === 'fulfilled' ? s.value : null)))
}

function answerRows(dataDir: string): number {
  const db = rawDb(dataDir)
  try {
    return (db.prepare('SELECT count(*) AS n FROM reveal_answers').get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('both answer, then reveal', () => {
  it('keeps each answer from the other partner until the vault is opened together, then shows both', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()

    // Ana asks from her own journal, answering as she asks.
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const askedAt = new Date(clock.now()).toISOString()
    const { id } = await backend.vaultReveals.ask({ prompt: PROMPT, answer: ANA_SAYS })
    expect(await backend.vaultReveals.waiting()).toEqual([
      { id, prompt: PROMPT, askedBy: ana, askedAt, answeredByMe: true, answeredByPartner: false, myAnswer: ANA_SAYS }
    ])

    // Ben sees the question and that Ana answered, never what she answered.
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect(await backend.vaultReveals.waiting()).toEqual([
      { id, prompt: PROMPT, askedBy: ana, askedAt, answeredByMe: false, answeredByPartner: true, myAnswer: null }
    ])
    expect(await everythingReadable(backend)).not.toContain(ANA_SAYS)
    await expect(backend.vaultReveals.list()).rejects.toMatchObject({ code: 'LOCKED' })

    clock.advance(60_000)
    await backend.vaultReveals.answer({ id, answer: BEN_SAYS })
    // Ben's journal shows him his own answer back (issue 16, item 7), and never Ana's.
    expect((await backend.vaultReveals.waiting())[0]).toMatchObject({ id, answeredByMe: true, answeredByPartner: true, myAnswer: BEN_SAYS })
    // Both answered, and still nothing of the other's is revealed while the vault is locked.
    expect(await everythingReadable(backend)).not.toContain(ANA_SAYS)
    expect(answerRows(dataDir)).toBe(2)

    await giveBoth(backend)
    const reveals = await backend.vaultReveals.list()
    expect(reveals).toEqual([
      {
        id,
        prompt: PROMPT,
        askedBy: ana,
        askedAt,
        revealed: true,
        answers: [
          { profileId: ana, text: ANA_SAYS, answeredAt: askedAt },
          { profileId: ben, text: BEN_SAYS, answeredAt: new Date(clock.now()).toISOString() }
        ],
        answeredBy: [ana, ben],
        responses: { replies: [], reactions: [] }
      }
    ])
    expect(await backend.vaultReveals.waiting()).toEqual([])
    expect(answerRows(dataDir)).toBe(0)

    // Revealed for good: after locking and opening again, still there.
    await backend.vault.lock()
    await giveBoth(backend)
    expect(await backend.vaultReveals.list()).toEqual(reveals)
  })

  it('shows a question with one answer inside the open vault as waiting: who answered, not what', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.vault.lock()
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const { id } = await backend.vaultReveals.ask({ prompt: PROMPT, answer: ANA_SAYS })

    await giveBoth(backend)
    const reveals = await backend.vaultReveals.list()
    expect(reveals).toEqual([
      {
        id,
        prompt: PROMPT,
        askedBy: ana,
        askedAt: expect.any(String),
        revealed: false,
        answers: [],
        answeredBy: [ana],
        responses: { replies: [], reactions: [] }
      }
    ])
    expect(JSON.stringify(reveals)).not.toContain(ANA_SAYS)
  })

  it('takes a changed answer in place of the first one', async () => {
    const { backend } = await newBackend()
    const { ana, ben } = await withVault(backend)
    await backend.vault.lock()
    const { id } = await backend.vaultReveals.ask({ prompt: PROMPT, answer: 'first thoughts' })
    await backend.vaultReveals.answer({ id, answer: BEN_SAYS })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.vaultReveals.answer({ id, answer: ANA_SAYS })

    await giveBoth(backend)
    const [reveal] = await backend.vaultReveals.list()
    expect(reveal?.answers.map((a) => [a.profileId, a.text])).toEqual([
      [ana, ANA_SAYS],
      [ben, BEN_SAYS]
    ])
  })

  it('reveals at once when the second answer arrives while the vault is open', async () => {
    const { backend } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.vault.lock()
    const { id } = await backend.vaultReveals.ask({ prompt: PROMPT, answer: BEN_SAYS })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await giveBoth(backend)
    expect((await backend.vaultReveals.list())[0]).toMatchObject({ id, revealed: false })

    await backend.vaultReveals.answer({ id, answer: ANA_SAYS })
    expect((await backend.vaultReveals.list())[0]).toMatchObject({ id, revealed: true })
  })

  it('needs the vault, and the asking or answering partner’s own journal open', async () => {
    const { backend } = await newBackend()
    const { ana } = await twoJournals(backend)
    await expect(backend.vaultReveals.ask({ prompt: PROMPT, answer: ANA_SAYS })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await backend.vaultReveals.waiting()).toEqual([])

    await backend.vault.create({ partA: PART_A, partB: PART_B })
    await backend.session.lock()
    await expect(backend.vaultReveals.ask({ prompt: PROMPT, answer: ANA_SAYS })).rejects.toMatchObject({ code: 'LOCKED' })
    await expect(backend.vaultReveals.waiting()).rejects.toMatchObject({ code: 'LOCKED' })
    await expect(backend.vaultReveals.answer({ id: UNKNOWN_ID, answer: ANA_SAYS })).rejects.toMatchObject({ code: 'LOCKED' })

    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await expect(backend.vaultReveals.answer({ id: UNKNOWN_ID, answer: ANA_SAYS })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
