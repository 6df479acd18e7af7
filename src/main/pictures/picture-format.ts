// What a stored picture must be (docs/security.md, "Pictures"): a JPEG or PNG whose own
// structure holds together, no larger than the renderer scales to, and with nothing in it but
// the image. The structure walks (jpeg-structure.ts, png-structure.ts) yield as they go; this
// lets the event loop turn whenever one has run for a few milliseconds.

import { setImmediate as nextTurn } from 'node:timers/promises'
import { PICTURE_STORED_LIMITS, type PictureType } from '../../shared/pictures.ts'
import { isJpeg, walkJpeg, type Dimensions } from './jpeg-structure.ts'
import { PictureProblem } from './picture-refusals.ts'
import { isPng, walkPng } from './png-structure.ts'

export interface PictureFacts extends Dimensions {
  type: PictureType
}

const TURN_MS = 8

/** Runs a walk to its end, synchronously (tests, and small pictures). */
export function walkAll<T>(walk: Generator<void, T>): T {
  for (;;) {
    const step = walk.next()
    if (step.done) return step.value
  }
}

function walkFor(bytes: Uint8Array): { type: PictureType; walk: Generator<void, Dimensions> } {
  if (isJpeg(bytes)) return { type: 'image/jpeg', walk: walkJpeg(bytes) }
  if (isPng(bytes)) return { type: 'image/png', walk: walkPng(bytes) }
  throw new PictureProblem('not-a-picture', 'neither a JPEG nor a PNG')
}

function checkSize({ width, height }: Dimensions): void {
  if (Math.max(width, height) > PICTURE_STORED_LIMITS.maxLongSide) throw new PictureProblem('too-large', `${width} × ${height}`)
}

/** The facts of a picture as stored, or a PictureProblem; synchronous. */
export function pictureFacts(bytes: Uint8Array): PictureFacts {
  if (bytes.length > PICTURE_STORED_LIMITS.maxBytes) throw new PictureProblem('too-large', 'too many bytes')
  const { type, walk } = walkFor(bytes)
  const size = walkAll(walk)
  checkSize(size)
  return { type, ...size }
}

/** As pictureFacts, letting the event loop turn every few milliseconds; `between` may throw to stop. */
export async function inspectPicture(bytes: Uint8Array, between: () => void = () => undefined): Promise<PictureFacts> {
  if (bytes.length > PICTURE_STORED_LIMITS.maxBytes) throw new PictureProblem('too-large', 'too many bytes')
  const { type, walk } = walkFor(bytes)
  let started = performance.now()
  for (;;) {
    const step = walk.next()
    if (step.done) {
      checkSize(step.value)
      return { type, ...step.value }
    }
    if (performance.now() - started >= TURN_MS) {
      await nextTurn()
      between()
      started = performance.now()
    }
  }
}
