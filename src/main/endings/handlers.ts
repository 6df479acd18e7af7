// When two become one (docs/security.md, "Endings"): deleting a journal, ending the vault
// together, and one partner asking to end it alone, which waits END_WAIT_DAYS, is announced to
// the other and is cancelled by opening the vault together. What is deleted is overwritten in
// the file and the -wal emptied, so it is not left readable on disk.

import type { Backend } from '../../shared/contract.ts'
import { localDate } from '../../shared/dates.ts'
import { END_VAULT_WORDS, typedAsAsked, type EndingsStatus } from '../../shared/endings.ts'
import { AppError } from '../../shared/errors.ts'
import type { serial } from '../app/serial.ts'
import type { SessionEvents } from '../app/session-events.ts'
import type { CurrentJournal, OpenJournal } from '../journal/index.ts'
import type { Database } from '../storage/database.ts'
import { createEndingRepository, type EndRequestRow } from '../storage/ending-repository.ts'
import type { JournalPinRepository } from '../storage/journal-pin-repository.ts'
import type { ProfileRepository } from '../storage/profile-repository.ts'
import { createVaultRepository } from '../storage/vault-repository.ts'
import { forgetPins } from '../vault/index.ts'
import { END_WAIT_MS, newEndRequest, provenRequestedAt, waitIsOver } from './end-request.ts'

export interface EndingsDeps {
  db: Database
  profiles: ProfileRepository
  pins: JournalPinRepository
  journal: CurrentJournal
  /** Checks the open journal's passphrase like an unlock (wrong tries count); throws if wrong. */
  checkPassphrase(profileId: string, passphrase: string): Promise<void>
  vaultIsOpen(): boolean
  /** Both parts again, proving the two of them are here (vault/handlers.ts). */
  proveBothParts(partA: string, partB: string): Promise<void>
  lockVault(): void
  /** Closes the open journal (and the vault with it). */
  closeJournal(): void
  events: SessionEvents
  now: () => number
  oneAtATime: ReturnType<typeof serial>
  /** Removes the picture files no row names any more (a deleted journal's: pictures/). */
  removeUnnamedPictures?: () => Promise<void>
}

function journalLocked(): AppError {
  return new AppError('LOCKED', 'Open your own journal first.')
}

function wordsRefused(): AppError {
  return new AppError('INVALID_INPUT', `Type “${END_VAULT_WORDS}” to show you mean it.`, { field: 'confirm' })
}

