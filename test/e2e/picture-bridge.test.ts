// A picture's bytes through the page's one door (issue 19): the renderer sends a Uint8Array and
// gets one back, as Electron's IPC (structured clone) carries it. The browser tests' bridge is a
// Playwright binding, whose serializer carries typed arrays both ways (playwright-core 1.65):
// this checks it does, through the real preload, so the picture tests in the browser test what
// the app does.

import { describe, expect, test } from 'vitest'
import { PASS_A } from '../support/backend.ts'
import { png } from '../support/pictures.ts'
import { useApp } from './support/app.ts'

describe('picture bytes across the bridge', () => {
  const app = useApp()

  test('go in and come back as a Uint8Array, byte for byte', async () => {
    const { page, backend, open } = app()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await open()
    const picture = png({ width: 6, height: 4, pixel: (x, y) => [x * 40, y * 60, 200, 255] })
    // Runs in the page: the bytes are made there, as the renderer's re-encoding makes them.
    const answer = (await page.evaluate(`(async (bytes) => {
      const ipc = window.sevenfoldIpc
      const added = await ipc.invoke('pictures.add', { bytes: new Uint8Array(bytes) })
      if (!added.ok) return added
      const got = await ipc.invoke('pictures.get', { id: added.value.id })
      return { added, kind: Object.prototype.toString.call(got.value.data), bytes: Array.from(got.value.data) }
    })(${JSON.stringify([...picture])})`)) as { added: { ok: boolean; value: { width: number } }; kind: string; bytes: number[] }
    expect(answer.added).toMatchObject({ ok: true, value: { width: 6, height: 4, type: 'image/png' } })
    expect(answer.kind).toBe('[object Uint8Array]')
    expect(Buffer.from(answer.bytes).equals(picture)).toBe(true)
  })
})
