// The `vaultTime` group (issue 17, item 4): ideas for time together, this week's plan and the
// log of what the two of them did, inside the open vault (time-together.ts); and an idea
// dropped in sealed while it is locked, like any drop-in (drop-in.ts), which joins the list
// when they next open it together.

import type { Backend } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { VaultItemRepository } from '../storage/vault-item-repository.ts'
import type { VaultRepository } from '../storage/vault-repository.ts'
import { IDEAS_SEEDED, readSettings, settingsWith } from './auto-lock.ts'
import type { SealedSecret } from './codec.ts'
import { dropIn } from './drop-in.ts'
import type { OpenVault } from './open-vault.ts'
import type { Sealer, SealingDeps } from './sealing-keys.ts'
import { lineBody } from './time-together-codec.ts'
import type { MomentKind } from './together.ts'

export interface TimeTogetherDeps {
  vaults: VaultRepository
  items: VaultItemRepository
  sealing: SealingDeps
  now: () => number
  /** The open vault; throws LOCKED while it is locked. */
  current: () => OpenVault
  /** Runs `seal` as the author's journal: the open one, or theirs from their passphrase. */
  asTheAuthor: (authorId: string, passphrase: string | undefined, seal: (sealer: Sealer) => void) => Promise<void>
  /** In turn with unlocks: a passphrase given here is tried like one. */
  oneAtATime: <T>(task: () => Promise<T>) => Promise<T>
  /** Takes a new drop-in straight in if the vault is open, and tells the calendar of the moment (unnamed `by`: the open journal's partner, who was there). */
  takeInIfOpen: (kind: MomentKind, by?: string) => Promise<void>
}

export function timeTogetherHandlers(deps: TimeTogetherDeps): Backend['vaultTime'] {
  const now = () => new Date(deps.now())
  /**
   * The open vault, with our ideas put in its list the first time it is asked for. Not while its
   * settings blob is damaged (counted as it opened): whether they were put in before is unknown,
   * and one of ours they removed must not come back.
   */
  const opened = (): OpenVault => {
    const vault = deps.current()
    const row = deps.vaults.get()
    const settings = row ? readSettings(vault, row) : null
    if (row && settings && settings[IDEAS_SEEDED] !== true) {
      vault.time.seed(now(), () => deps.vaults.putSettings(vault.vaultId, settingsWith(vault, row, { [IDEAS_SEEDED]: true })))
    }
    return vault
  }
  /** Runs `change` on the open vault's time together, and answers the list as it is after. */
  const changed = async (change: (vault: OpenVault) => void) => {
    const vault = opened()
    change(vault)
    return vault.time.list(now())
  }
  return {
    list: async () => changed(() => undefined),
    addIdea: async ({ text }) => changed((vault) => vault.time.addIdea(text.trim(), now())),
    removeIdea: async ({ id }) => changed((vault) => vault.time.removeIdea(id)),
    plan: async ({ id, week }) => changed((vault) => vault.time.plan(id, week, now())),
    log: async (input) => {
      const answer = await changed((vault) => vault.time.log({ ...input, what: input.what.trim() }, now()))
      // Logged with the vault open together: a moment of time together for the journal open behind it.
      await deps.takeInIfOpen('spent')
      return answer
    },
    removeLog: async ({ id }) => changed((vault) => vault.time.removeLog(id)),
    sealIdea: async ({ authorId, text, passphrase }) => {
      const row = deps.vaults.get()
      if (!row) throw new AppError('NOT_FOUND', 'There is no vault yet. Create it together first.')
      if (authorId !== row.partnerA && authorId !== row.partnerB) {
        throw new AppError('INVALID_INPUT', 'Choose which of you has the idea.', { field: 'authorId' })
      }
      // An idea is its words and its author, nothing else (checked as strictly when it is taken in).
      const idea: SealedSecret = { authorId, title: '', body: lineBody(text.trim()), sealedAt: now().toISOString(), kind: 'idea' }
      await deps.oneAtATime(() => deps.asTheAuthor(authorId, passphrase, (sealer) => dropIn({ ...deps.sealing, items: deps.items }, sealer, idea)))
      await deps.takeInIfOpen('sealed', authorId)
      return null
    }
  }
}
