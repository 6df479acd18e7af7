import { beforeAll, describe, expect, it } from 'vitest'

const LOADER = '../../../../../src/renderer/src/rich-text/pictures/picture-loader.ts'
interface PictureLoader {
  acquire(id: string): Promise<string>
  release(id: string): void
  dispose(): void
}
type CreateLoader = (
  get: (id: string) => Promise<{ type: string; data: Uint8Array }>,
  urls: { create(blob: Blob): string; revoke(url: string): void },
  kept: number
) => PictureLoader
let createPictureLoader: CreateLoader

beforeAll(async () => {
  ;({ createPictureLoader } = (await import(/* @vite-ignore */ LOADER)) as { createPictureLoader: CreateLoader })
})

/** A loader over a stand-in store and stand-in URLs, recording what was fetched, made and revoked. */
function world(kept = 2) {
  const fetched: string[] = []
  const live = new Set<string>()
  const revoked: string[] = []
  const waiting = new Map<string, () => void>()
  let made = 0
  const missing = new Set<string>()
  const held = new Set<string>()
  const loader = createPictureLoader(
    async (id) => {
      fetched.push(id)
      if (held.has(id)) await new Promise<void>((resolve) => waiting.set(id, resolve))
      if (missing.has(id)) throw new Error('missing')
      return { type: 'image/png', data: new Uint8Array([1, 2, 3]) }
    },
    {
      create: () => {
        const url = `blob:test/${++made}`
        live.add(url)
        return url
      },
      revoke: (url) => {
        live.delete(url)
        revoked.push(url)
      }
    },
    kept
  )
  return { loader, fetched, live, revoked, missing, held, arrive: (id: string) => waiting.get(id)?.() }
}

describe('the picture loader', () => {
  it('fetches a picture once however many show it, and keeps its URL while one does', async () => {
    const { loader, fetched, live } = world()
    const [a, b] = await Promise.all([loader.acquire('p1'), loader.acquire('p1')])
    expect(a).toBe(b)
    expect(fetched).toEqual(['p1'])
    loader.release('p1')
    expect(live.has(a)).toBe(true)
  })

  it('keeps only a few pictures no longer shown, revoking the oldest beyond them', async () => {
    const { loader, fetched, live, revoked } = world(2)
    const urls: string[] = []
    for (let i = 0; i < 10; i++) {
      urls.push(await loader.acquire(`p${i}`))
      loader.release(`p${i}`)
    }
    // Memory follows what is on screen: two kept, eight revoked, whatever the count of pictures.
    expect(live.size).toBe(2)
    expect(revoked).toEqual(urls.slice(0, 8))
    // Scrolling back to a kept one fetches nothing; to an evicted one, fetches it again.
    await loader.acquire('p9')
    expect(fetched.filter((id) => id === 'p9')).toHaveLength(1)
    await loader.acquire('p0')
    expect(fetched.filter((id) => id === 'p0')).toHaveLength(2)
  })

  it('never evicts a picture on screen', async () => {
    const { loader, live } = world(0)
    const shown = await loader.acquire('on-screen')
    for (let i = 0; i < 5; i++) {
      await loader.acquire(`p${i}`)
      loader.release(`p${i}`)
    }
    expect([...live]).toEqual([shown])
  })

  it('asks again for a picture that could not be fetched', async () => {
    const { loader, fetched, missing } = world()
    missing.add('gone')
    await expect(loader.acquire('gone')).rejects.toThrow('missing')
    missing.delete('gone')
    await expect(loader.acquire('gone')).resolves.toMatch(/^blob:/)
    expect(fetched).toEqual(['gone', 'gone'])
  })

  it('revokes a URL that arrives after its picture was evicted or the view went', async () => {
    const { loader, held, arrive, live } = world(0)
    held.add('slow')
    const url = loader.acquire('slow')
    loader.release('slow')
    arrive('slow')
    await expect(url).rejects.toThrow()
    expect(live.size).toBe(0)
  })

  it('revokes every URL when the view goes, and still works after', async () => {
    const { loader, live } = world(5)
    await loader.acquire('a')
    await loader.acquire('b')
    loader.release('b')
    loader.dispose()
    expect(live.size).toBe(0)
    await loader.acquire('a')
    expect(live.size).toBe(1)
  })
})
