// The main process's strength check runs zxcvbn in a worker thread: its answers match the
// renderer's checker whatever order they come back in, a worker that dies fails only what it
// held and is replaced, and it never keeps the process alive once nothing waits for it.

import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { passphraseProblem } from '../../../../src/main/passphrase/policy.ts'
import { stopStrengthWorker } from '../../../../src/main/passphrase/strength-worker.ts'
import { loadStrengthChecker } from '../../../../src/shared/passphrase-strength.ts'
import { cycled, DIGIT_SYMBOL_CYCLE } from '../../../support/hostile-passphrases.ts'

const COMMON = 'This is close to a common passphrase. Add a few more unrelated words.'

describe('the strength check in a worker thread', () => {
  it('answers checks sent together, each with the renderer checker’s verdict for it', async () => {
    const check = await loadStrengthChecker()
    const asked: Array<[string, string[]]> = [
      ['password123456', []],
      ['zephyrine quillfeather', ['Zephyrine Quillfeather']],
      ['lantern orchard velvet morning', []],
      ['short', []],
      ['aaaaaaaaaaaaaa', ['Ana']],
      ['sevenfold2026', []]
    ]
    const answers = await Promise.all(asked.map(([passphrase, names]) => passphraseProblem(passphrase, names)))
    expect(answers).toEqual(asked.map(([passphrase, names]) => check(passphrase, names).problem))
    expect(answers[0]).toBe(COMMON)
  })

  it('fails the checks a dying worker held, and the next check starts a new one', async () => {
    await passphraseProblem('warm it up first')
    // A slow one (about a second), so it is still in the worker when the worker ends.
    const held = passphraseProblem(cycled(DIGIT_SYMBOL_CYCLE, 1024))
    await stopStrengthWorker()
    await expect(held).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/^Sevenfold could not check how strong/) })
    expect(await passphraseProblem('password123456')).toBe(COMMON)
  })

  it('keeps a process alive while a check waits, and lets it end once none does', async () => {
    const policy = new URL('../../../../src/main/passphrase/policy.ts', import.meta.url).href
    // Nothing else keeps this process running: it prints two answers (the second asked once the
    // worker is idle and let go), then must end by itself.
    const ask = `console.log(await passphraseProblem('password123456'))`
    const script = `const { passphraseProblem } = await import(${JSON.stringify(policy)}); ${ask}; ${ask}`
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script], { timeout: 20_000 })
    expect(stdout.trim().split('\n')).toEqual([COMMON, COMMON])
  })
})
