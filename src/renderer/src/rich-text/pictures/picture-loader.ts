// Pictures' bytes, fetched by id only when a picture comes on screen, each made a blob: URL
// while it is shown. One loader per editor or reading view: a URL is revoked once no picture
// shows it and it is not among the few kept for scrolling back; all go when the view goes. So
// memory follows what is on screen, not how many pictures a body holds.

import type { PictureType } from '../../../../shared/pictures.ts'

export interface PictureBytes {
  type: PictureType
  data: Uint8Array
}

export interface PictureLoader {
  /** A URL showing the picture, held until `release`; rejects if it cannot be fetched. */
  acquire(id: string): Promise<string>
  release(id: string): void
  /** Revokes every URL (the view is going); the loader can still be used after. */
  dispose(): void
}

export interface ObjectUrls {
  create(blob: Blob): string
  revoke(url: string): void
}

interface Entry {
  url: Promise<string>
  /** Set once fetched, so it can be revoked. */
  made?: string
  holders: number
  /** Evicted or disposed before its fetch ended: its URL is revoked as soon as it is made. */
  gone?: boolean
}

/** How many pictures no longer shown keep their URL, for scrolling back. */
export const KEPT_OFF_SCREEN = 6

const BROWSER_URLS: ObjectUrls = { create: (blob) => URL.createObjectURL(blob), revoke: (url) => URL.revokeObjectURL(url) }

export function createPictureLoader(get: (id: string) => Promise<PictureBytes>, urls: ObjectUrls = BROWSER_URLS, kept = KEPT_OFF_SCREEN): PictureLoader {
  const entries = new Map<string, Entry>()
  // Released entries in the order they were released, oldest first.
  const idle = new Set<string>()

  const drop = (id: string, entry: Entry) => {
    entries.delete(id)
    idle.delete(id)
    entry.gone = true
    if (entry.made) urls.revoke(entry.made)
  }

  const fetchUrl = (id: string, entry: Entry): Promise<string> =>
    get(id).then(
      ({ type, data }) => {
        const url = urls.create(new Blob([data as Uint8Array<ArrayBuffer>], { type }))
        if (entry.gone) {
          urls.revoke(url)
          throw new Error('The picture was let go before it arrived.')
        }
        entry.made = url
        return url
      },
      (error: unknown) => {
        // Not kept: the next time it comes on screen it is asked for again.
        if (entries.get(id) === entry) entries.delete(id)
        idle.delete(id)
        throw error
      }
    )

  return {
    acquire(id) {
      let entry = entries.get(id)
      if (!entry) {
        entry = { url: Promise.resolve(''), holders: 0 }
        entry.url = fetchUrl(id, entry)
        entries.set(id, entry)
      }
      idle.delete(id)
      entry.holders++
      return entry.url
    },
    release(id) {
      const entry = entries.get(id)
      if (!entry || entry.holders === 0) return
      if (--entry.holders > 0) return
      idle.add(id)
      for (const oldest of idle) {
        if (idle.size <= kept) break
        drop(oldest, entries.get(oldest)!)
      }
    },
    dispose() {
      for (const [id, entry] of [...entries]) drop(id, entry)
    }
  }
}
