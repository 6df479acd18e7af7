import { describe, expect, it } from 'vitest'
import { newJournalKey } from '../../../../src/main/crypto/key-slots.ts'
import { SessionKey } from '../../../../src/main/crypto/session-key.ts'
import { Journal } from '../../../../src/main/journal/journal.ts'
import { openDatabase } from '../../../../src/main/storage/database.ts'
import { createJournalStore } from '../../../../src/main/storage/journal-store.ts'
import { paragraphDoc } from '../../../support/backend.ts'
import { useTempDirs } from '../../../support/temp-dir.ts'

const tempDir = useTempDirs()

describe('an open journal', () => {
  it('forgets every decrypted header when it closes, and its session key wipes the raw key', async () => {
    const db = openDatabase(tempDir())
    db.prepare("INSERT INTO profiles VALUES ('owner-aaaaaaaaaaaaaaaa', 'Ana', 0)").run()
    const repo = createJournalStore(db)
    const raw = newJournalKey()
    const key = new SessionKey(raw)
    const journal = await Journal.open('owner-aaaaaaaaaaaaaaaa', key, repo, { recordExpected: false })
    journal.create({ themeId: 'trust', title: 'secret title', body: paragraphDoc('x') })
    expect(journal.list()).toHaveLength(1)

    journal.close()
    key.close()
    expect(journal.list()).toEqual([])
    expect(raw.every((byte) => byte === 0)).toBe(true)
    expect(() => journal.create({ themeId: 'trust', title: 'after', body: paragraphDoc('y') })).toThrow(/closed/)
    db.close()
  })

  it('opens a large journal without blocking the event loop for the whole read', async () => {
    const db = openDatabase(tempDir())
    db.prepare("INSERT INTO profiles VALUES ('owner-aaaaaaaaaaaaaaaa', 'Ana', 0)").run()
    const repo = createJournalStore(db)
    const key = newJournalKey()
    const key2 = new SessionKey(Buffer.from(key))
    const writer = await Journal.open('owner-aaaaaaaaaaaaaaaa', key2, repo, { recordExpected: false })
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) writer.create({ themeId: 'trust', title: `t${i}`, body: paragraphDoc('words') })
    })()
    let ticks = 0
    const timer = setInterval(() => ticks++, 0)
    const reader = await Journal.open('owner-aaaaaaaaaaaaaaaa', new SessionKey(key), repo, { recordExpected: false })
    clearInterval(timer)
    expect(reader.list()).toHaveLength(2000)
    expect(ticks).toBeGreaterThan(0)
    db.close()
  })
})
