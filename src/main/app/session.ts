// The open journal and the doors to it: creating a journal, unlocking it, locking, changing the
// passphrase (with a re-key when someone may know the old one), and recovering with the code
// (always a re-key, so the used code stops working). What an open journal holds goes on lock,
// its key wiped. A lock asked for while an unlock or a re-key is under way wins.

import type { Backend } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { SessionKey } from '../crypto/session-key.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import {
  createProfile,
  displayNameOf,
  proveOwnPassphrase,
  recoverWithCode,
  requireAcceptable,
  setPassphrase,
  unlockWithPassphrase,
  type AccessDeps
} from '../journal/access.ts'
import { newestSlot, type OpenedSlot } from '../journal/key-slots.ts'
import { rekeyJournal, type RekeyDeps } from '../journal/rekey.ts'
import { Journal } from '../journal/journal.ts'
import type { OpenJournal } from '../journal/open-journal.ts'
import type { PictureHooks } from '../journal/picture-references.ts'
import { ensureProfileKeys } from '../journal/sealing-pair.ts'
import type { Asker } from '../vault/questions.ts'
import type { serial } from './serial.ts'
import { ProfileSettings } from '../journal/settings.ts'
import { vouchAtUnlock } from '../vault/pinning.ts'
import { Openings } from './openings.ts'
import type { RekeyGate } from './rekey-gate.ts'

export interface SessionDeps extends Omit<RekeyDeps, 'kdfTargetMs'> {
  access: AccessDeps
  oneAtATime: ReturnType<typeof serial>
  gate: RekeyGate
  /** Whatever else must close with the journal (the vault, the search index). */
  onLock(): void
  /**
   * A journal just opened: the questions it holds that can no longer be read (its own sealed
   * copies from before it kept them as its own taken in first, if `takeInOwn`).
   */
  unreadableQuestions(me: Asker, takeInOwn: boolean): string[]
  onOpened(journal: Journal): void
  /** The vault's id, if there is one: pins that name another are forgotten at unlock. */
  vaultId(): string | undefined
  /** Around a re-key: the search index stops reading bodies, and reads them afresh after. */
  onRekey(phase: 'start' | 'end', journal: Journal): void
  /** What a journal being opened is told of its pictures (pictures/). */
  pictureHooks?: (profileId: string) => PictureHooks
}

interface Open {
  key: SessionKey
  journal: Journal
  settings: ProfileSettings
}

export interface SessionBackend {
  group: Backend['session']
  profile: Backend['profile']
  /** The open journal, or LOCKED. */
  current(): Open
  /** The open journal as the other features are given it, if one is open. */
  opened(): OpenJournal | null
  /** Closes the journal (and what goes with it) without counting as a lock someone asked for. */
  close(): void
}

function locked(): AppError {
  return new AppError('LOCKED', 'Your journal is locked. Unlock it to go on.')
}

