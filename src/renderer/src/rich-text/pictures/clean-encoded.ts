// What the browser's encoders write beside the pixels, taken out before a picture is sent. A
// canvas never carries a photo's EXIF, location or text over, but Chromium's JPEG encoder adds
// an ICC colour profile (APP2) of its own, and the main process takes no metadata segment at
// all. A JPEG without a profile is read as sRGB, which is what the canvas drew in.

/** A JPEG with every APPn segment but JFIF's APP0, and every comment, removed; null if it is not a whole JPEG. */
export function withoutJpegMetadata(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  const kept: Uint8Array[] = [bytes.subarray(0, 2)]
  let at = 2
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1]!
    // From the start of the scan on, the rest (entropy-coded data and any later segments) is kept as is.
    if (marker === 0xda) {
      kept.push(bytes.subarray(at))
      return concat(kept)
    }
    const end = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!)
    if (end > bytes.length) return null
    const isJfif = marker === 0xe0 && String.fromCharCode(...bytes.subarray(at + 4, at + 9)) === 'JFIF\0'
    const isMetadata = (marker >= 0xe0 && marker <= 0xef && !isJfif) || marker === 0xfe
    if (!isMetadata) kept.push(bytes.subarray(at, end))
    at = end
  }
  return null
}

// The chunks needed to draw a PNG as it was drawn; the rest (text, time, colour profiles, EXIF) go.
const PNG_KEPT = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND'])

/** A PNG with only the chunks that draw it; null if it is not a whole PNG. */
export function withoutPngMetadata(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < 8 || String.fromCharCode(...bytes.subarray(0, 8)) !== '\x89PNG\r\n\x1a\n') return null
  const kept: Uint8Array[] = [bytes.subarray(0, 8)]
  let at = 8
  while (at + 12 <= bytes.length) {
    const length = ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    const end = at + 12 + length
    if (end > bytes.length) return null
    if (PNG_KEPT.has(type)) kept.push(bytes.subarray(at, end))
    at = end
    if (type === 'IEND') return concat(kept)
  }
  return null
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
