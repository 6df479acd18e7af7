// The Electron entry (src/main/index.ts) against the electron double: what happens before the
// window exists. A second launch while the app is still starting must not be lost (issue 15, item 10).

import { afterAll, describe, expect, it, vi } from 'vitest'
import { app, electronDouble, type BrowserWindowDouble } from '../../support/electron-double.ts'
import { eventually, tempDir } from '../../support/real-backend.ts'

vi.mock('electron', () => import('../../support/electron-double.ts'))

afterAll(() => void app.emit('will-quit'))

describe('the Electron entry', () => {
  it('keeps a second launch made before ready, and brings its window forward once painted', async () => {
    electronDouble.reset()
    electronDouble.holdReady = true
    const dataDir = tempDir()
    Object.assign(app, { getPath: () => dataDir })
    await import('../../../src/main/index.ts')
    expect(electronDouble.privilegedSchemes?.map((s) => s.scheme)).toEqual(['app'])

    // Someone opens Sevenfold again while this one is still starting.
    app.emit('second-instance', {}, ['sevenfold'], '/')
    electronDouble.becomeReady()
    await eventually(() => electronDouble.windows.length === 1)
    const window = electronDouble.windows[0] as BrowserWindowDouble
    expect(window.focused).toBe(0)
    window.emit('ready-to-show')
    expect(window.shown).toBe(true)
    expect(window.focused).toBe(1)
    expect(electronDouble.windows).toHaveLength(1)
  })
})
