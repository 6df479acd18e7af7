// The search benchmark's journal: a real one in a temp folder, grown to each size in turn,
// and the corpus it holds, repeatable from its seed so the peers get the same documents.
//
// How it is written: the app saves one reflection per `reflections.create`, each its own
// transaction and fsync, which takes minutes at 50,000. So, with the backend locked, a
// second connection to the same file unlocks the journal with its passphrase as the app
// does (openWithPassphrase → SessionKey → Journal.open) and calls Journal.create, the very
// method `reflections.create` calls, 1,000 times inside one transaction (the repository's
// own transaction nests as a savepoint). Same codec, same repository, the same rows; only
// the fsyncs are fewer.

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { SessionKey } from '../../src/main/crypto/session-key.ts'
import { Journal, type NewReflection } from '../../src/main/journal/journal.ts'
import { openWithPassphrase } from '../../src/main/journal/key-slots.ts'
import { openDatabase, type Database } from '../../src/main/storage/database.ts'
import { createKeySlotRepository } from '../../src/main/storage/key-slot-repository.ts'
import { createJournalStore } from '../../src/main/storage/journal-store.ts'
import { THEME_IDS } from '../../src/shared/themes.ts'
import { makeDate, makeDoc, makeTitle, seededRng } from './corpus.ts'

const DOC_SEED = 20261126
const PER_TRANSACTION = 1000

/** The bench's reflections in order, the same every time. */
export function* corpusItems(): Generator<NewReflection & { date: string }, never> {
  const docs = seededRng(DOC_SEED)
  const meta = seededRng(DOC_SEED + 1)
  for (let i = 0; ; i++) {
    yield { themeId: THEME_IDS[i % THEME_IDS.length]!, title: makeTitle(meta), date: makeDate(meta), body: makeDoc(docs) }
  }
}

export interface BenchJournal {
  /** The real backend over the folder; locked while the journal grows. */
  backend: SevenfoldBackend
  profileId: string
  passphrase: string
  /** The journal open on the second connection (for the direct index build and peer 2). */
  journal: Journal
  db: Database
  key: SessionKey
  /** Writes reflections until the journal holds `count`; returns how long that took (ms). */
  growTo(count: number): number
  close(): void
}

export async function openBenchJournal(): Promise<BenchJournal> {
  const dir = mkdtempSync(join(tmpdir(), 'sevenfold-bench-search-'))
  const passphrase = randomBytes(24).toString('base64url')
  // kdfTargetMs 0: the KDF floor; unlocking is not what this section measures.
  const backend = await createBackend({ dataDir: dir, kdfTargetMs: 0 })
  const { profileId } = await backend.profile.create({ displayName: 'Bench search', passphrase })
  await backend.session.lock()

  const db = openDatabase(dir)
  const unwrapped = await openWithPassphrase(createKeySlotRepository(db), profileId, passphrase)
  if (!unwrapped) throw new Error('bench: the passphrase did not open the search journal')
  const key = new SessionKey(unwrapped.key)
  const journal = await Journal.open(profileId, key, createJournalStore(db), { recordExpected: unwrapped.anchored })
  const items = corpusItems()
  let written = 0
  const writeSome = db.transaction((n: number) => {
    for (let i = 0; i < n; i++) journal.create(items.next().value)
  })

  return {
    backend,
    profileId,
    passphrase,
    journal,
    db,
    key,
    growTo: (count) => {
      const started = performance.now()
      while (written < count) {
        const n = Math.min(PER_TRANSACTION, count - written)
        writeSome(n)
        written += n
      }
      return performance.now() - started
    },
    close: () => {
      journal.close()
      key.close()
      db.close()
      backend.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
