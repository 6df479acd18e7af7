// The vault's part of the backend: the `vault` group of the contract, and (from
// inside-handlers.ts and shared-handlers.ts) `vaultSecrets`, `vaultReveals` and `vaultShared`. Its open state lives here: its key, wiped on
// lock. Idle time is judged where activity is seen: by the shell (the system's idle time)
// and by the renderer (its own timer); the time between two requests says nothing of it,
// since two people may read one secret for minutes.

import type { Backend, VaultPartId, VaultStatus } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { wipe } from '../crypto/secret-buffer.ts'
import { SessionKey } from '../crypto/session-key.ts'
import { OpenVault } from './open-vault.ts'
import { unreadableAtUnlock, type Asker } from './questions.ts'
import { revealHandlers, secretHandlers, type InsideDeps } from './inside-handlers.ts'
import { journalReadiness } from './sealing-keys.ts'
import { sharedHandlers } from './shared-handlers.ts'
import { timeTogetherHandlers } from './time-together-handlers.ts'
import type { serial } from '../app/serial.ts'
import type { UnlockThrottle } from '../passphrase/index.ts'
import { bindWithNewPair } from './binding.ts'
import type { SealedSecret } from './codec.ts'
import { autoLockMinutesAtOpening, settingsWith } from './auto-lock.ts'
import { dropIn } from './drop-in.ts'
import { waitingForBoth } from './waiting.ts'
import { partnersOf } from './partners.ts'
import { DEFAULT_VAULT_AUTO_LOCK_MINUTES, VaultDoor } from './door.ts'
import { pinVault, provenKeys, storeNewRosterKey } from './pinning.ts'
import { rekeyVault } from './rekey.ts'
import { Openings } from '../app/openings.ts'
import type { RekeyGate } from '../app/rekey-gate.ts'
import type { SessionEvents } from '../app/session-events.ts'
import type { Database } from '../storage/database.ts'
import type { JournalPinRepository } from '../storage/journal-pin-repository.ts'
import type { ProfileKeyRepository } from '../storage/profile-key-repository.ts'
import { createRevealRepository } from '../storage/reveal-repository.ts'
import { createVaultItemRepository } from '../storage/vault-item-repository.ts'
import { createVaultRepository } from '../storage/vault-repository.ts'
import { openAsker, sealerOf, vaultJournals, type VaultJournalDeps } from './journals.ts'
import { together, type MomentKind, type TogetherDeps } from './together.ts'

/** `journal`: the partner whose journal is open, if any (asking and answering happen from there). */
export interface VaultBackendDeps extends VaultJournalDeps {
  db: Database
  profileKeys: ProfileKeyRepository
  pins: JournalPinRepository
  throttle: UnlockThrottle
  kdfTargetMs: number
  now: () => number
  oneAtATime: ReturnType<typeof serial>
  /** A re-key holds every other request back until it is over. */
  gate: RekeyGate
  /** Told when a secret changes and when the vault closes (the search index follows). */
  events: SessionEvents
}

type VaultGroups = Pick<Backend, 'vault' | 'vaultSecrets' | 'vaultReveals' | 'vaultShared' | 'vaultTime'>

export interface VaultBackend extends VaultGroups {
  exists(): boolean
  id(): string | undefined
  isOpen(): boolean
  /** Questions sealed to this journal that cannot be read any more, which it counts as damaged. */
  unreadableQuestions(me: Asker, takeInOwn: boolean): string[]
  /** The open vault, for printing its secrets; null while locked. */
  opened(): OpenVault | null
  /**
   * Both parts given again, before something that cannot be undone: they must open the open
   * vault's own key (a slot planted in the file opens some other). Wrong tries count.
   */
  proveBothParts(partA: string, partB: string): Promise<void>
  lock(): void
}

interface Opened {
  vault: OpenVault
  autoLockMinutes: number
  /** The key it was opened with (closed with it): parts given again must open this very key. */
  key: SessionKey
}

const lockedError = () => new AppError('LOCKED', 'The vault is locked. Open it together to go on.')

