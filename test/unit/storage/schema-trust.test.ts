import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openReadOnly } from '../../../src/main/storage/database-file.ts'
import { DATABASE_FILE, openDatabase } from '../../../src/main/storage/database.ts'
import { useTempDirs } from '../../support/temp-dir.ts'

const tempDir = useTempDirs()

describe('trusted_schema', () => {
  it('is OFF on the journal connection and on read-only looks, so the file’s SQL may call only innocuous functions', () => {
    const dir = tempDir()
    const journal = openDatabase(dir)
    const look = openReadOnly(join(dir, DATABASE_FILE))
    try {
      for (const db of [journal, look]) expect(db.pragma('trusted_schema', { simple: true })).toBe(0)
      // median() is not innocuous: a view (schema SQL) may not call it, a statement of ours may.
      journal.exec('CREATE VIEW probe AS SELECT median(1) AS m')
      expect(() => journal.prepare('SELECT * FROM probe').all()).toThrow(/unsafe use of median/)
      expect(journal.prepare('SELECT median(1) AS m').get()).toEqual({ m: 1 })
    } finally {
      look.close()
      journal.close()
    }
  })
})
