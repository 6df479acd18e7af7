// Ben at the file, knowing our dozen ideas (they are in the app for anyone to read), tries to
// learn from the lengths of the vault's rows which of ours they removed, which they planned and
// which they did: AES-GCM keeps a blob's length, so a row whose length changed or matched one
// of ours would say so. Every row of time together is one size, header and body, whatever its
// words, whether it is planned or new, and whether it is an idea or a time logged.

import { describe, expect, it } from 'vitest'
import { localDate } from '../../src/shared/dates.ts'
import { weekStartOf } from '../../src/shared/time-together.ts'
import { useBackends } from '../support/backend.ts'
import { giveBoth, rawDb, withVault } from '../support/vault.ts'

const newBackend = useBackends()

/** Each row of the vault's items, as long as the file says. */
function rowSizes(dataDir: string): Map<string, string> {
  const db = rawDb(dataDir)
  try {
    const rows = db.prepare('SELECT id, length(header) AS h, length(body) AS b FROM vault_secrets').all() as { id: string; h: number; b: number }[]
    return new Map(rows.map((row) => [row.id, `${row.h}/${row.b}`]))
  } finally {
    db.close()
  }
}

describe('the rows of time together, seen from the file', () => {
  it('are all one size, so their lengths tell neither our ideas apart, nor which are planned, done, new or removed', async () => {
    const { backend, dataDir } = await newBackend()
    const { ben } = await withVault(backend)
    const ours = (await backend.vaultTime.list()).ideas
    const seeded = rowSizes(dataDir)
    expect(new Set(seeded.values()).size, 'our dozen ideas have rows of different lengths').toBe(1)

    const sunset = ours.find((idea) => idea.seedId === 'sunset')!
    const market = ours.find((idea) => idea.seedId === 'market')!
    await backend.vaultTime.plan({ id: sunset.id, week: weekStartOf(new Date()) })
    expect(rowSizes(dataDir), 'planning an idea changed its row’s length').toEqual(seeded)

    await backend.vaultTime.plan({ id: market.id, week: weekStartOf(new Date()) })
    await backend.vaultTime.log({ date: localDate(), what: market.text, ideaId: market.id })
    await backend.vaultTime.removeIdea({ id: ours.find((idea) => idea.seedId === 'wander')!.id })
    await backend.vaultTime.addIdea({ text: 'A' })
    await backend.vaultTime.log({ date: '2026-02-14', what: 'Dinner by candlelight, and a long walk home through the old town after it' })
    await backend.vault.lock()
    await backend.vaultTime.sealIdea({ authorId: ben, text: 'Pancakes' })
    await giveBoth(backend)
    const listed = await backend.vaultTime.list()
    expect(listed.ideas.filter((idea) => idea.isNew)).toHaveLength(1)

    const sizes = rowSizes(dataDir)
    const items = [...listed.ideas.map((idea) => idea.id), ...listed.log.map((time) => time.id)]
    expect(items).toHaveLength(12 - 1 + 1 + 1 + 2)
    expect(new Set(items.map((id) => sizes.get(id))), 'rows of time together differ in length').toEqual(new Set(seeded.values()))
  })
})
