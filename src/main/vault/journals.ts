// The two journals as the vault sees them, for sealing and for a re-key: the open one, or
// another from its owner's passphrase (checked like an unlock, its key wiped after use).

import type { VaultPartId } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { AeadKey } from '../crypto/aead.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import type { CurrentJournal, GuardedItems } from '../journal/index.ts'
import type { OpenVault } from './open-vault.ts'
import type { Asker } from './questions.ts'
import type { Sealer } from './sealing-keys.ts'
import type { ProfileRepository } from '../storage/profile-repository.ts'

export interface VaultJournalDeps {
  profiles: ProfileRepository
  /** The journal open now, if any: its partner asks, answers and seals from it. */
  journal: CurrentJournal
  /** A journal's key from its passphrase (throttled like an unlock; call it in turn with unlocks); the caller wipes it. */
  journalKey: (profileId: string, passphrase: string) => Promise<Buffer>
  /** The guarded items (pins) of a journal that is not open, from its key. */
  journalItems: (profileId: string, key: AeadKey) => GuardedItems
}

/** The partner whose journal is open, if one is. */
export function openAsker(current: CurrentJournal): Asker | null {
  const open = current()
  return open ? { profileId: open.journal.profileId, key: open.key, items: open.journal.guarded } : null
}

/** The open journal as one that seals. */
export function sealerOf(journal: Asker): Sealer {
  return { profileId: journal.profileId, key: journal.key.cipherKey, items: journal.items }
}

/** A journal passphrase refused during a re-key, said of the field it came from (the wait it started stays). */
function whoseJournal(error: unknown, field: 'journalPassphraseA' | 'journalPassphraseB'): unknown {
  if (!(error instanceof AppError) || (error.code !== 'WRONG_PASSPHRASE' && error.code !== 'TOO_MANY_ATTEMPTS')) return error
  const extra = error.retryAfterMs === undefined ? { field } : { field, retryAfterMs: error.retryAfterMs }
  return new AppError(
    error.code,
    error.message.replace('That passphrase does not open this journal', 'That journal passphrase does not open its journal'),
    extra
  )
}

export function vaultJournals(deps: VaultJournalDeps) {
  /** Runs `seal` as the author's journal: the open one if it is theirs, else from their passphrase (wiped after). */
  const asTheAuthor = async (authorId: string, passphrase: string | undefined, seal: (sealer: Sealer) => void) => {
    const journal = openAsker(deps.journal)
    if (journal?.profileId === authorId) return seal(sealerOf(journal))
    if (passphrase === undefined) {
      throw new AppError('INVALID_INPUT', 'Type your own passphrase to seal this: it lets Sevenfold use the vault key your journal knows.', {
        field: 'passphrase'
      })
    }
    const key = await deps.journalKey(authorId, passphrase)
    try {
      seal({ profileId: authorId, key, items: deps.journalItems(authorId, key) })
    } finally {
      wipe(key)
    }
  }
  /**
   * Each partner's journal as one that seals, for a re-key: from their own passphrase (checked
   * like an unlock), or the open journal if no passphrase is given for it. `dispose` wipes the keys.
   */
  const bothJournals = async (vault: OpenVault, passphrases: Record<VaultPartId, string | undefined>) => {
    const open = openAsker(deps.journal)
    const sides = (['a', 'b'] as const).map((part, i) => ({ part, profileId: vault.partners[i]!, passphrase: passphrases[part] }))
    for (const side of sides) {
      if (side.passphrase === undefined && open?.profileId !== side.profileId) {
        const name = deps.profiles.list().find((p) => p.id === side.profileId)?.displayName ?? 'Each of you'
        throw new AppError(
          'INVALID_INPUT',
          `${name}, type your own journal's passphrase too: renewing the vault's keys tells both your journals the new ones at once.`,
          { field: side.part === 'a' ? 'journalPassphraseA' : 'journalPassphraseB' }
        )
      }
    }
    const derived: Buffer[] = []
    const sealers: Sealer[] = []
    try {
      for (const side of sides) {
        if (side.passphrase === undefined) {
          sealers.push(sealerOf(open!))
          continue
        }
        const key = await deps.journalKey(side.profileId, side.passphrase).catch((error: unknown) => {
          throw whoseJournal(error, side.part === 'a' ? 'journalPassphraseA' : 'journalPassphraseB')
        })
        derived.push(key)
        sealers.push({ profileId: side.profileId, key, items: deps.journalItems(side.profileId, key) })
      }
    } catch (error) {
      wipe(...derived)
      throw error
    }
    return { sealers, dispose: () => wipe(...derived) }
  }
  return { asTheAuthor, bothJournals }
}