export function endingsHandlers(deps: EndingsDeps): Pick<Backend, 'endings'> {
  const endings = createEndingRepository(deps.db)
  const vaults = createVaultRepository(deps.db)
  // Opening the vault together is the other partner's answer to a request: it is cancelled.
  deps.events.on('vault-opened', () => void endings.removeRequests())

  const nameOf = (profileId: string) => deps.profiles.list().find((p) => p.id === profileId)?.displayName ?? ''
  const open = (): OpenJournal => {
    const journal = deps.journal()
    if (!journal) throw journalLocked()
    return journal
  }
  /** The request for the vault there is now, from one of its partners; others are no request at all. */
  const currentRequest = (): EndRequestRow | undefined => {
    const vault = vaults.get()
    const row = vault && endings.request(vault.id)
    if (!row || !vault || (row.profileId !== vault.partnerA && row.profileId !== vault.partnerB)) return undefined
    return row
  }
  const status = (): EndingsStatus => {
    const row = currentRequest()
    const vaultExists = vaults.get() !== undefined
    if (!row) return { vaultExists, request: null }
    const journal = deps.journal()
    const asker = journal?.journal.profileId === row.profileId ? journal : null
    const proven = asker ? provenRequestedAt(asker.key.cipherKey, row) : null
    const at = proven ?? row.requestedAt
    return {
      vaultExists,
      request: {
        profileId: row.profileId,
        displayName: nameOf(row.profileId),
        requestedAt: new Date(at).toISOString(),
        endsAt: new Date(at + END_WAIT_MS).toISOString(),
        mine: asker ? { proven: proven !== null, canEndNow: proven !== null && waitIsOver(proven, deps.now()) } : null
      }
    }
  }
  /** Deletes the vault with everything in it; the journal open now (if it is one of the two) forgets its pins at once, the other at its next unlock. */
  const endVault = (vaultId: string) => {
    deps.lockVault()
    const journal = deps.journal()
    let settle = () => undefined as void
    deps.db.transaction(() => {
      const vault = vaults.get()
      endings.deleteVault(vaultId)
      if (journal && vault && (journal.journal.profileId === vault.partnerA || journal.journal.profileId === vault.partnerB)) {
        settle = forgetPins(deps.pins, { profileId: journal.journal.profileId, key: journal.key.cipherKey, items: journal.journal.guarded })
      }
    })()
    settle()
    endings.scrub()
  }

  return {
    endings: {
      status: async () => status(),
      deleteJournal: ({ passphrase, confirmName }) =>
        deps.oneAtATime(async () => {
          const { profileId } = open().journal
          const name = nameOf(profileId)
          if (vaults.get()) {
            throw new AppError(
              'FORBIDDEN',
              'Your vault holds words of you both, so it is ended first: open it together and end it there, or ask to end it on your own. Then your journal can be deleted.'
            )
          }
          if (!typedAsAsked(confirmName, name)) throw new AppError('INVALID_INPUT', `Type your name, ${name}, as it is shown here.`, { field: 'confirmName' })
          await deps.checkPassphrase(profileId, passphrase)
          // Locked while the passphrase was checked: nothing is deleted for a journal no longer open.
          if (deps.journal()?.journal.profileId !== profileId) throw journalLocked()
          deps.closeJournal()
          endings.deleteProfile(profileId)
          endings.scrub()
          // Its pictures' rows went with it; their files go now (nothing can open them, but nothing should stay).
          await deps.removeUnnamedPictures?.()
          return null
        }),
      endTogether: ({ confirm, partA, partB }) =>
        deps.oneAtATime(async () => {
          const vault = vaults.get()
          if (!vault || !deps.vaultIsOpen()) throw new AppError('LOCKED', 'Open your vault together first: only the two of you can end it together.')
          if (!typedAsAsked(confirm, END_VAULT_WORDS)) throw wordsRefused()
          // An open vault left for a moment is not the two of them agreeing: both parts again.
          await deps.proveBothParts(partA, partB)
          if (!deps.vaultIsOpen()) throw new AppError('LOCKED', 'Your vault locked meanwhile. Open it together again to end it.')
          endVault(vault.id)
          return null
        }),
      askToEnd: async () => {
        const me = open()
        const vault = vaults.get()
        const profileId = me.journal.profileId
        if (!vault) throw new AppError('NOT_FOUND', 'There is no vault to end.')
        if (profileId !== vault.partnerA && profileId !== vault.partnerB) throw new AppError('FORBIDDEN', 'This vault is not yours to end.')
        if (deps.vaultIsOpen()) throw new AppError('FORBIDDEN', 'Your vault is open together now: you can end it together, from inside it.')
        const waiting = currentRequest()
        if (waiting && waiting.profileId !== profileId) {
          throw new AppError(
            'FORBIDDEN',
            `${nameOf(waiting.profileId)} has already asked to end your vault. To end it sooner, open it together and end it there.`
          )
        }
        // Asking again keeps the first date, if it is still this journal's own.
        if (!waiting || provenRequestedAt(me.key.cipherKey, waiting) === null)
          endings.putRequest(newEndRequest(me.key.cipherKey, vault.id, profileId, deps.now()))
        return status()
      },
      withdraw: async () => {
        const me = open()
        if (currentRequest()?.profileId === me.journal.profileId) endings.removeRequests()
        return status()
      },
      endAlone: ({ passphrase, confirm }) =>
        deps.oneAtATime(async () => {
          const me = open()
          const row = currentRequest()
          if (!row || row.profileId !== me.journal.profileId)
            throw new AppError('NOT_FOUND', 'You have not asked to end your vault, so there is nothing to end yet.')
          const proven = provenRequestedAt(me.key.cipherKey, row)
          if (proven === null) {
            throw new AppError('TAMPERED', 'This request to end your vault is not the one your journal made. Take it back and ask again; the wait starts anew.')
          }
          if (!waitIsOver(proven, deps.now())) {
            throw new AppError('FORBIDDEN', `The wait is not over yet: your vault can be ended on your own from ${localDate(new Date(proven + END_WAIT_MS))}.`)
          }
          if (!typedAsAsked(confirm, END_VAULT_WORDS)) throw wordsRefused()
          await deps.checkPassphrase(me.journal.profileId, passphrase)
          endVault(row.vaultId)
          return null
        })
    }
  }
}
