// The structure walks that decide what a stored picture may be (src/main/pictures/), on what
// Skia (Chromium's canvas encoder) makes and on hostile files: cut short anywhere, lengths that
// lie, dimensions far too large, metadata in each place it can hide, bytes after the end, and
// random bytes and bit flips, which must only ever be refused (a PictureProblem), never crash.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pictureFacts } from '../../../../src/main/pictures/picture-format.ts'
import { PictureProblem } from '../../../../src/main/pictures/picture-refusals.ts'
import { jpeg, jpegSegment, exifSegment, png, pngChunk, PNG_SIGNATURE, withSegment } from '../../../support/pictures.ts'

/** The kind of refusal, or 'ok WxH'; anything but a PictureProblem is rethrown (a crash of the walk). */
function verdict(bytes: Uint8Array): string {
  try {
    const facts = pictureFacts(bytes)
    return `ok ${facts.type} ${facts.width}x${facts.height}`
  } catch (error) {
    if (error instanceof PictureProblem) return error.kind
    throw error
  }
}

/** The JPEG's segments up to its first scan, as [marker, offset, length]. */
function segments(bytes: Buffer): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = []
  for (let at = 2; at < bytes.length;) {
    const marker = bytes[at + 1]!
    const length = bytes.readUInt16BE(at + 2)
    found.push([marker, at, length])
    if (marker === 0xda) break
    at += 2 + length
  }
  return found
}

const skia = await jpeg(300, 200)
const plain = png({ width: 30, height: 20 })

