// The `vaultShared` group: sharing a reflection (or a check-in's third line) from the open journal into the vault, and the
// replies and reactions the two of them keep with what they read together. A share is a sealed
// drop-in like any other (drop-in.ts): sealed to the vault's key as the journal pinned it, so the
// sharer cannot read it back alone either; the original is only marked, inside its own header.
// A thank-you note (thanks.ts) is sealed the same way; a needs check-in is shared like a reflection, its needs in the seal (needs.ts).

import type { Backend, Reflection, ReflectionHeader } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { NeedsCheckIn } from '../../shared/needs.ts'
import type { RichTextNode } from '../../shared/rich-text.ts'
import type { Database } from '../storage/database.ts'
import type { VaultItemRepository } from '../storage/vault-item-repository.ts'
import type { SealedSecret } from './codec.ts'
import { dropIn } from './drop-in.ts'
import type { VaultJournalDeps } from './journals.ts'
import type { OpenVault } from './open-vault.ts'
import { needsCopy, needsTogether, offerForNeed } from './needs.ts'
import { withReactionToggled, withReply } from './responses.ts'
import type { Sealer, SealingDeps } from './sealing-keys.ts'
import { thanksNote } from './thanks.ts'
import type { MomentKind } from './together.ts'

export interface SharedDeps {
  db: Database
  items: VaultItemRepository
  sealing: SealingDeps
  journal: VaultJournalDeps['journal']
  now: () => number
  /** The session's events: search follows a secret that changed. */
  events: { emit(event: 'secret-changed', id: string): void }
  /** The open journal as one that seals, if one is open. */
  openSealer: () => Sealer | null
  /** The open vault; throws LOCKED while it is locked. */
  current: () => OpenVault
  /** Takes a new drop-in straight in if the vault is open, and tells the calendar of the moment. */
  takeInIfOpen: (kind: MomentKind, by: string) => Promise<void>
}

export function sharedHandlers(deps: SharedDeps): Backend['vaultShared'] {
  return {
    share: async ({ id }) =>
      share(deps, id, (reflection, sealer) => {
        // A moment noted in the partner's life stays in the journal of the one who noted it.
        if (reflection.occasion) throw new AppError('INVALID_INPUT', 'A moment you noted stays in your journal. Share what you wrote afterwards, if you like.')
        // A practice goes its own way: a check-in's third line alone, a needs check-in with its needs (checked when taken in).
        if (reflection.checkIn || reflection.needs) throw practiceRefusal(reflection, partnerName(deps, sealer.profileId))
        return { title: reflection.title, body: reflection.body }
      }),
    // Only the third line ("to tell my partner"), as its own words; the other two stay in the journal.
    shareCheckIn: async ({ id }) =>
      share(deps, id, (reflection) => {
        const tell = reflection.checkIn?.tell.trim()
        if (!tell) throw new AppError('INVALID_INPUT', 'Write the small thing to tell your partner first; that line is what goes into the vault.')
        return { title: CHECK_IN_SHARED_TITLE, body: paragraphOf(tell), kind: 'check-in' }
      }),
    thank: async ({ text }) => {
      const sealer = deps.openSealer()
      if (!sealer) throw new AppError('LOCKED', 'Open your own journal first: a thank-you note is written from there.')
      const row = deps.sealing.vaults.get()
      if (!row) throw new AppError('NOT_FOUND', 'There is no vault yet. Create it together first.')
      // Always the vault's other partner: the note's "for" is never chosen by the request.
      const forId = row.partnerA === sealer.profileId ? row.partnerB : row.partnerB === sealer.profileId ? row.partnerA : null
      if (!forId) throw new AppError('FORBIDDEN', 'This journal is not one of the vault’s two, so it cannot seal a note into it.')
      const forName = deps.sealing.profiles.list().find((p) => p.id === forId)?.displayName ?? 'you'
      const note = thanksNote({ authorId: sealer.profileId, forId, forName, text, sealedAt: new Date(deps.now()).toISOString() })
      dropIn({ ...deps.sealing, items: deps.items }, sealer, note)
      await deps.takeInIfOpen('thanked', sealer.profileId)
      return null
    },
    reply: async ({ on, authorId, text }) => {
      const vault = deps.current()
      const responses = vault.respond(on, (r) => withReply(r, vault.partners, authorId, text, new Date(deps.now())))
      if (on.kind === 'secret') deps.events.emit('secret-changed', on.id)
      return responses
    },
    react: async ({ on, authorId, reaction }) => {
      const vault = deps.current()
      return vault.respond(on, (r) => withReactionToggled(r, vault.partners, authorId, reaction, new Date(deps.now())))
    },
    shareNeeds: async ({ id }) => share(deps, id, needsCopy),
    needsTogether: async () => needsTogether(deps.current()),
    offerForNeed: async ({ id, text }) => offerForNeed(deps.current(), id, text, new Date(deps.now()))
  }
}

const CHECK_IN_SHARED_TITLE = 'A small thing to tell you'

/** The vault's other partner as the sharer's journal lists them, for a sentence. */
function partnerName(deps: SharedDeps, profileId: string): string {
  const row = deps.sealing.vaults.get()
  const other = row?.partnerA === profileId ? row.partnerB : row?.partnerA
  return deps.sealing.profiles.list().find((p) => p.id === other)?.displayName ?? 'your partner'
}

function practiceRefusal(reflection: Reflection, partner: string): AppError {
  return new AppError(
    'INVALID_INPUT',
    reflection.checkIn
      ? `Only a check-in’s third line goes into the vault: use “Tell ${partner} in the vault…” on the small talk page.`
      : `A needs check-in is shared as one: use “Share with ${partner}…” on the “Know each other’s needs” page.`
  )
}

function paragraphOf(text: string): RichTextNode {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
}

interface SharedCopy {
  title: string
  body: RichTextNode
  kind?: 'check-in'
  /** A needs check-in's needs, sealed with it (as `kind: 'needs'`). */
  needs?: NeedsCheckIn
}

/** Seals `copyOf` the open journal's reflection `id` into the vault and marks the reflection as shared. */
async function share(deps: SharedDeps, id: string, copyOf: (reflection: Reflection, sealer: Sealer) => SharedCopy): Promise<ReflectionHeader> {
  const open = deps.journal()
  const sealer = deps.openSealer()
  if (!open || !sealer) throw new AppError('LOCKED', 'Open your own journal first: a reflection is shared from there.')
  const reflection = open.journal.get(id)
  const { kind, needs, ...copy } = copyOf(reflection, sealer)
  const sharedAt = new Date(deps.now()).toISOString()
  const secret: SealedSecret = {
    authorId: sealer.profileId,
    ...copy,
    sealedAt: sharedAt,
    shared: { themeId: reflection.themeId, date: reflection.date, ...(kind ? { kind } : {}) },
    ...(needs ? { kind: 'needs' as const, needs } : {})
  }
  // The copy and the mark together: a mark with no copy, or a copy the journal never marked, cannot be left behind.
  const header = deps.db.transaction(() => {
    dropIn({ ...deps.sealing, items: deps.items }, sealer, secret)
    return open.journal.update({ id, sharedAt })
  })()
  await deps.takeInIfOpen(kind === 'check-in' ? 'told' : needs ? 'shared-needs' : 'sealed', sealer.profileId)
  return header
}
