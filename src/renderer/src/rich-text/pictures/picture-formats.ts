// What a file given as a picture really is, read from its first bytes (a file's name and the
// type the system guessed for it can both be wrong), and how large it says it is, read from its
// header: so a picture too large to decode is refused before it is decoded.

export type PictureFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'bmp'
/** Formats people have that Sevenfold cannot take, each named in its own refusal. */
export type ForeignFormat = 'heic' | 'svg' | 'tiff' | 'pdf'

/** Each format's type, as PICTURE_INPUT_TYPES names the ones taken. */
export const FORMAT_TYPES: Record<PictureFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  bmp: 'image/bmp'
}

export interface Dimensions {
  width: number
  height: number
}

const ascii = (bytes: Uint8Array, at: number, length: number): string => String.fromCharCode(...bytes.subarray(at, at + length))
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8)
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0
const i32le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1'])

/** The brands of an ISO media file (HEIF, AVIF): the major brand and the compatible ones. */
function isoBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return null
  const size = Math.min(u32be(bytes, 0), bytes.length)
  const brands = [ascii(bytes, 8, 4)]
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, 4))
  return brands
}

/** The format the bytes are in: one Sevenfold takes, one it names in a refusal, or null (not a picture it knows). */
export function sniffFormat(bytes: Uint8Array): PictureFormat | ForeignFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png'
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp'
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif'
  if (bytes.length >= 2 && ascii(bytes, 0, 2) === 'BM') return 'bmp'
  const brands = isoBrands(bytes)
  if (brands) {
    // An AVIF may also list HEIF's general brand (mif1), so AVIF is looked for first.
    if (brands.includes('avif') || brands.includes('avis')) return 'avif'
    if (brands.some((b) => HEIF_BRANDS.has(b))) return 'heic'
  }
  if (bytes.length >= 4 && (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*')) return 'tiff'
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === '%PDF-') return 'pdf'
  if (/^(\ufeff|\s)*<(\?xml|svg|!DOCTYPE svg)/i.test(new TextDecoder().decode(bytes.subarray(0, 256)))) return 'svg'
  return null
}

/** A JPEG's size from its frame header (SOFn), which may come after large metadata segments. */
function jpegDimensions(b: Uint8Array): Dimensions | null {
  let at = 2
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null
    const marker = b[at + 1]!
    if (marker === 0xff) {
      at++ // fill byte
      continue
    }
    // Markers without a length: RSTn, SOI, EOI, TEM.
    if ((marker >= 0xd0 && marker <= 0xd9) || marker === 0x01) {
      at += 2
      continue
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isFrame) return { height: u16be(b, at + 5), width: u16be(b, at + 7) }
    if (marker === 0xda) return null // scan data before any frame header: damaged
    at += 2 + u16be(b, at + 2)
  }
  return null
}

function webpDimensions(b: Uint8Array): Dimensions | null {
  if (b.length < 16) return null
  const chunk = ascii(b, 12, 4)
  if (chunk === 'VP8L' && b.length >= 25) {
    const [b0, b1, b2, b3] = [b[21]!, b[22]!, b[23]!, b[24]!]
    return { width: 1 + (((b1 & 0x3f) << 8) | b0), height: 1 + (((b3 & 0xf) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)) }
  }
  if (b.length < 30) return null
  if (chunk === 'VP8 ') return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
  if (chunk === 'VP8X') return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) }
  return null
}

/** An AVIF's largest image spatial extent ('ispe'): the primary image, if there are thumbnails beside it. */
function avifDimensions(b: Uint8Array): Dimensions | null {
  let found: Dimensions | null = null
  for (let at = 4; at + 16 <= b.length; at++) {
    if (b[at] !== 0x69 || ascii(b, at, 4) !== 'ispe') continue
    const d = { width: u32be(b, at + 8), height: u32be(b, at + 12) }
    if (!found || d.width * d.height > found.width * found.height) found = d
  }
  return found
}

/**
 * The size a picture's header says it has, before orientation is applied (only the pixel count
 * is checked with it), or null where the header is not in `bytes` or cannot be read.
 */
export function headerDimensions(format: PictureFormat, b: Uint8Array): Dimensions | null {
  switch (format) {
    case 'png':
      return b.length >= 24 && ascii(b, 12, 4) === 'IHDR' ? { width: u32be(b, 16), height: u32be(b, 20) } : null
    case 'gif':
      return b.length >= 10 ? { width: u16le(b, 6), height: u16le(b, 8) } : null
    case 'bmp': {
      if (b.length < 26) return null
      // The oldest header (12 bytes) has 16-bit sizes; a negative height means rows top-down.
      if (i32le(b, 14) === 12) return { width: u16le(b, 18), height: u16le(b, 20) }
      return { width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) }
    }
    case 'jpeg':
      return jpegDimensions(b)
    case 'webp':
      return webpDimensions(b)
    case 'avif':
      return avifDimensions(b)
  }
}
