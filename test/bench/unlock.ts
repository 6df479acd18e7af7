// Unlock measures: the stored KDF cost, one derivation at that cost, and (as a cross-check
// of "unlock minus KDF") Journal.open + list timed directly with an already-derived key.

import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { deriveKey, type KdfParams } from '../../src/main/crypto/kdf.ts'
import { wipe } from '../../src/main/crypto/secret-buffer.ts'
import { SessionKey } from '../../src/main/crypto/session-key.ts'
import { Journal } from '../../src/main/journal/journal.ts'
import { openWithPassphrase } from '../../src/main/journal/key-slots.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { createKeySlotRepository } from '../../src/main/storage/key-slot-repository.ts'
import { createJournalStore } from '../../src/main/storage/journal-store.ts'

export interface UnlockProbe {
  params: KdfParams
  /** One Argon2id derivation at the stored cost. */
  timeKdf(): Promise<number>
  /** Journal.open + list with the key already unwrapped (no KDF in the timing). */
  timeOpenDirect(): Promise<number>
  /** Reading every header blob in one SELECT; Journal.open reads them in slices instead. */
  timeHeaderQuery(): number
  close(): void
}

/** A second connection to the journal's database (WAL allows it alongside the backend's). */
export function unlockProbe(dataDir: string, profileId: string, passphrase: string): UnlockProbe {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true })
  const slots = createKeySlotRepository(db)
  const store = createJournalStore(db)
  const reflections = store.reflections
  const slot = slots.get(profileId, 'passphrase')
  if (!slot) throw new Error('bench: the journal has no passphrase slot')
  const params = JSON.parse(slot.kdf) as KdfParams
  return {
    params,
    timeKdf: async () => {
      const started = performance.now()
      const key = await deriveKey(passphrase, params)
      const elapsed = performance.now() - started
      wipe(key)
      return elapsed
    },
    timeOpenDirect: async () => {
      const opened = await openWithPassphrase(slots, profileId, passphrase)
      if (!opened) throw new Error('bench: the passphrase did not open the journal')
      const started = performance.now()
      const sessionKey = new SessionKey(opened.key)
      const journal = await Journal.open(profileId, sessionKey, store, { recordExpected: opened.anchored })
      journal.list()
      const elapsed = performance.now() - started
      journal.close()
      sessionKey.close()
      return elapsed
    },
    timeHeaderQuery: () => {
      const started = performance.now()
      reflections.headerPage(profileId, 0, Number.MAX_SAFE_INTEGER)
      return performance.now() - started
    },
    close: () => db.close()
  }
}
