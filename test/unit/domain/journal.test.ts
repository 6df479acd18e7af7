import { describe, expect, it } from 'vitest'
import { newJournalKey } from '../../../src/main/crypto/key-slots.ts'
import { Journal } from '../../../src/main/domain/journal.ts'
import { openDatabase } from '../../../src/main/storage/database.ts'
import { createReflectionRepository } from '../../../src/main/storage/reflection-repository.ts'
import { paragraphDoc } from '../../support/backend.ts'
import { useTempDirs } from '../../support/temp-dir.ts'

const tempDir = useTempDirs()

describe('an open journal', () => {
  it('wipes its key and forgets every decrypted header when it closes', async () => {
    const db = openDatabase(tempDir())
    db.prepare("INSERT INTO profiles VALUES ('owner-aaaaaaaaaaaaaaaa', 'Ana', 0)").run()
    const repo = createReflectionRepository(db)
    const key = newJournalKey()
    const journal = await Journal.open('owner-aaaaaaaaaaaaaaaa', key, repo)
    journal.create({ themeId: 'trust', title: 'secret title', body: paragraphDoc('x') })
    expect(key.some((byte) => byte !== 0)).toBe(true)
    expect(journal.list()).toHaveLength(1)

    journal.close()
    expect(key.every((byte) => byte === 0)).toBe(true)
    expect(journal.list()).toEqual([])
    db.close()
  })

  it('opens a large journal without blocking the event loop for the whole read', async () => {
    const db = openDatabase(tempDir())
    db.prepare("INSERT INTO profiles VALUES ('owner-aaaaaaaaaaaaaaaa', 'Ana', 0)").run()
    const repo = createReflectionRepository(db)
    const key = newJournalKey()
    const writer = await Journal.open('owner-aaaaaaaaaaaaaaaa', Buffer.from(key), repo)
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) writer.create({ themeId: 'trust', title: `t${i}`, body: paragraphDoc('words') })
    })()
    let ticks = 0
    const timer = setInterval(() => ticks++, 0)
    const reader = await Journal.open('owner-aaaaaaaaaaaaaaaa', key, repo)
    clearInterval(timer)
    expect(reader.list()).toHaveLength(2000)
    expect(ticks).toBeGreaterThan(0)
    db.close()
  })
})
