// Ben, alone at the locked vault, floods it with ideas for time together: some through the app
// (sealIdea needs no one else) and thousands more sealed with the vault's public key from the
// file, each just as the app seals one. At their next opening together the list takes in no
// more than it holds (TIME_IDEAS_MAX); the rest stay sealed where they are, said as waiting, and
// join as room is made; and neither the opening nor the first list holds the main process's
// event loop for longer than issue 13 allows.

import { describe, expect, it } from 'vitest'
import { sealJson } from '../../src/main/crypto/seal.ts'
import { randomId } from '../../src/main/crypto/secret-buffer.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { TIME_IDEAS_MAX } from '../../src/shared/time-together.ts'
import { paragraphDoc, useBackends } from '../support/backend.ts'
import { STALL_LIMIT_MS, withStallProbe } from '../support/loop-stall.ts'
import { giveBoth, rawDb, refusal, withVault } from '../support/vault.ts'

const newBackend = useBackends()

const THROUGH_THE_APP = 20
const PLANTED = 3_000

function sealedCount(dataDir: string): number {
  const db = rawDb(dataDir)
  try {
    return (db.prepare('SELECT count(*) AS n FROM vault_sealed').get() as { n: number }).n
  } finally {
    db.close()
  }
}

/** `count` ideas from `authorId`, sealed to the vault with its public key from the file, as the app seals them. */
function plantIdeas(dataDir: string, authorId: string, count: number): void {
  const db = rawDb(dataDir)
  try {
    const vault = db.prepare('SELECT id, public_key FROM vault').get() as { id: string; public_key: Buffer }
    const insert = db.prepare('INSERT INTO vault_sealed (id, vault_id, sealed) VALUES (?, ?, ?)')
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = randomId()
        const idea = { authorId, title: '', body: paragraphDoc(`Planted idea ${i} `.padEnd(199, 'y')), sealedAt: new Date().toISOString(), kind: 'idea' }
        insert.run(id, vault.id, sealJson(vault.public_key, idea, vaultPlace.sealed(vault.id, id)))
      }
    })()
  } finally {
    db.close()
  }
}

describe('a vault flooded with sealed ideas', () => {
  it('takes in only as many as the list holds, leaves the rest waiting, and never stalls the opening or the first list', async () => {
    const { backend, dataDir } = await newBackend()
    const { ben } = await withVault(backend)
    const seeded = (await backend.vaultTime.list()).ideas.length
    await backend.vault.lock()
    for (let i = 0; i < THROUGH_THE_APP; i++) await backend.vaultTime.sealIdea({ authorId: ben, text: `Idea ${i} `.padEnd(199, 'x') })
    plantIdeas(dataDir, ben, PLANTED)
    const dropped = THROUGH_THE_APP + PLANTED

    const opening = await withStallProbe(() => giveBoth(backend))
    const first = await withStallProbe(() => backend.vaultTime.list())
    expect(opening.heldMs, 'the opening held the loop').toBeLessThan(STALL_LIMIT_MS)
    expect(first.heldMs, 'the first list held the loop').toBeLessThan(STALL_LIMIT_MS)

    // As many as the list holds, ours among them; the others still sealed, counted as waiting, not as damage.
    const waiting = seeded + dropped - TIME_IDEAS_MAX
    expect(first.value.ideas).toHaveLength(TIME_IDEAS_MAX)
    expect(first.value.ideas.filter((idea) => idea.isNew)).toHaveLength(TIME_IDEAS_MAX - seeded)
    expect(first.value.waitingIdeas).toBe(waiting)
    expect(opening.value.damagedItems).toBe(0)
    expect(sealedCount(dataDir)).toBe(waiting)
    // The list is full: one more is refused, said so, and nothing is written.
    const full = await refusal(backend.vaultTime.addIdea({ text: 'One more' }))
    expect(full.code).toBe('LIMIT_REACHED')
    expect(full.message).toMatch(/remove/i)
    expect((await backend.vaultTime.list()).ideas).toHaveLength(TIME_IDEAS_MAX)

    // Two removed make room for two of those waiting, at the next opening together.
    for (const idea of first.value.ideas.slice(0, 2)) await backend.vaultTime.removeIdea({ id: idea.id })
    await backend.vault.lock()
    await giveBoth(backend)
    const after = await backend.vaultTime.list()
    expect(after.ideas).toHaveLength(TIME_IDEAS_MAX)
    expect(after.waitingIdeas).toBe(waiting - 2)
    expect(sealedCount(dataDir)).toBe(waiting - 2)
  }, 240_000)
})
