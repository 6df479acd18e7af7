// The `vaultSecrets` and `vaultReveals` groups: what is inside the open vault, and the "both
// answer, then reveal" questions asked and answered from a journal. handlers.ts hands them the
// open vault and what they tell when something changes.

import type { Backend } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { OpenVault } from './open-vault.ts'
import { answerQuestion, askBoth, waitingQuestions, type Asker, type RevealDeps } from './questions.ts'
import type { MomentKind } from './together.ts'

export interface InsideDeps {
  /** The open vault, or LOCKED. */
  current: () => OpenVault
  /** The partner whose journal is open, if any. */
  asker: () => Asker | null
  revealDeps: RevealDeps
  now: () => number
  /** Search follows a secret that changed. */
  events: { emit(event: 'secret-changed', id: string): void }
  /** An answer or question that arrives while the vault is open goes straight in (a moment together). */
  takeInIfOpen: (kind: MomentKind) => Promise<void>
}

export function secretHandlers({ current, events }: InsideDeps): Backend['vaultSecrets'] {
  return {
    list: async () => current().list(),
    get: async ({ id }) => current().get(id),
    create: async (input) => {
      const created = current().create(input)
      events.emit('secret-changed', created.id)
      return created
    },
    update: async (input) => {
      // A shared copy, a thank-you note or a needs copy is refused here (OpenVault.update, keptAsSealed).
      const header = current().update(input)
      events.emit('secret-changed', header.id)
      return header
    },
    delete: async ({ id }) => {
      current().delete(id)
      events.emit('secret-changed', id)
      return null
    }
  }
}

export function revealHandlers({ current, asker, revealDeps, now, takeInIfOpen }: InsideDeps): Backend['vaultReveals'] {
  const journal = (): Asker => {
    const me = asker()
    if (!me) throw new AppError('LOCKED', 'Open your own journal first: questions are asked and answered from there.')
    return me
  }
  return {
    ask: async ({ prompt, answer }) => {
      const result = askBoth(revealDeps, journal(), prompt, answer, new Date(now()))
      await takeInIfOpen('asked')
      return result
    },
    waiting: async () => waitingQuestions(revealDeps, journal()),
    answer: async ({ id, answer }) => {
      answerQuestion(revealDeps, journal(), id, answer, new Date(now()))
      await takeInIfOpen('answered')
      return null
    },
    list: async () => current().reveals()
  }
}
