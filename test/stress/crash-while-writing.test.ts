// Crash while writing (issue 7): a child process writes through the real backend and is
// killed with SIGKILL at random moments; after every kill the files must be sound, the
// journal must open in a fresh backend, and everything the child reported done must be there
// as it was written (or as the very next version, if that one was in flight), nothing older,
// nothing half-written, nothing the child never started. Run sizes follow STRESS_SCALE.

import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, test, type ExpectStatic } from 'vitest'
import { createBackend } from '../../src/main/app/backend.ts'
import {
  changeKills,
  codeOf,
  integrityProblems,
  killAfter,
  newPassphrase,
  opened,
  runSeed,
  toggleProblems,
  toggles,
  withFreshBackend
} from './support/crash-checks.ts'
import { countReflections, journalProblems, journalWith, leftovers, secretProblems } from './support/crash-journal.ts'
import { contentOf, fixedHost, holds } from './support/crash-content.ts'
import { runCrashRounds, type CrashOutcome } from './support/crash-runner.ts'
import { scaled, tally } from './support/tally.ts'

const work = mkdtempSync(join(tmpdir(), 'sevenfold-crash-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const folder = (name: string) => mkdtempSync(join(work, `${name}-`))
// The four kinds run side by side (each has its own folder); on a loaded machine a full run
// can outlast the config's ten minutes, and a slow run is still a result.
const TIMEOUT_MS = 1_800_000

/** Records the kind's row in the table, then fails unless every round survived with nothing lost. */
function report(expect: ExpectStatic, row: { area: string; rounds: number; outcome: CrashOutcome; lost: number; note: string }): void {
  const { area, rounds, outcome, lost, note } = row
  tally({ area, tried: rounds, survived: outcome.survived, lost, note })
  expect(outcome.problems).toEqual([])
  expect(lost).toBe(0)
  expect(outcome.survived).toBe(rounds)
}

describe.concurrent('crash while writing', () => {
  test(
    'saving reflections, killed at random moments',
    async ({ expect }) => {
      const rounds = scaled(200, 20)
      const { seed, rng } = runSeed('crash while saving')
      const dataDir = folder('saves')
      const { profileId, passphrase } = await journalWith(dataDir, 0)
      // Each reflection's last save reported done; in flight: what the killed child had started.
      const known = new Map<string, number>()
      let inFlight: { id: string | null; seq: number } | null = null
      let nextSeq = 1
      let saves = 0
      // Saves reported done and then missing or wrong, each counted once however many rounds see it.
      const lost = new Set<string>()

      const outcome = await runCrashRounds(rounds, {
        order: () => ({ kind: 'saves', dataDir, profileId, passphrase, nextSeq, seed: seed + nextSeq, cap: 400, createShare: 0.2 }),
        killAt: killAfter(rng, 300),
        afterKill: ({ lines }) => {
          inFlight = null
          for (const line of lines) {
            const [word, a, b, c] = line.split(' ')
            if (word === 'start') {
              // `start create - <seq>` or `start update <id> <seq>`
              const seq = Number(c)
              inFlight = { id: a === 'create' ? null : b!, seq }
              nextSeq = Math.max(nextSeq, seq + 1)
            } else if (word === 'done') {
              known.set(a!, Number(b))
              inFlight = null
              saves++
            }
          }
          return integrityProblems(dataDir)
        },
        check: () =>
          withFreshBackend({ dataDir }, async (backend) => {
            const problems: string[] = []
            const flying = inFlight as { id: string | null; seq: number } | null
            await backend.session.unlock({ profileId, passphrase })
            const { damagedItems } = await backend.app.status()
            if (damagedItems !== 0) problems.push(`${damagedItems} reflections fail their integrity check`)
            const listed = new Set((await backend.reflections.list()).map((h) => h.id))
            for (const id of known.keys()) {
              if (!listed.has(id)) {
                lost.add(`${id} ${known.get(id)}`)
                problems.push(`a reflection saved as number ${known.get(id)} is missing`)
              }
            }
            let adopted = 0
            for (const id of listed) {
              const last = known.get(id)
              const candidates = last !== undefined ? [last] : []
              if (flying && (flying.id === id || (flying.id === null && last === undefined))) candidates.push(flying.seq)
              if (candidates.length === 0) {
                problems.push('the list shows a reflection the child never started')
                continue
              }
              const reflection = await backend.reflections.get({ id }).catch((error: unknown) => codeOf(error))
              const held = typeof reflection === 'string' ? undefined : candidates.find((seq) => holds(reflection, seq))
              if (held === undefined) {
                if (last !== undefined) lost.add(`${id} ${last}`)
                const found = typeof reflection === 'string' ? reflection : `save ${reflection.title.split(' · ').pop()}`
                problems.push(`reflection of save ${candidates.join(' or ')} reads back as ${found}`)
                continue
              }
              if (last === undefined) adopted++
              known.set(id, held)
            }
            if (adopted > 1) problems.push(`${adopted} reflections appeared from one save in flight`)
            return problems
          })
      })

      report(expect, {
        area: 'crash while saving',
        rounds,
        outcome,
        lost: lost.size,
        note: `SIGKILL ${rounds}x; ${saves} saves reported done, ${known.size} reflections at the end; seed ${seed}`
      })
      expect(saves).toBeGreaterThan(rounds)
    },
    TIMEOUT_MS
  )

  /** A journal of `reflections` whose passphrase the child changes back and forth (re-keying it each time, if `rekey`). */
  const passphraseRounds = async (expect: ExpectStatic, kind: { area: string; folder: string; rekey: boolean; reflections: number; rounds: number }) => {
    const { rounds } = kind
    const { rng, seed } = runSeed(kind.area)
    const dataDir = folder(kind.folder)
    const { profileId, passphrase, seqOf } = await journalWith(dataDir, kind.reflections)
    const passphrases: [string, string] = [passphrase, newPassphrase()]
    let current: 0 | 1 = 0
    let inFlight: 0 | 1 | null = null
    let changes = 0
    let lost = 0
    const unreadable = new Set<string>()
    const clock = changeKills(rng, 3000)

    const outcome = await runCrashRounds(rounds, {
      order: () => ({ kind: 'passphrase', dataDir, profileId, passphrases, likely: current, rekey: kind.rekey }),
      killAt: (child) => clock.killAt(child),
      afterKill: (round) => {
        const said = toggles(round)
        current = said.lastDone ?? current
        inFlight = said.inFlight
        changes += said.took.length
        clock.learn(said.took)
        return integrityProblems(dataDir)
      },
      check: () =>
        withFreshBackend({ dataDir }, async (backend) => {
          const opens: (0 | 1)[] = []
          for (const which of [0, 1] as const) {
            if (await opened(backend.session.unlock({ profileId, passphrase: passphrases[which] }))) opens.push(which)
            await backend.session.lock()
          }
          const verdict = toggleProblems(opens, current, inFlight, 'passphrase')
          lost += verdict.lost
          current = verdict.now
          if (verdict.problems.length > 0) return verdict.problems
          await backend.session.unlock({ profileId, passphrase: passphrases[current] })
          return journalProblems(backend, seqOf, unreadable)
        })
    })

    const what = kind.rekey ? 're-keys' : 'changes'
    report(expect, {
      area: kind.area,
      rounds,
      outcome,
      lost: lost + unreadable.size,
      note: `SIGKILL ${rounds}x; ${changes} ${what} reported done; exactly one passphrase opens, ${kind.reflections} reflections decrypt; seed ${seed}`
    })
  }

  test(
    'changing the journal passphrase back and forth, killed at random moments',
    async ({ expect }) => {
      await passphraseRounds(expect, { area: 'crash while changing passphrase', folder: 'passphrase', rekey: false, reflections: 12, rounds: scaled(40, 8) })
    },
    TIMEOUT_MS
  )

  test(
    're-keying the journal back and forth, killed at random moments, often in the middle of its transaction',
    async ({ expect }) => {
      await passphraseRounds(expect, { area: 'crash while re-keying', folder: 'rekey', rekey: true, reflections: 400, rounds: scaled(40, 8) })
    },
    TIMEOUT_MS
  )

  test(
    'changing the vault passphrase back and forth, killed at random moments',
    async ({ expect }) => {
      const rounds = scaled(40, 8)
      const { rng, seed } = runSeed('crash while changing the vault passphrase')
      const dataDir = folder('vault')
      const pairs: [[string, string], [string, string]] = [
        [newPassphrase(), newPassphrase()],
        [newPassphrase(), newPassphrase()]
      ]
      const seqOf = new Map<string, number>()
      const setup = await createBackend({ dataDir, kdfTargetMs: 0 })
      try {
        const { profileId } = await setup.profile.create({ displayName: 'Robin', passphrase: newPassphrase() })
        await setup.profile.create({ displayName: 'Sam', passphrase: newPassphrase() })
        await setup.vault.create({ partA: pairs[0][0], partB: pairs[0][1] })
        for (let seq = 1; seq <= 6; seq++) {
          const { title, body, date } = contentOf(seq)
          seqOf.set((await setup.vaultSecrets.create({ authorId: profileId, title, body, date })).id, seq)
        }
      } finally {
        setup.close()
      }
      let current: 0 | 1 = 0
      let inFlight: 0 | 1 | null = null
      let changes = 0
      let lost = 0
      const unreadable = new Set<string>()
      const clock = changeKills(rng, 3000)

      const outcome = await runCrashRounds(rounds, {
        order: () => ({ kind: 'vault', dataDir, pairs, likely: current }),
        killAt: (child) => clock.killAt(child),
        afterKill: (round) => {
          const said = toggles(round)
          current = said.lastDone ?? current
          inFlight = said.inFlight
          changes += said.took.length
          clock.learn(said.took)
          return integrityProblems(dataDir)
        },
        check: () =>
          withFreshBackend({ dataDir }, async (backend) => {
            const problems: string[] = []
            const opens: (0 | 1)[] = []
            for (const which of [0, 1] as const) {
              await backend.vault.givePart({ part: 'a', passphrase: pairs[which][0] })
              if (!(await opened(backend.vault.givePart({ part: 'b', passphrase: pairs[which][1] })))) continue
              const status = await backend.vault.status()
              if (!status.open) continue
              opens.push(which)
              if (status.damagedItems !== 0) problems.push(`${status.damagedItems} secrets fail their integrity check`)
              problems.push(...(await secretProblems(backend, seqOf, unreadable)))
              await backend.vault.lock()
            }
            const verdict = toggleProblems(opens, current, inFlight, 'pair of part')
            lost += verdict.lost
            current = verdict.now
            return [...verdict.problems, ...problems]
          })
      })

      report(expect, {
        area: 'crash while changing vault passphrase',
        rounds,
        outcome,
        lost: lost + unreadable.size,
        note: `SIGKILL ${rounds}x; ${changes} changes reported done; exactly one pair opens, 6 secrets decrypt; seed ${seed}`
      })
    },
    TIMEOUT_MS
  )

  test(
    'backing up over and over, killed at random moments',
    async ({ expect }) => {
      const rounds = scaled(40, 8)
      const { rng, seed } = runSeed('crash while backing up')
      const dataDir = folder('backup')
      const outDir = folder('backup-out')
      const target = join(outDir, 'Sevenfold crash.sevenfold-backup')
      // About 1 MB, so each backup's steps (snapshot, copy, sync, rename) take long enough to be hit.
      const { passphrase, seqOf } = await journalWith(dataDir, 300)
      let backups = 0
      let lost = 0
      let mostInData = 0
      const copyOf = (round: number) => join(work, `backup-copy-${round}`)
      const clock = changeKills(rng, 500)

      const outcome = await runCrashRounds(rounds, {
        order: () => ({ kind: 'backup', dataDir, target }),
        killAt: (child) => clock.killAt(child),
        afterKill: (round) => {
          const { took } = toggles(round)
          backups += took.length
          clock.learn(took)
          mostInData = Math.max(mostInData, leftovers(dataDir, outDir, target).inData.length)
          // Taken now, before the next child may write the file again.
          if (existsSync(target)) copyFileSync(target, copyOf(round.round))
          return integrityProblems(dataDir)
        },
        check: async ({ round }) => {
          const copy = copyOf(round)
          if (!existsSync(copy)) {
            if (backups === 0) return []
            lost++
            return ['the backup file is gone after backups were reported done']
          }
          const scratch = folder('restore')
          try {
            const restored = await withFreshBackend({ dataDir: scratch, host: fixedHost({ openFile: copy }) }, (backend) =>
              backend.backup.restore({ passphrase }).catch((error: unknown) => codeOf(error))
            )
            if (typeof restored === 'string' || !restored.restored) return [`restoring the backup file was refused: ${String(restored)}`]
            const count = countReflections(scratch)
            return count === seqOf.size ? [] : [`the restored journal holds ${count} reflections, not ${seqOf.size}`]
          } finally {
            rmSync(scratch, { recursive: true, force: true })
            rmSync(copy, { force: true })
          }
        }
      })

      const left = leftovers(dataDir, outDir, target)
      report(expect, {
        area: 'crash while backing up',
        rounds,
        outcome,
        lost,
        note: `SIGKILL ${rounds}x; ${backups} backups reported done; target always absent or a whole backup restore accepts; temp files after the last kill: ${left.beside.length} beside the backup, up to ${mostInData} in the data folder (each cleared by the next backup); seed ${seed}`
      })
      expect(backups).toBeGreaterThan(0)
    },
    TIMEOUT_MS
  )
})
