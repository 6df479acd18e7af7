// Small blobs of a journal other than its reflections that must not be put back from an older
// copy either: its pinned vault keys (a stale pin would let an old vault key back in) and its
// settings. Each is bound to a save number kept in the journal's record (reflection-record.ts)
// under a reserved id, written in the same transaction as the blob (docs/security.md, "Rollback").

import type { AeadKey } from '../crypto/aead.ts'
import type { JournalStore } from '../storage/journal-store.ts'
import { ReflectionRecord } from './reflection-record.ts'

/** Reserved ids in the record: no reflection id (22 characters of base64url) starts with '@'. */
export type GuardedItem = '@pins' | '@settings'

export function isGuardedItem(id: string): boolean {
  return id.startsWith('@')
}

export interface GuardedItems {
  /** The save of `item` the record holds; undefined before its first guarded save (or if the record cannot say). */
  versionOf(item: GuardedItem): number | undefined
  /**
   * Writes the next save of `item` (`write` gets its number) with the record, in one transaction.
   * Returns the step that makes it the record's own: call it once the write is committed for good.
   */
  stage(item: GuardedItem, write: (version: number) => void): () => void
}

/** A save of `item` in `record`, stored through `store`. */
export function stageGuarded(store: JournalStore, record: ReflectionRecord, key: AeadKey, item: GuardedItem, write: (version: number) => void): () => void {
  const version = (record.versionOf(item) ?? 0) + 1
  const staged = record.stage([[item, version]], key)
  store.transaction(() => {
    write(version)
    for (const row of staged.rows) store.record.put(record.profileId, row)
  })
  return staged.apply
}

/** The guarded items of a journal that is not open (a drop-in from the lock screen, a vault re-key): its record read afresh. */
export function standaloneItems(store: JournalStore, profileId: string, key: AeadKey): GuardedItems {
  const { record } = ReflectionRecord.load(profileId, store.record.all(profileId), key)
  return {
    versionOf: (item) => record.versionOf(item),
    stage: (item, write) => stageGuarded(store, record, key, item, write)
  }
}
