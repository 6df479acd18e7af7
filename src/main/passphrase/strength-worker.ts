// zxcvbn for the main process, in a worker thread: on a long digit- or symbol-heavy passphrase
// it takes a second or more, and the event loop that answers every request cannot spare that
// (issue 13). One worker, started on first use and kept (building the dictionaries takes about
// 0.2 s), answering in turn; made again if it dies.

import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { AppError } from '../../shared/errors.ts'
import type { ZxcvbnScore } from '../../shared/passphrase-verdict.ts'

// Run by eval, so the bundle needs no file of its own; getBuiltinModule rather than require, as
// a worker inherits the process's flags and --input-type=module would make this an ES module.
// It builds zxcvbn as createStrengthChecker does (passphrase-strength.ts); the tests compare
// their verdicts. Only the score and feedback go back: zxcvbn's result also holds the passphrase.
const SOURCE = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads')
const load = process.getBuiltinModule('node:module').createRequire(workerData.core)
const { ZxcvbnFactory } = load(workerData.core)
const common = load(workerData.common)
const en = load(workerData.en)
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs })
parentPort.on('message', ({ id, text, inputs }) => {
  try {
    const { score, feedback } = zxcvbn.check(text, inputs)
    parentPort.postMessage({ id, score, feedback: { warning: feedback.warning, suggestions: feedback.suggestions } })
  } catch {
    parentPort.postMessage({ id, failed: true })
  }
})
`

interface Waiting {
  resolve: (score: ZxcvbnScore) => void
  reject: (error: Error) => void
}

type Answer = { id: number; failed: true } | ({ id: number } & ZxcvbnScore)

let worker: Worker | null = null
let lastId = 0
const waiting = new Map<number, Waiting>()

function notChecked(): AppError {
  return new AppError('INTERNAL', 'Sevenfold could not check how strong that passphrase is. Nothing was changed; try again.')
}

function start(): Worker {
  // Resolved from here, so the same works from the source (tests) and from out/main (the bundle).
  const require = createRequire(import.meta.url)
  const workerData = {
    core: require.resolve('@zxcvbn-ts/core'),
    common: require.resolve('@zxcvbn-ts/language-common'),
    en: require.resolve('@zxcvbn-ts/language-en')
  }
  const made = new Worker(SOURCE, { eval: true, workerData })
  made.on('message', (answer: Answer) => {
    const entry = waiting.get(answer.id)
    if (!entry) return
    forget(answer.id)
    if ('failed' in answer) entry.reject(notChecked())
    else entry.resolve({ score: answer.score, feedback: answer.feedback })
  })
  // A crash ('error', then 'exit') fails what it held; the next check starts another worker.
  const died = () => {
    if (worker !== made) return
    worker = null
    for (const [id, entry] of waiting) {
      forget(id)
      entry.reject(notChecked())
    }
  }
  made.on('error', (error) => {
    // Its name only: a message from inside the check could quote what it was checking.
    console.error(`sevenfold: the strength check's worker stopped (${error.name})`)
    died()
  })
  made.on('exit', died)
  // After the listeners: adding a 'message' listener refs the worker's port again.
  made.unref()
  return made
}

function forget(id: number): void {
  waiting.delete(id)
  // Idle, the worker must not keep the process alive; while a check waits, it must.
  if (waiting.size === 0) worker?.unref()
}

/** zxcvbn's score and feedback for `text`, with `inputs` counting for nothing in it. */
export function scoreInWorker(text: string, inputs: readonly string[]): Promise<ZxcvbnScore> {
  const current = (worker ??= start())
  const id = ++lastId
  if (waiting.size === 0) current.ref()
  return new Promise<ZxcvbnScore>((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    current.postMessage({ id, text, inputs })
  })
}

/** Ends the worker, failing any check it held; the next check starts a new one. */
export async function stopStrengthWorker(): Promise<void> {
  await worker?.terminate()
}
