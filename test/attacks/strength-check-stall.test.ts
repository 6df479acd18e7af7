// Attack (issue 13, finding 10): long digit- and symbol-heavy passphrases, which zxcvbn takes a
// second or more over, sent through dispatch() to every request that judges a new passphrase.
// While they are judged the main process's event loop must never be held for more than 50 ms
// (CPU time on this thread between two turns of the loop: loop-stall.ts, so other processes on a
// busy machine do not count), and each verdict must be the renderer checker's for the same input.

import { describe, expect, it } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { dispatch } from '../../src/main/app/dispatch.ts'
import type { Result } from '../../src/shared/errors.ts'
import { loadStrengthChecker } from '../../src/shared/passphrase-strength.ts'
import { PART_B, useBackends } from '../support/backend.ts'
import { hostilePassphrases } from '../support/hostile-passphrases.ts'
import { STALL_LIMIT_MS, withStallProbe } from '../support/loop-stall.ts'
import { withVault } from '../support/vault.ts'

const newBackend = useBackends()

interface Attack {
  channel: string
  payload: Record<string, string>
  /** The field a refusal names, and the names the check gives no weight. */
  field: string
  names: string[]
  /** What an accepted passphrase runs into next, in this world. */
  after: string[]
}

/** Ana's and Ben's journals (Ben's open) and their vault: an accepted passphrase changes nothing. */
function attacks(passphrase: string): Attack[] {
  return [
    { channel: 'profile.create', payload: { displayName: 'Cleo', passphrase }, field: 'passphrase', names: ['Cleo'], after: ['LIMIT_REACHED'] },
    {
      channel: 'session.changePassphrase',
      payload: { currentPassphrase: 'not the passphrase at all', newPassphrase: passphrase },
      field: 'newPassphrase',
      names: ['Ben'],
      after: ['WRONG_PASSPHRASE', 'TOO_MANY_ATTEMPTS']
    },
    { channel: 'vault.create', payload: { partA: passphrase, partB: PART_B }, field: 'partA', names: ['Ana', 'Ben'], after: ['LIMIT_REACHED'] }
  ]
}

async function send(backend: SevenfoldBackend, list: Attack[]): Promise<Result<unknown>[]> {
  const results: Result<unknown>[] = []
  for (const attack of list) results.push(await dispatch(backend, attack.channel, attack.payload))
  return results
}

/** "field: reason" for a refused passphrase, "accepted" for one that got past the check. */
function verdict(result: Result<unknown>): string {
  if (!result.ok && result.error.code === 'INVALID_INPUT') return `${result.error.field}: ${result.error.message}`
  return 'accepted'
}

describe('long digit- and symbol-heavy passphrases sent to every request that judges one', () => {
  it('never stall the main thread over 50 ms, and get the renderer checker’s verdicts', async () => {
    const { backend } = await newBackend()
    await withVault(backend)
    const list = Object.values(hostilePassphrases()).flatMap(attacks)
    // The first check starts the checker (and builds its dictionaries): not what is measured.
    await send(backend, attacks('password123456'))

    const { value: results, heldMs, wallMs } = await withStallProbe(() => send(backend, list))
    console.info(`strength-check attack, ${list.length} requests: the loop was held at most ${heldMs} ms (longest gap on the clock ${wallMs} ms)`)
    expect(heldMs).toBeLessThanOrEqual(STALL_LIMIT_MS)

    const check = await loadStrengthChecker()
    const expected = list.map(({ payload, field, names }) => {
      const problem = check(payload[field]!, names).problem
      return problem ? `${field}: ${problem}` : 'accepted'
    })
    expect(results.map(verdict)).toEqual(expected)
    expect(expected).toContain('accepted')
    expect(expected.some((seen) => seen !== 'accepted')).toBe(true)
    // Accepted ones went no further than this world allows: nothing was created or changed.
    for (const [i, result] of results.entries()) {
      if (expected[i] === 'accepted') expect(result.ok ? 'ok' : result.error.code, list[i]!.channel).toBeOneOf(list[i]!.after)
    }
  }, 120_000)
})
