// The pictures a printed book or an HTML export shows, inline as data: URLs (issue 19): nothing
// is loaded from anywhere, so their policies need only `img-src data:`. Read one at a time from
// the open journal (checked as pictures.get checks them; one that fails is left out and shown as
// missing), and encoded a few megabytes per turn of the event loop.

import { setImmediate as nextTurn } from 'node:timers/promises'
import { pictureIdsIn, type PictureType } from '../../shared/pictures.ts'
import type { RichTextNode } from '../../shared/rich-text.ts'
import type { PictureReader } from './handlers.ts'

export interface InlinePicture {
  type: PictureType
  width: number
  height: number
  /** What the document's HTML names it by (print/inline-pieces.ts). */
  token: string
  /** Its `data:image/…;base64,…` URL, in parts of a few megabytes, never joined into one string here. */
  parts: string[]
  /** The picture's own bytes (the Markdown export writes them as a file). */
  data: Uint8Array
}

export type InlinePictures = ReadonlyMap<string, InlinePicture>

/** The pictures' data: URLs by the tokens the document names them by. */
export function inlineParts(pictures: InlinePictures | undefined): Map<string, readonly string[]> {
  return new Map([...(pictures?.values() ?? [])].map((picture) => [picture.token, picture.parts]))
}

/** Three bytes make four characters: a slice of a multiple of three encodes on its own. */
const BASE64_SLICE = 3 * 1024 * 1024
/** Bodies looked through for pictures between turns (a body may have 100,000 parts). */
const BODIES_PER_TURN = 50

/** `data:<type>;base64,…` in parts, a slice of base64 per turn. */
export async function dataUrlParts(type: string, bytes: Uint8Array): Promise<string[]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const parts = [`data:${type};base64,`]
  for (let from = 0; from < buffer.length; from += BASE64_SLICE) {
    if (from > 0) await nextTurn()
    parts.push(buffer.toString('base64', from, Math.min(buffer.length, from + BASE64_SLICE)))
  }
  return parts
}

/**
 * Every picture of the open journal that `bodies` show, by id; none without a reader (a vault
 * book, say). Those in `known` are not read again.
 */
export async function inlinePictures(
  bodies: Iterable<RichTextNode>,
  reader: PictureReader | null,
  token: () => string,
  signal?: AbortSignal,
  known?: ReadonlyMap<string, InlinePicture>
): Promise<Map<string, InlinePicture>> {
  const found = new Map<string, InlinePicture>()
  if (!reader) return found
  const ids = new Set<string>()
  let read = 0
  for (const body of bodies) {
    for (const id of pictureIdsIn(body)) ids.add(id)
    if (++read % BODIES_PER_TURN === 0) await nextTurn()
  }
  for (const id of ids) {
    if (signal?.aborted) break
    if (known?.has(id)) continue
    const picture = await reader.read(id)
    if (picture) {
      const parts = await dataUrlParts(picture.type, picture.data)
      found.set(id, { type: picture.type, width: picture.width, height: picture.height, token: token(), parts, data: picture.data })
    }
  }
  return found
}
