// How large a picture is stored, and as what: the long side brought down to the stored limit
// (never up), JPEG for a photo and PNG where any pixel lets what is behind it show through.

import { PICTURE_STORED_LIMITS, type PictureType } from '../../../../shared/pictures.ts'
import type { Dimensions, PictureFormat } from './picture-formats.ts'

/** The size to store a picture at: its own if its long side is within `maxLongSide`, else scaled down to it. */
export function storedSize(size: Dimensions, maxLongSide: number = PICTURE_STORED_LIMITS.maxLongSide): Dimensions {
  const long = Math.max(size.width, size.height)
  if (long <= maxLongSide) return { width: size.width, height: size.height }
  const scale = maxLongSide / long
  return {
    width: Math.max(1, Math.min(maxLongSide, Math.round(size.width * scale))),
    height: Math.max(1, Math.min(maxLongSide, Math.round(size.height * scale)))
  }
}

/** JPEG has no transparency, so its pixels need not be read to know. */
export function mayBeTransparent(format: PictureFormat): boolean {
  return format !== 'jpeg'
}

/** Whether any pixel of RGBA data is less than fully opaque. */
export function hasTransparency(rgba: Uint8ClampedArray | Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return true
  return false
}

export function storedType(transparent: boolean): PictureType {
  return transparent ? 'image/png' : 'image/jpeg'
}

/** JPEG's quality: photos look as they did, at about a tenth of a PNG's size. */
export const JPEG_QUALITY = 0.85
