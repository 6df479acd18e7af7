// Issue 16, item 7: each partner's journal keeps a copy of the question with their own answer, to
// show it back to them while it waits. Ana, at the disk, tries to read Ben's copy by moving it
// into her own journal's place, to pass it off under another question, or to take it away by
// putting back the copy from before he answered. None of it shows her his words, or him words
// that are not his answer to that question.

import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { rawDb, withVault } from '../support/vault.ts'

const BEN_SAYS = 'the night we missed the last train'

type Row = { sealed: Buffer }

function copyOf(db: Database.Database, revealId: string, profileId: string): Buffer {
  return (db.prepare('SELECT sealed FROM reveal_prompts WHERE reveal_id = ? AND profile_id = ?').get(revealId, profileId) as Row).sealed
}

function putCopy(dataDir: string, revealId: string, profileId: string, take: (db: Database.Database) => Buffer): void {
  const db = rawDb(dataDir)
  try {
    db.prepare('UPDATE reveal_prompts SET sealed = ? WHERE reveal_id = ? AND profile_id = ?').run(take(db), revealId, profileId)
  } finally {
    db.close()
  }
}

/** Two questions Ana asked; Ben answered the first. Everything locked after. Returns the ids and Ben's copy of the first from before he answered. */
async function arrange(backend: Awaited<ReturnType<ReturnType<typeof useBackends>>>['backend'], dataDir: string) {
  const { ana, ben } = await withVault(backend)
  await backend.vault.lock()
  await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
  const first = (await backend.vaultReveals.ask({ prompt: 'What was our best mistake?', answer: 'the wrong bus to the sea' })).id
  const second = (await backend.vaultReveals.ask({ prompt: 'What should we never do again?', answer: 'camping in March' })).id
  await backend.session.lock()
  const db = rawDb(dataDir)
  const unanswered = copyOf(db, first, ben)
  db.close()
  await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
  await backend.vaultReveals.answer({ id: first, answer: BEN_SAYS })
  await backend.session.lock()
  return { ana, ben, first, second, unanswered }
}

describe('your own answer’s copy, attacked by the other partner', () => {
  const backendIn = useBackends()

  it('moved into Ana’s own place is unreadable to her journal, and counted damaged there', async () => {
    const { backend, dataDir } = await backendIn()
    const { ana, ben, first } = await arrange(backend, dataDir)
    putCopy(dataDir, first, ana, (db) => copyOf(db, first, ben))
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    const waiting = await backend.vaultReveals.waiting()
    expect(JSON.stringify(waiting)).not.toContain(BEN_SAYS)
    expect(waiting.map((q) => q.id)).not.toContain(first)
    expect((await backend.app.status()).damagedItems).toBe(1)
  })

  it('put under another question shows Ben nothing of it there, and that question is counted damaged', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben, first, second } = await arrange(backend, dataDir)
    putCopy(dataDir, second, ben, (db) => copyOf(db, first, ben))
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const waiting = await backend.vaultReveals.waiting()
    expect(waiting.map((q) => [q.id, q.myAnswer])).toEqual([[first, BEN_SAYS]])
    expect((await backend.app.status()).damagedItems).toBe(1)
  })

  it('put back from before he answered shows no answer, never someone else’s', async () => {
    const { backend, dataDir } = await backendIn()
    const { ben, first, unanswered } = await arrange(backend, dataDir)
    putCopy(dataDir, first, ben, () => unanswered)
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    const question = (await backend.vaultReveals.waiting()).find((q) => q.id === first)
    expect(question).toMatchObject({ answeredByMe: true, myAnswer: null })
  })
})
