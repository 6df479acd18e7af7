// The process the crash tests kill (started by crash-runner.ts with the project's Node, which
// runs this .ts directly). It loads the backend and says `loaded`; takes its order (a JSON line
// on stdin: the data folder, the secrets), opens the real backend and says `ready`; on `go` it
// writes in a loop until it is killed. Each write is announced with `start …` before the call
// and `done …` only after the call returned. Each line is awaited until it has left this process:
// stdout to the parent is a socket, and when the parent is slow to read, a write is queued in
// memory; the save loop never yields to the event loop, so queued lines were lost at the kill (the
// parent then found saves it was never told about). Nothing secret is printed.

import { createInterface } from 'node:readline'
import { createBackend, type SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { isAppError } from '../../../src/shared/errors.ts'
import { pick, seededRng } from '../../bench/corpus.ts'
import { contentOf, fixedHost, type CrashOrder } from './crash-content.ts'

const say = (line: string) => new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()))
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()

async function nextLine(): Promise<string> {
  const { value, done } = await lines.next()
  // The parent closed stdin: a spare child that is no longer needed.
  if (done) process.exit(0)
  return value as string
}

const wrongSecret = (error: unknown) => isAppError(error) && error.code === 'WRONG_PASSPHRASE'

/** Creates and updates reflections; every save's content follows from its number. */
async function saves(backend: SevenfoldBackend, order: Extract<CrashOrder, { kind: 'saves' }>) {
  await backend.session.unlock({ profileId: order.profileId, passphrase: order.passphrase })
  const ids = (await backend.reflections.list()).map((h) => h.id)
  const rng = seededRng(order.seed)
  return async () => {
    for (let seq = order.nextSeq; ; seq++) {
      const content = contentOf(seq)
      if (ids.length === 0 || (ids.length < order.cap && rng() < order.createShare)) {
        await say(`start create - ${seq}`)
        const { id } = await backend.reflections.create(content)
        await say(`done ${id} ${seq}`)
        ids.push(id)
      } else {
        const id = pick(rng, ids)
        await say(`start update ${id} ${seq}`)
        await backend.reflections.update({ id, ...content })
        await say(`done ${id} ${seq}`)
      }
    }
  }
}

/** Changes the journal's passphrase back and forth between the two it was given (re-keying it each time, if told to). */
async function passphrase(backend: SevenfoldBackend, order: Extract<CrashOrder, { kind: 'passphrase' }>) {
  const pp = order.passphrases
  let current: 0 | 1 = order.likely
  try {
    await backend.session.unlock({ profileId: order.profileId, passphrase: pp[current] })
  } catch (error) {
    if (!wrongSecret(error)) throw error
    current = current === 0 ? 1 : 0
    await backend.session.unlock({ profileId: order.profileId, passphrase: pp[current] })
  }
  return async () => {
    for (;;) {
      const next = current === 0 ? 1 : 0
      await say(`start ${next}`)
      await backend.session.changePassphrase({ currentPassphrase: pp[current], newPassphrase: pp[next], rekey: order.rekey })
      await say(`done ${next}`)
      current = next
    }
  }
}

/**
 * Changes the vault's joint passphrase back and forth between the two pairs of parts. The
 * parent's guess of the current pair is tried first; a refusal (the change in flight at the
 * last kill had landed) is said as `refused`, and the other pair is the current one.
 */
async function vault(backend: SevenfoldBackend, order: Extract<CrashOrder, { kind: 'vault' }>) {
  let current: 0 | 1 = order.likely
  return async () => {
    for (;;) {
      const next = current === 0 ? 1 : 0
      const [a, b] = order.pairs[current]
      const [newA, newB] = order.pairs[next]
      await say(`start ${next}`)
      try {
        await backend.vault.changePassphrase({ currentPartA: a, currentPartB: b, newPartA: newA, newPartB: newB })
      } catch (error) {
        if (!wrongSecret(error)) throw error
        await say('refused')
        current = next
        continue
      }
      await say(`done ${next}`)
      current = next
    }
  }
}

/** "Back up now", over and over, to the same file. */
async function backup(backend: SevenfoldBackend) {
  return async () => {
    for (;;) {
      await say('start')
      const { saved } = await backend.backup.create()
      if (!saved) throw new Error('the backup was not saved')
      await say('done')
    }
  }
}

await say('loaded')
const order = JSON.parse(await nextLine()) as CrashOrder
try {
  const host = order.kind === 'backup' ? fixedHost({ saveAs: order.target }) : undefined
  const backend = await createBackend({ dataDir: order.dataDir, kdfTargetMs: 0, host })
  const loop =
    order.kind === 'saves'
      ? await saves(backend, order)
      : order.kind === 'passphrase'
        ? await passphrase(backend, order)
        : order.kind === 'vault'
          ? await vault(backend, order)
          : await backup(backend)
  await say('ready')
  await nextLine()
  await loop()
} catch (error) {
  // The code only: a message could quote something it should not.
  await say(`failed ${isAppError(error) ? error.code : ((error as { code?: string }).code ?? (error as Error).name)}`)
  process.exit(1)
}
