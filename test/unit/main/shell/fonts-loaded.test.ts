// The wait for a print document's fonts never holds a print for ever and never throws: a page
// that does not answer, a protocol that refuses, or a debugger someone else holds.

import { describe, expect, it } from 'vitest'
import { whenFontsLoaded } from '../../../../src/main/shell/fonts-loaded.ts'
import { DebuggerDouble } from '../../../support/electron-double-debugger.ts'

describe('waiting for the print document fonts', () => {
  it('answers whether they loaded, and leaves the debugger detached', async () => {
    const loaded = new DebuggerDouble()
    expect(await whenFontsLoaded(loaded)).toBe(true)
    expect(loaded.commands.map((command) => command.method)).toEqual(['Runtime.evaluate'])
    expect(loaded.isAttached()).toBe(false)
  })

  it.each(['never', 'refused'] as const)('goes on without them when the page answers %s', async (answer) => {
    const debug = new DebuggerDouble()
    debug.answer = answer
    const started = performance.now()
    expect(await whenFontsLoaded(debug, 50)).toBe(false)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(debug.isAttached()).toBe(false)
  })

  it('goes on when the debugger cannot be attached', async () => {
    const debug = new DebuggerDouble()
    debug.attach = () => {
      throw new Error('Another debugger is already attached')
    }
    expect(await whenFontsLoaded(debug, 50)).toBe(false)
  })
})
