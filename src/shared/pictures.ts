// Pictures in a body (issue 19): what the renderer, the main process and the tests agree on.
// A picture sits in a body as a node `{ type: 'picture', attrs: { id, width, height, alt } }`;
// its bytes are stored apart, encrypted, and fetched by id only when shown. The renderer scales
// and re-encodes a picture with the browser's own decoders before sending it, which drops every
// piece of metadata (location, camera, EXIF text); the main process accepts only what that makes.

import type { RichTextNode } from './rich-text.ts'

export const PICTURE_NODE = 'picture'

/** What a person may give: the file as chosen, pasted or dropped, before it is scaled. */
export const PICTURE_INPUT_LIMITS = {
  /** The largest file accepted, in bytes. */
  maxFileBytes: 40 * 1024 * 1024,
  /** The most pixels decoded (a 50-megapixel photo), so a tiny file cannot expand into gigabytes. */
  maxPixels: 50_000_000
} as const

/** The formats a person may give; each is re-encoded before it is stored. */
export const PICTURE_INPUT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'image/bmp'] as const

/** What is stored: the long side at most this, JPEG for photos and PNG where there is transparency. */
export const PICTURE_STORED_LIMITS = {
  maxLongSide: 2560,
  /** A stored picture's largest size in bytes: a 2560 px PNG of noise is about 20 MB. */
  maxBytes: 24 * 1024 * 1024
} as const

export const PICTURE_STORED_TYPES = ['image/jpeg', 'image/png'] as const
export type PictureType = (typeof PICTURE_STORED_TYPES)[number]

export interface PictureAttrs {
  id: string
  width: number
  height: number
  /** A person's own words for it; empty if they gave none. */
  alt: string
}

/** Every picture id a body refers to, once each, in order. */
export function pictureIdsIn(doc: RichTextNode): string[] {
  const ids = new Set<string>()
  const stack: RichTextNode[] = [doc]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === PICTURE_NODE && typeof node.attrs?.id === 'string') ids.add(node.attrs.id)
    if (node.content) for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!)
  }
  return [...ids]
}

/** A stored picture as the main process answers it: what it is, never where or how it is kept. */
export interface PictureInfo {
  id: string
  type: PictureType
  width: number
  height: number
  /** Its stored size in bytes (as given, after the renderer's re-encoding). */
  bytes: number
}

/** A picture with its bytes, for showing (as a blob URL), printing or exporting. */
export interface Picture extends PictureInfo {
  data: Uint8Array
}
