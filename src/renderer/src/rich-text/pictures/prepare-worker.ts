// Preparing a picture, in a worker so decoding, scaling and encoding a large photo never hold
// up typing. The browser's own decoder reads it, turned as its EXIF orientation says; it is
// drawn at its stored size on a canvas and encoded again, so nothing but its pixels is kept
// (no location, camera or text), and what the encoder adds of its own is taken out.

import { PICTURE_INPUT_LIMITS, PICTURE_STORED_LIMITS } from '../../../../shared/pictures.ts'
import { withoutJpegMetadata, withoutPngMetadata } from './clean-encoded.ts'
import type { PictureFormat } from './picture-formats.ts'
import type { PictureRefusal } from './picture-refusals.ts'
import { hasTransparency, JPEG_QUALITY, mayBeTransparent, storedSize, storedType } from './picture-sizing.ts'
import type { PreparedPicture } from './prepare-picture.ts'

export interface PrepareRequest {
  file: Blob
  format: PictureFormat
}

export type PrepareAnswer = { ok: true; picture: PreparedPicture } | { ok: false; refusal: PictureRefusal }

async function decoded(file: Blob): Promise<ImageBitmap | null> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    return null
  }
}

export async function prepareInWorker({ file, format }: PrepareRequest): Promise<PrepareAnswer> {
  const bitmap = await decoded(file)
  if (!bitmap || bitmap.width === 0 || bitmap.height === 0) return { ok: false, refusal: { kind: 'damaged' } }
  try {
    // Checked again on what was decoded: the header read before may have been missing or wrong.
    if (bitmap.width * bitmap.height > PICTURE_INPUT_LIMITS.maxPixels) {
      return { ok: false, refusal: { kind: 'too-many-pixels', width: bitmap.width, height: bitmap.height } }
    }
    const { width, height } = storedSize(bitmap)
    const canvas = new OffscreenCanvas(width, height)
    const context = canvas.getContext('2d')
    if (!context) return { ok: false, refusal: { kind: 'damaged' } }
    context.imageSmoothingQuality = 'high'
    context.drawImage(bitmap, 0, 0, width, height)
    const transparent = mayBeTransparent(format) && hasTransparency(context.getImageData(0, 0, width, height).data)
    const type = storedType(transparent)
    const encoded = new Uint8Array(await (await canvas.convertToBlob({ type, quality: JPEG_QUALITY })).arrayBuffer())
    const bytes = type === 'image/png' ? withoutPngMetadata(encoded) : withoutJpegMetadata(encoded)
    if (!bytes) return { ok: false, refusal: { kind: 'damaged' } }
    if (bytes.length > PICTURE_STORED_LIMITS.maxBytes) return { ok: false, refusal: { kind: 'stored-too-large' } }
    return { ok: true, picture: { bytes, type, width, height } }
  } finally {
    bitmap.close()
  }
}

// Started once per picture (prepare-picture.ts), answering the one request it is sent.
self.onmessage = (event: MessageEvent<PrepareRequest>) => {
  void prepareInWorker(event.data).then(
    (answer) => self.postMessage(answer, { transfer: answer.ok ? [answer.picture.bytes.buffer] : [] }),
    () => self.postMessage({ ok: false, refusal: { kind: 'damaged' } } satisfies PrepareAnswer)
  )
}
