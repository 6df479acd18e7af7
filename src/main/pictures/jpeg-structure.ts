// A JPEG's structure, walked marker by marker without decoding it (ITU-T T.81, B.1; JFIF 1.02;
// ICC.1, B.4). Only what Chromium's canvas encoder writes is accepted: one JFIF APP0 without a
// thumbnail, at most one ICC profile in APP2 (Chromium writes its sRGB profile there, 472
// bytes, measured), quantisation and Huffman tables, restart intervals, a baseline, extended or
// progressive Huffman frame of 1 or 3 components, its scans, and the end. Anything that can hold
// words or places (EXIF and XMP in APP1, IPTC in APP13, every other APPn, comments) is refused,
// and so are bytes after the end. The walk is a generator that yields every so often while it
// scans the entropy-coded data, so a caller can let the event loop turn.

import { PictureProblem } from './picture-refusals.ts'

export interface Dimensions {
  width: number
  height: number
}

/** How many bytes of scan data are looked through between yields. */
const SCAN_SLICE = 2 * 1024 * 1024

const SOI = 0xd8
const EOI = 0xd9
const SOS = 0xda
const APP0 = 0xe0
const APP2 = 0xe2
const COM = 0xfe
/** Baseline, extended sequential and progressive, Huffman-coded: what browsers decode. */
const FRAMES = new Set([0xc0, 0xc1, 0xc2])
const TABLES = new Set([0xc4, 0xdb, 0xdd])
const ICC_ID = Buffer.from('ICC_PROFILE\0', 'latin1')
const JFIF_ID = Buffer.from('JFIF\0', 'latin1')
/** An ICC profile's header is 128 bytes; one that fits one APP2 segment is under 64 KiB. */
const ICC_HEADER = 128

const damaged = (detail: string) => new PictureProblem('damaged', detail)

function startsWith(bytes: Uint8Array, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)
}

const u16 = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!
const u32 = (bytes: Uint8Array, at: number) => ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === SOI && bytes[2] === 0xff
}

function checkJfif(segment: Uint8Array): void {
  // 'JFIF\0', version (2), units (1), densities (2 + 2), thumbnail width and height (1 + 1), then the thumbnail's pixels.
  if (!startsWith(segment, JFIF_ID)) throw new PictureProblem('metadata', 'an APP0 segment that is not JFIF')
  if (segment.length !== 14 || segment[12] !== 0 || segment[13] !== 0) throw new PictureProblem('metadata', 'a JFIF thumbnail')
}

function checkIcc(segment: Uint8Array): void {
  if (!startsWith(segment, ICC_ID)) throw new PictureProblem('metadata', 'an APP2 segment that is not an ICC profile')
  const [sequence, count] = [segment[12], segment[13]]
  const profile = segment.subarray(14)
  // One whole profile in one segment, its size as its header says, with the profile signature.
  if (sequence !== 1 || count !== 1) throw new PictureProblem('metadata', 'an ICC profile in pieces')
  if (profile.length < ICC_HEADER || u32(profile, 0) !== profile.length) throw damaged('an ICC profile of the wrong size')
  if (profile[36] !== 0x61 || profile[37] !== 0x63 || profile[38] !== 0x73 || profile[39] !== 0x70) throw damaged('an ICC profile without its signature')
}

function readFrame(segment: Uint8Array): Dimensions {
  if (segment.length < 6) throw damaged('a short frame header')
  const [precision, height, width, components] = [segment[0], u16(segment, 1), u16(segment, 3), segment[5]!]
  if (segment.length !== 6 + 3 * components) throw damaged('a frame header of the wrong length')
  if (precision !== 8) throw new PictureProblem('unsupported', 'a precision other than 8 bits')
  if (components !== 1 && components !== 3) throw new PictureProblem('unsupported', 'neither grey nor colour')
  // A height of 0 is given later, by a DNL marker, which browsers do not read.
  if (width === 0 || height === 0) throw new PictureProblem('unsupported', 'no dimensions in the frame header')
  return { width, height }
}

/**
 * Walks from `at` (just past a scan header) over entropy-coded data to the next marker, which
 * it returns the offset of (its 0xFF). Stuffed bytes (FF 00), restarts and fill bytes are data.
 */
function* scanData(bytes: Uint8Array, at: number): Generator<void, number> {
  let sliceEnd = at + SCAN_SLICE
  for (;;) {
    const ff = bytes.indexOf(0xff, at)
    if (ff === -1 || ff + 1 >= bytes.length) throw damaged('scan data without an end')
    const next = bytes[ff + 1]!
    if (next !== 0x00 && next !== 0xff && (next < 0xd0 || next > 0xd7)) return ff
    at = ff + (next === 0xff ? 1 : 2)
    if (at >= sliceEnd) {
      yield
      sliceEnd = at + SCAN_SLICE
    }
  }
}

/** The picture's dimensions if its structure is as Chromium writes JPEGs; throws a PictureProblem otherwise. */
export function* walkJpeg(bytes: Uint8Array): Generator<void, Dimensions> {
  if (!isJpeg(bytes)) throw new PictureProblem('not-a-picture', 'no JPEG start')
  let at = 2
  let frame: Dimensions | null = null
  let scans = 0
  let jfif = false
  let icc = false
  for (;;) {
    if (at >= bytes.length) throw damaged('no end of image')
    if (bytes[at] !== 0xff) throw damaged('bytes between segments')
    while (at < bytes.length && bytes[at] === 0xff) at++
    if (at >= bytes.length) throw damaged('a marker cut short')
    const marker = bytes[at++]!
    if (marker === EOI) {
      if (!frame || scans === 0) throw damaged('an end before any picture')
      if (at !== bytes.length) throw new PictureProblem('metadata', 'bytes after the end of the picture')
      return frame
    }
    if (marker === 0x00 || marker === SOI || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) throw damaged(`marker ${marker.toString(16)} out of place`)
    if (at + 2 > bytes.length) throw damaged('a segment length cut short')
    const length = u16(bytes, at)
    if (length < 2 || at + length > bytes.length) throw damaged('a segment longer than the file')
    const segment = bytes.subarray(at + 2, at + length)
    at += length
    if (marker === APP0 && !jfif && !frame) {
      checkJfif(segment)
      jfif = true
    } else if (marker === APP2 && !icc && !frame) {
      checkIcc(segment)
      icc = true
    } else if ((marker >= APP0 && marker <= 0xef) || marker === COM) {
      throw new PictureProblem('metadata', `segment ${marker.toString(16)}`)
    } else if (FRAMES.has(marker)) {
      if (frame) throw damaged('a second frame')
      frame = readFrame(segment)
    } else if (marker === SOS) {
      if (!frame) throw damaged('a scan before its frame')
      const components = segment[0] ?? 0
      if (components < 1 || components > 4 || segment.length !== 1 + 2 * components + 3) throw damaged('a scan header of the wrong length')
      scans++
      at = yield* scanData(bytes, at)
    } else if (!TABLES.has(marker)) {
      // Lossless, hierarchical and arithmetic-coded frames, DNL, and the reserved markers.
      throw new PictureProblem('unsupported', `marker ${marker.toString(16)}`)
    }
  }
}
