// Starting and killing the child of the crash tests. The next child is always started while
// the current one works, so its slow part (loading the backend's modules) is done by the time
// the parent needs it; it opens the data folder only when it gets its order.

import { spawn, type ChildProcess } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CrashOrder } from './crash-content.ts'

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url))
// Node's compile cache halves the CPU each child spends loading (and type-stripping) the backend.
const COMPILE_CACHE = join(tmpdir(), 'sevenfold-crash-compile-cache')
const WAIT_MS = 60_000

export class CrashChild {
  readonly #process: ChildProcess
  /** Every line the child wrote, in order, and when each arrived (performance.now()). */
  readonly lines: string[] = []
  readonly times: number[] = []
  readonly #waiters: (() => void)[] = []
  readonly exited: Promise<void>
  #exited = false
  #stderr = ''

  constructor() {
    // process.execPath: the project's Node 24 under vitest, which runs .ts files directly.
    this.#process = spawn(process.execPath, ['--no-warnings', CHILD], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE }
    })
    let partial = ''
    this.#process.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n')
      partial = parts.pop()!
      this.lines.push(...parts)
      this.times.push(...parts.map(() => performance.now()))
      this.#wake()
    })
    this.#process.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      this.#stderr = (this.#stderr + chunk).slice(-2000)
    })
    // A killed child cannot read what is still being written to it.
    this.#process.stdin!.on('error', () => undefined)
    this.exited = new Promise((resolve) =>
      this.#process.once('close', () => {
        this.#exited = true
        this.#wake()
        resolve()
      })
    )
  }

  #wake(): void {
    for (const wake of this.#waiters.splice(0)) wake()
  }

  /** Resolves once the child has written `line` (or a line it accepts); fails if it exits or fails first. */
  async waitFor(line: string | ((line: string) => boolean)): Promise<void> {
    const deadline = Date.now() + WAIT_MS
    const wanted = typeof line === 'string' ? (l: string) => l === line : line
    for (;;) {
      if (this.lines.some(wanted)) return
      const failed = this.lines.find((l) => l.startsWith('failed'))
      if (failed || this.#exited) throw new Error(`the child stopped before "${String(line)}": ${failed ?? 'exited'} ${this.#stderr}`)
      if (Date.now() > deadline) throw new Error(`the child did not say "${String(line)}" within ${WAIT_MS} ms`)
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve)
        setTimeout(resolve, 1000)
      })
    }
  }

  send(order: CrashOrder | 'go'): void {
    this.#process.stdin!.write(`${typeof order === 'string' ? order : JSON.stringify(order)}\n`)
  }

  /** The child failed by itself (a refused call), rather than being killed. */
  failure(): string | undefined {
    return this.lines.find((l) => l.startsWith('failed'))
  }

  /** SIGKILL, then every line it managed to write. */
  async kill(): Promise<string[]> {
    this.#process.kill('SIGKILL')
    await this.exited
    return this.lines
  }

  /** A child that is no longer needed: closing its stdin makes it leave by itself. */
  async dismiss(): Promise<void> {
    this.#process.stdin!.end()
    const timer = setTimeout(() => this.#process.kill('SIGKILL'), 5000)
    await this.exited
    clearTimeout(timer)
  }
}

export interface CrashRound {
  round: number
  /** What the killed child wrote, and when each line arrived. */
  lines: string[]
  times: number[]
}

export interface CrashKind {
  /** The order for the next child, from what the parent knows so far. */
  order(): CrashOrder
  /** Resolves when the child (told to go) is to be killed: a random moment from the seeded RNG. */
  killAt(child: CrashChild): Promise<void>
  /** Right after the kill, before anything opens the files again: read what the child said, look at the files cold. */
  afterKill(round: CrashRound): string[]
  /** The checks of one round, while the next child opens the same files; the problems found. */
  check(round: CrashRound): Promise<string[]>
}

export interface CrashOutcome {
  /** Rounds in which every check passed. */
  survived: number
  /** What went wrong, one line each, prefixed with its round. */
  problems: string[]
}

/**
 * `rounds` times: a child gets its order, opens the backend, is told to go and is killed after a
 * random delay; then the round is checked while the next child opens the files left behind (it
 * is told to go only once the check is done). A child that cannot open the files ends the run.
 */
export async function runCrashRounds(rounds: number, kind: CrashKind): Promise<CrashOutcome> {
  const problems: string[] = []
  let survived = 0
  let pending: Promise<void> | null = null
  const settle = async () => {
    await pending
    pending = null
  }
  let child = new CrashChild()
  try {
    for (let round = 0; round < rounds; round++) {
      await child.waitFor('loaded')
      child.send(kind.order())
      const opened = child.waitFor('ready')
      opened.catch(() => undefined)
      const spare = new CrashChild()
      await settle()
      await opened
      child.send('go')
      await kind.killAt(child).catch(() => undefined)
      const failure = child.failure()
      const lines = await child.kill()
      const times = child.times
      child = spare
      if (failure) throw new Error(`the child failed by itself before the kill: ${failure}`)
      const found = kind.afterKill({ round, lines, times })
      pending = kind.check({ round, lines, times }).then(
        (more) => {
          found.push(...more)
          if (found.length === 0) survived++
          problems.push(...found.map((problem) => `round ${round}: ${problem}`))
        },
        (error: unknown) => {
          problems.push(...found.map((problem) => `round ${round}: ${problem}`), `round ${round}: check threw ${String(error)}`)
        }
      )
    }
    await settle()
  } catch (error) {
    await settle().catch(() => undefined)
    problems.push(`run stopped: ${String(error)}`)
  } finally {
    await child.dismiss()
  }
  return { survived, problems }
}