describe('JPEG as Chromium writes it', () => {
  it('takes Skia’s JPEG, with its JFIF APP0 and its sRGB ICC profile in APP2, and reads its size', () => {
    expect(segments(skia).map(([marker]) => marker.toString(16))).toEqual(['e0', 'e2', 'db', 'db', 'c0', 'c4', 'c4', 'c4', 'c4', 'da'])
    expect(verdict(skia)).toBe('ok image/jpeg 300x200')
  })

  it('refuses EXIF, XMP, IPTC, any other APPn and comments, as metadata', () => {
    const xmp = jpegSegment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>GPS</x:xmpmeta>'))
    for (const segment of [
      exifSegment('at home'),
      xmp,
      jpegSegment(0xed, Buffer.from('Photoshop 3.0\0')),
      jpegSegment(0xef, Buffer.from('x')),
      jpegSegment(0xfe, Buffer.from('a comment'))
    ]) {
      expect(verdict(withSegment(skia, segment))).toBe('metadata')
    }
    // After the frame too, where a progressive file could carry one between scans.
    const [, sos] = segments(skia).find(([marker]) => marker === 0xda)!
    expect(verdict(Buffer.concat([skia.subarray(0, sos), jpegSegment(0xfe, Buffer.from('late')), skia.subarray(sos)]))).toBe('metadata')
  })

  it('refuses a JFIF thumbnail, a second or split ICC profile, and bytes after the end', () => {
    const jfif = Buffer.from('JFIF\0\x01\x02\x00\x00\x01\x00\x01\x01\x01\xff\xff\xff', 'latin1')
    expect(verdict(Buffer.concat([skia.subarray(0, 2), jpegSegment(0xe0, jfif), skia.subarray(20)]))).toBe('metadata')
    const [, iccAt, iccLength] = segments(skia).find(([marker]) => marker === 0xe2)!
    const icc = skia.subarray(iccAt, iccAt + 2 + iccLength)
    expect(verdict(withSegment(skia, icc))).toBe('metadata')
    const split = Buffer.from(icc)
    split[4 + 13] = 2
    expect(verdict(Buffer.concat([skia.subarray(0, iccAt), split, skia.subarray(iccAt + 2 + iccLength)]))).toBe('metadata')
    expect(verdict(Buffer.concat([skia, Buffer.from('PK\x03\x04 a zip after the picture')]))).toBe('metadata')
  })

  it('refuses a file cut short at every length, never crashing', () => {
    for (let length = 0; length < skia.length; length++) expect(verdict(skia.subarray(0, length)), `cut at ${length}`).not.toMatch(/^ok/)
  })

  it('refuses lengths that lie, dimensions over the limit or missing, and kinds browsers do not decode', () => {
    const [, sofAt] = segments(skia).find(([marker]) => marker === 0xc0)!
    const edit = (at: number, bytes: number[]) => {
      const copy = Buffer.from(skia)
      copy.set(bytes, at)
      return copy
    }
    expect(verdict(edit(sofAt + 2, [0xff, 0xff]))).toBe('damaged')
    expect(verdict(edit(sofAt + 2, [0x00, 0x01]))).toBe('damaged')
    expect(verdict(edit(sofAt + 5, [0xff, 0xff, 0xff, 0xff]))).toBe('too-large')
    expect(verdict(edit(sofAt + 5, [0x0a, 0x01, 0x00, 0x10]))).toBe('too-large')
    expect(verdict(edit(sofAt + 5, [0x00, 0x00]))).toBe('unsupported')
    expect(verdict(edit(sofAt + 1, [0xc3]))).toBe('unsupported')
    expect(verdict(edit(sofAt + 1, [0xc9]))).toBe('unsupported')
    expect(verdict(edit(sofAt + 4, [12]))).toBe('unsupported')
    expect(verdict(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBe('damaged')
  })
})

describe('PNG', () => {
  const header = (width: number, height: number, depth = 8, colourType = 6) => {
    const data = Buffer.alloc(13)
    data.writeUInt32BE(width, 0)
    data.writeUInt32BE(height, 4)
    data.set([depth, colourType, 0, 0, 0], 8)
    return pngChunk('IHDR', data)
  }
  const idat = plain.subarray(8 + 25, plain.length - 12)
  const iend = pngChunk('IEND', Buffer.alloc(0))

  it('takes a PNG with only its image and the chunks that hold numbers about it, and reads its size', () => {
    expect(verdict(plain)).toBe('ok image/png 30x20')
    const numbers = png({
      width: 5,
      height: 4,
      extra: [
        ['sRGB', Buffer.from([0])],
        ['gAMA', Buffer.alloc(4, 1)],
        ['pHYs', Buffer.alloc(9)]
      ]
    })
    expect(verdict(numbers)).toBe('ok image/png 5x4')
  })

  it('refuses text, EXIF, time, ICC profiles and unknown chunks as metadata, and animation as unsupported', () => {
    for (const type of ['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME', 'iCCP', 'prVt'])
      expect(verdict(png({ width: 2, height: 2, extra: [[type, Buffer.from('Home\0x')]] })), type).toBe('metadata')
    expect(verdict(png({ width: 2, height: 2, extra: [['acTL', Buffer.alloc(8)]] }))).toBe('unsupported')
    expect(verdict(png({ width: 2, height: 2, extra: [['ABCD', Buffer.alloc(1)]] }))).toBe('unsupported')
    expect(verdict(Buffer.concat([plain, Buffer.from('trailing')]))).toBe('metadata')
    expect(verdict(Buffer.concat([plain.subarray(0, plain.length - 12), pngChunk('tEXt', Buffer.from('late\0words')), iend]))).toBe('metadata')
  })

  it('refuses a file cut short at every length, a CRC that does not match, and lengths that lie', () => {
    for (let length = 0; length < plain.length; length++) expect(verdict(plain.subarray(0, length)), `cut at ${length}`).not.toMatch(/^ok/)
    const badCrc = Buffer.from(plain)
    badCrc[8 + 8 + 13]! ^= 1
    expect(verdict(badCrc)).toBe('damaged')
    const lying = Buffer.from(plain)
    lying.writeUInt32BE(0xffffffff, 8)
    expect(verdict(lying)).toBe('damaged')
    lying.writeUInt32BE(0x7ffffff0, 8)
    expect(verdict(lying)).toBe('damaged')
  })

  it('refuses impossible or oversized headers, a missing palette, and image data in two runs', () => {
    const made = (...chunks: Buffer[]) => Buffer.concat([PNG_SIGNATURE, ...chunks])
    expect(verdict(made(header(0, 10), idat, iend))).toBe('damaged')
    expect(verdict(made(header(100_000, 1), idat, iend))).toBe('too-large')
    expect(verdict(made(header(2561, 2560), idat, iend))).toBe('too-large')
    expect(verdict(made(header(0x80000000, 1), idat, iend))).toBe('damaged')
    expect(verdict(made(header(30, 20, 3, 2), idat, iend))).toBe('damaged')
    expect(verdict(made(header(30, 20, 8, 3), idat, iend))).toBe('damaged')
    expect(verdict(made(header(30, 20), idat, pngChunk('gAMA', Buffer.alloc(4)), idat, iend))).toBe('damaged')
    expect(verdict(made(idat, header(30, 20), iend))).toBe('damaged')
    expect(verdict(made(header(30, 20), iend))).toBe('damaged')
  })
})

describe('anything at all', () => {
  it('is refused or read, never a crash: random bytes, and random bit flips of each format', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        verdict(bytes)
      }),
      { numRuns: 2000 }
    )
    for (const base of [skia, plain]) {
      fc.assert(
        fc.property(fc.array(fc.nat(base.length * 8 - 1), { minLength: 1, maxLength: 6 }), (bits) => {
          const copy = Buffer.from(base)
          for (const bit of bits) copy[bit >> 3]! ^= 1 << (bit & 7)
          verdict(copy)
        }),
        { numRuns: 2000 }
      )
    }
    expect(verdict(Buffer.from([0xff, 0xd8, 0xff]))).toBe('damaged')
    expect(verdict(new Uint8Array(0))).toBe('not-a-picture')
  })
})