export function createSessionBackend(deps: SessionDeps): SessionBackend {
  const { access, oneAtATime, gate } = deps
  let session: Open | null = null
  // Ended by every lock that is asked for, so an unlock still deriving its key opens nothing after it.
  const openings = new Openings()

  const close = () => {
    if (session) deps.onLock()
    session?.journal.close()
    session?.key.close()
    session = null
  }

  /** Opens the journal with the key of `opened` (owned from here), unless `opening` was ended by a lock. */
  const open = async (profileId: string, opened: OpenedSlot, opening: AbortSignal) => {
    close()
    let key: SessionKey
    try {
      if (opening.aborted) throw locked()
      key = new SessionKey(opened.key)
    } catch (error) {
      wipe(opened.key)
      throw error
    }
    try {
      const keysPutRight = ensureProfileKeys(deps.profileKeys, profileId, key)
      const pictures = deps.pictureHooks?.(profileId)
      const journal = await Journal.open(profileId, key, deps.store, { recordExpected: opened.anchored, ...(pictures ? { pictures } : {}) })
      if (opening.aborted) {
        journal.close()
        throw locked()
      }
      // What the journal holds besides reflections is counted too when it fails its check.
      const me = { profileId, key, items: journal.guarded }
      if (keysPutRight) journal.noteDamage('sealing-keys')
      if (vouchAtUnlock(deps.pins, deps.profileKeys, { ...me, key: key.cipherKey }, deps.vaultId()) === 'damaged') journal.noteDamage('pins')
      for (const id of deps.unreadableQuestions(me, !opened.ownCopies)) journal.noteDamage(`question:${id}`)
      // It has caught up with its slot's newest format (its record, its own questions): the slot says so from here on.
      if (opened.renewed) access.slots.replace(opened.renewed.id, opened.renewed.kdf, opened.renewed.wrappedKey)
      const settings = ProfileSettings.open(profileId, key, deps.settings, journal.guarded)
      if (settings.damaged) journal.noteDamage('settings')
      session = { key, journal, settings }
      deps.onOpened(journal)
    } catch (error) {
      key.close()
      throw error
    }
  }

  const current = (): Open => {
    if (!session) throw locked()
    return session
  }

  /** Re-keys the open journal under `newPassphrase`; a lock that ends `opening` rolls it back. Returns the new recovery code. */
  const rekey = (newPassphrase: string, opening: AbortSignal) => {
    const open = current()
    const rekeyDeps: RekeyDeps = { ...deps, kdfTargetMs: access.kdfTargetMs }
    return gate.run(async (progress) => {
      deps.onRekey('start', open.journal)
      try {
        const target = { key: open.key, journal: open.journal }
        return await rekeyJournal(rekeyDeps, target, newPassphrase, { cancelled: () => opening.aborted || session !== open, progress })
      } finally {
        if (session === open) deps.onRekey('end', open.journal)
      }
    })
  }

  return {
    current,
    opened: () => (session ? { journal: session.journal, key: session.key, displayName: displayNameOf(access, session.journal.profileId) ?? '' } : null),
    close,
    profile: {
      create: ({ displayName, passphrase }) =>
        oneAtATime(async () => {
          const { profileId, key, recoveryCode } = await createProfile(access, displayName, passphrase)
          // The journal exists now and its recovery code must reach its owner: a lock meanwhile does not undo that.
          await open(profileId, newestSlot(key), openings.begin())
          return { profileId, recoveryCode }
        }),
      rename: async ({ displayName }) => {
        const { profileId } = current().journal
        access.profiles.rename(profileId, displayName.trim())
        return { id: profileId, displayName: displayNameOf(access, profileId) ?? '' }
      }
    },
    group: {
      unlock: ({ profileId, passphrase }) => {
        const opening = openings.begin()
        return oneAtATime(async () => {
          await open(profileId, await unlockWithPassphrase(access, profileId, passphrase), opening)
          return { profileId }
        })
      },
      /** Locks everything: the open journal and the vault, and any unlock or re-key still under way. */
      lock: async () => {
        openings.endAll()
        close()
        deps.onLock()
        return null
      },
      changePassphrase: ({ currentPassphrase, newPassphrase, rekey: renew }) => {
        const opening = openings.begin()
        return oneAtATime(async () => {
          const { journal, key: openKey } = current()
          const { profileId } = journal
          await requireAcceptable(newPassphrase, 'newPassphrase', displayNameOf(access, profileId))
          const { key } = await proveOwnPassphrase(access, profileId, openKey, currentPassphrase)
          if (renew) {
            wipe(key)
            return { recoveryCode: await rekey(newPassphrase, opening) }
          }
          try {
            await setPassphrase(access, profileId, key, newPassphrase)
          } finally {
            wipe(key)
          }
          return null
        })
      },
      recover: ({ profileId, recoveryCode, newPassphrase }) => {
        const opening = openings.begin()
        return oneAtATime(async () => {
          const opened = await recoverWithCode(access, profileId, recoveryCode, newPassphrase)
          await open(profileId, opened, opening)
          try {
            return { profileId, recoveryCode: await rekey(newPassphrase, opening) }
          } catch (error) {
            // Nothing was changed: the journal stays as it was, locked, and the code still works.
            close()
            throw error
          }
        })
      },
      rekeyProgress: async () => gate.progress
    }
  }
}
