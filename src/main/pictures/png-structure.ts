// A PNG's structure, walked chunk by chunk without decoding it (PNG, third edition, 5 and 11):
// the signature, IHDR first with a valid colour type and bit depth, each chunk's CRC, PLTE where
// its colour type needs one, IDAT chunks in one run, IEND last with nothing after it. Chromium's
// canvas writes only IHDR, IDAT and IEND (measured); the few ancillary chunks that hold only
// numbers about the image (transparency, gamma, chromaticities, sRGB, pixel size, significant
// bits, background) are let through. Text, EXIF, time, ICC profiles (which carry a name),
// animation and every unknown chunk are refused. Yields between large chunks.

import { crc32 } from 'node:zlib'
import { PictureProblem } from './picture-refusals.ts'
import type { Dimensions } from './jpeg-structure.ts'

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** Bytes of chunks checked between yields. */
const SLICE = 2 * 1024 * 1024
const MAX_CHUNK = 0x7fffffff

const METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME', 'iCCP'])
const NUMBERS_ONLY = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'pHYs', 'sBIT', 'bKGD'])
const ANIMATION = new Set(['acTL', 'fcTL', 'fdAT'])
/** Bit depths each colour type allows (11.2.1). */
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] }

const damaged = (detail: string) => new PictureProblem('damaged', detail)
const u32 = (bytes: Uint8Array, at: number) => ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b)
}

function chunkType(bytes: Uint8Array, at: number): string {
  const type = String.fromCharCode(...bytes.subarray(at, at + 4))
  if (!/^[A-Za-z]{4}$/.test(type)) throw damaged('a chunk type that is not four letters')
  return type
}

function readHeader(data: Uint8Array): { size: Dimensions; colourType: number } {
  if (data.length !== 13) throw damaged('an IHDR of the wrong length')
  const width = u32(data, 0)
  const height = u32(data, 4)
  const [depth, colourType, compression, filter, interlace] = [data[8]!, data[9]!, data[10], data[11], data[12]]
  if (width === 0 || height === 0 || width > MAX_CHUNK || height > MAX_CHUNK) throw damaged('impossible dimensions')
  if (!DEPTHS[colourType]?.includes(depth)) throw damaged('a colour type and bit depth that do not go together')
  if (compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) throw damaged('an unknown compression, filter or interlace method')
  return { size: { width, height }, colourType }
}

/** The picture's dimensions if its structure is as described above; throws a PictureProblem otherwise. */
export function* walkPng(bytes: Uint8Array): Generator<void, Dimensions> {
  if (!isPng(bytes)) throw new PictureProblem('not-a-picture', 'no PNG signature')
  let at = SIGNATURE.length
  let header: ReturnType<typeof readHeader> | null = null
  let palette = false
  let idat: 'not yet' | 'in run' | 'after' = 'not yet'
  let sinceYield = 0
  for (;;) {
    if (at + 12 > bytes.length) throw damaged('a chunk cut short')
    const length = u32(bytes, at)
    if (length > MAX_CHUNK) throw damaged('a chunk length over the limit')
    const type = chunkType(bytes, at + 4)
    const end = at + 12 + length
    if (end > bytes.length) throw damaged('a chunk longer than the file')
    const data = bytes.subarray(at + 8, at + 8 + length)
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== u32(bytes, at + 8 + length)) throw damaged(`a ${type} chunk whose CRC does not match`)
    if (!header && type !== 'IHDR') throw damaged('no IHDR first')
    if (idat === 'in run' && type !== 'IDAT') idat = 'after'
    if (type === 'IHDR') {
      if (header) throw damaged('a second IHDR')
      header = readHeader(data)
    } else if (type === 'PLTE') {
      if (palette || idat !== 'not yet' || length === 0 || length % 3 !== 0 || length > 768) throw damaged('a palette out of place or of the wrong size')
      if (header!.colourType === 0 || header!.colourType === 4) throw damaged('a palette on a grey picture')
      palette = true
    } else if (type === 'IDAT') {
      if (idat === 'after') throw damaged('image data in two runs')
      if (header!.colourType === 3 && !palette) throw damaged('a palette picture without its palette')
      idat = 'in run'
    } else if (type === 'IEND') {
      if (idat === 'not yet' || length !== 0) throw damaged('an end before the image data')
      if (end !== bytes.length) throw new PictureProblem('metadata', 'bytes after the end of the picture')
      return header!.size
    } else if (METADATA.has(type)) {
      throw new PictureProblem('metadata', `a ${type} chunk`)
    } else if (ANIMATION.has(type)) {
      throw new PictureProblem('unsupported', 'an animated PNG')
    } else if (!NUMBERS_ONLY.has(type)) {
      // An unknown critical chunk (upper-case first letter) cannot be skipped by a decoder; an unknown ancillary one may hold anything.
      throw new PictureProblem(type.charCodeAt(0) < 0x61 ? 'unsupported' : 'metadata', `a ${type} chunk`)
    }
    at = end
    sinceYield += 12 + length
    if (sinceYield >= SLICE) {
      sinceYield = 0
      yield
    }
  }
}