export function createVaultBackend(deps: VaultBackendDeps): VaultBackend {
  const { now, oneAtATime } = deps
  const vaults = createVaultRepository(deps.db)
  const items = createVaultItemRepository(deps.db)
  const reveals = createRevealRepository(deps.db)
  const door = new VaultDoor({ vaults, profiles: deps.profiles, throttle: deps.throttle, kdfTargetMs: deps.kdfTargetMs, now })
  const revealDeps = { vaults, reveals, profileKeys: deps.profileKeys, profiles: deps.profiles, pins: deps.pins }
  const { asTheAuthor, bothJournals } = vaultJournals(deps)
  const moments: TogetherDeps = { items, here: () => openAsker(deps.journal)?.profileId, tell: (id, kind) => deps.events.emit('together', id, kind) }
  let opened: Opened | null = null
  // Ended by every lock, so an opening still under way when a lock arrives does not stay open.
  const openings = new Openings()

  const lock = () => {
    openings.endAll()
    const wasOpen = opened !== null
    opened?.vault.close()
    opened = null
    door.reset()
    if (wasOpen) deps.events.emit('vault-closed')
  }
  const current = (): OpenVault => {
    if (!opened) throw lockedError()
    return opened.vault
  }
  /** `opening`: taken when the request came; a lock that ends it (during the KDFs) keeps the vault shut. */
  const openWith = async (key: Buffer, opening = openings.begin(), carriedDamage: string[] = []) => {
    if (opening.aborted) {
      wipe(key)
      throw lockedError()
    }
    lock()
    const row = vaults.get()
    let sessionKey: SessionKey
    try {
      if (!row) throw new AppError('NOT_FOUND', 'There is no vault yet. Create it together first.')
      sessionKey = new SessionKey(key)
    } catch (error) {
      wipe(key)
      throw error
    }
    const thisOpening = openings.begin()
    try {
      const profileIds = deps.profiles.list().map((p) => p.id)
      const vault = await together(moments, row, 'opened', undefined, () => OpenVault.open(row, sessionKey, { items, reveals, profileIds, now }))
      vault.carryDamage(carriedDamage)
      if (thisOpening.aborted) {
        vault.close()
        throw lockedError()
      }
      if (vault.publicKeyWasWrong) vaults.putPublicKey(vault.vaultId, vault.publicKey)
      if (vault.privateKeyUnbound) bindWithNewPair({ db: deps.db, vaults, reveals }, vault)
      if (!vault.rosterKey) vault.adoptRosterKey(storeNewRosterKey(vaults, vault))
      // Its keys are proven now: the open journal, if it is one of the two, pins them.
      const journal = openAsker(deps.journal)
      if (journal && vault.partners.includes(journal.profileId)) pinVault(deps.pins, deps.profileKeys, sealerOf(journal), provenKeys(vault))()
      opened = { vault, autoLockMinutes: autoLockMinutesAtOpening(vault, row), key: sessionKey }
      deps.events.emit('vault-opened')
    } catch (error) {
      sessionKey.close()
      throw error
    }
  }
  const openSealer = () => {
    const journal = openAsker(deps.journal)
    return journal && sealerOf(journal)
  }
  const status = (): VaultStatus => {
    const exists = vaults.get() !== undefined
    return {
      exists,
      open: opened !== null,
      canCreate: !exists && deps.profiles.list().length >= 2,
      partners: partnersOf(deps.profiles.list(), vaults.get()),
      partsGiven: opened ? [] : door.partsGiven(),
      autoLockMinutes: opened?.autoLockMinutes ?? DEFAULT_VAULT_AUTO_LOCK_MINUTES,
      damagedItems: opened?.vault.damagedCount ?? 0,
      fromJournal: journalReadiness(revealDeps, openSealer()),
      waitingForBoth: waitingForBoth({ vaults, items, reveals }, opened !== null)
    }
  }
  /**
   * Re-keys the open vault with two new parts; the vault opens again under its new key, and both
   * journals pin it in the same transaction. Returns the new halves. A lock before it is committed wins.
   */
  const rekeyOpen = async (newPartA: string, newPartB: string, passphrases: Record<VaultPartId, string | undefined>) => {
    const opening = openings.begin()
    const vault = current()
    const journals = await bothJournals(vault, passphrases)
    try {
      return await deps.gate.run(async () => {
        const cancelled = () => opening.aborted
        const pinNew = (vaultPublicKey: Buffer) =>
          journals.sealers.map((sealer) => pinVault(deps.pins, deps.profileKeys, sealer, { ...provenKeys(vault), vaultPublicKey }))
        const { key, halves } = await rekeyVault({ db: deps.db, vaults, items, reveals, door }, vault, newPartA, newPartB, { cancelled, pinNew })
        // Committed: the new halves must reach the two of them even if a lock came at the last moment.
        // What the old keys' opening found damaged (a spoilt key the re-key replaced) is still said.
        if (!opening.aborted) await openWith(key, opening, vault.damagedItems())
        else wipe(key)
        return halves
      })
    } finally {
      journals.dispose()
    }
  }
  // A drop-in or answer that arrives while the vault is open goes straight in; `kind` is a moment together for `by`.
  const takeInIfOpen = (kind: MomentKind, by?: string) =>
    together(moments, vaults.get(), kind, by, async () => {
      if (opened) await opened.vault.takeIn()
    })

  const inside: InsideDeps = { current, asker: () => openAsker(deps.journal), revealDeps, now, events: deps.events, takeInIfOpen }

  return {
    exists: () => vaults.get() !== undefined,
    id: () => vaults.get()?.id,
    isOpen: () => opened !== null,
    unreadableQuestions: (me, takeInOwn) => unreadableAtUnlock(revealDeps, me, takeInOwn),
    opened: () => opened?.vault ?? null,
    proveBothParts: async (partA, partB) => {
      const open = opened
      if (!open) throw lockedError()
      const key = await door.checkParts(partA, partB)
      const same = open.key.matches(key)
      wipe(key)
      if (!same) throw new AppError('WRONG_PASSPHRASE', 'Those two parts do not open this vault. Each of you, check your part and type it again.')
    },
    lock,
    vault: {
      status: async () => status(),
      create: ({ partA, partB }) =>
        oneAtATime(async () => {
          const { key, halves } = await door.create(partA, partB)
          await openWith(key)
          return { recoveryHalves: halves }
        }),
      givePart: ({ part, passphrase }) => {
        const opening = openings.begin()
        return oneAtATime(async () => {
          if (opened) return status()
          const key = await door.givePart(part, passphrase)
          if (key) await openWith(key, opening)
          return status()
        })
      },
      resetParts: async () => {
        door.reset()
        return status()
      },
      lock: async () => {
        lock()
        return null
      },
      seal: async ({ authorId, title, body, passphrase }) => {
        const row = vaults.get()
        if (!row) throw new AppError('NOT_FOUND', 'There is no vault yet. Create it together first.')
        if (authorId !== row.partnerA && authorId !== row.partnerB) {
          throw new AppError('INVALID_INPUT', 'Choose which of you wrote this secret.', { field: 'authorId' })
        }
        const secret: SealedSecret = { authorId, title, body, sealedAt: new Date(now()).toISOString() }
        // In turn with unlocks: a passphrase given here is tried like one.
        await oneAtATime(() => asTheAuthor(authorId, passphrase, (sealer) => dropIn({ ...revealDeps, items }, sealer, secret)))
        await takeInIfOpen('sealed', authorId)
        return null
      },
      changePassphrase: ({ currentPartA, currentPartB, newPartA, newPartB, rekey, journalPassphraseA, journalPassphraseB }) => {
        const opening = openings.begin()
        return oneAtATime(async () => {
          if (!rekey) {
            await door.changeParts(currentPartA, currentPartB, newPartA, newPartB)
            return null
          }
          const key = await door.proveParts(currentPartA, currentPartB, newPartA, newPartB)
          if (opened) wipe(key)
          else await openWith(key, opening)
          return { recoveryHalves: await rekeyOpen(newPartA, newPartB, { a: journalPassphraseA, b: journalPassphraseB }) }
        })
      },
      recover: ({ halfA, halfB, newPartA, newPartB, journalPassphraseA, journalPassphraseB }) => {
        const opening = openings.begin()
        return oneAtATime(async () => {
          await openWith(await door.recoverKey(halfA, halfB, newPartA, newPartB), opening)
          try {
            const recoveryHalves = await rekeyOpen(newPartA, newPartB, { a: journalPassphraseA, b: journalPassphraseB })
            return { status: status(), recoveryHalves }
          } catch (error) {
            // Nothing was changed: the old halves still open it.
            lock()
            throw error
          }
        })
      },
      setAutoLock: async ({ minutes }) => {
        const vault = current()
        vaults.putSettings(vault.vaultId, settingsWith(vault, vaults.get()!, { autoLockMinutes: minutes }))
        opened!.autoLockMinutes = minutes
        return status()
      }
    },
    vaultSecrets: secretHandlers(inside),
    vaultReveals: revealHandlers(inside),
    vaultTime: timeTogetherHandlers({ vaults, items, sealing: revealDeps, now, current, asTheAuthor, oneAtATime, takeInIfOpen }),
    vaultShared: sharedHandlers({ db: deps.db, items, sealing: revealDeps, journal: deps.journal, events: deps.events, now, current, openSealer, takeInIfOpen })
  }
}
