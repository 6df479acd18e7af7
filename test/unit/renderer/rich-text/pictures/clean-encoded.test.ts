import { beforeAll, describe, expect, it } from 'vitest'
import { bytes, chunk, ihdr, pngSignature, segment, sof0 } from './picture-bytes.ts'

const CLEAN = '../../../../../src/renderer/src/rich-text/pictures/clean-encoded.ts'
interface Clean {
  withoutJpegMetadata: (bytes: Uint8Array) => Uint8Array | null
  withoutPngMetadata: (bytes: Uint8Array) => Uint8Array | null
}
let clean: Clean

beforeAll(async () => {
  clean = (await import(/* @vite-ignore */ CLEAN)) as Clean
})

const text = (b: Uint8Array) => Buffer.from(b).toString('latin1')

/** The markers of a JPEG's segments up to its scan, in order. */
function markers(jpeg: Uint8Array): number[] {
  const found: number[] = []
  for (let at = 2; at < jpeg.length;) {
    const marker = jpeg[at + 1]!
    found.push(marker)
    if (marker === 0xda) break
    at += 2 + ((jpeg[at + 2]! << 8) | jpeg[at + 3]!)
  }
  return found
}

describe('withoutJpegMetadata', () => {
  const jfif = segment(0xe0, 'JFIF\0\x01\x01\0\0\x01\0\x01\0\0')
  const exif = segment(0xe1, 'Exif\0\0MM\0*GPS 51.5N 0.1W CANARY-EXIF-TEXT')
  const xmp = segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>CANARY-XMP</x:xmpmeta>')
  const icc = segment(0xe2, 'ICC_PROFILE\0\x01\x01sRGB IEC61966-2.1')
  const photoshop = segment(0xed, 'Photoshop 3.0\0CANARY-IPTC')
  const comment = segment(0xfe, 'CANARY-COMMENT')
  const quant = segment(0xdb, bytes(new Array<number>(65).fill(1)))
  const huff = segment(0xc4, bytes(new Array<number>(20).fill(2)))
  const scan = bytes([0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0], [0x12, 0x34, 0xff, 0x00, 0x56], [0xff, 0xd9])

  it('keeps JFIF, the tables, the frame and the scan, and drops every other APPn segment and comment', () => {
    const given = bytes([0xff, 0xd8], jfif, exif, xmp, icc, photoshop, comment, quant, sof0(40, 30), huff, scan)
    const out = clean.withoutJpegMetadata(given)!
    expect(markers(out)).toEqual([0xe0, 0xdb, 0xc0, 0xc4, 0xda])
    expect(text(out)).not.toMatch(/CANARY|Exif|ICC_PROFILE|xmpmeta|Photoshop/)
    expect([...out]).toEqual([...bytes([0xff, 0xd8], jfif, quant, sof0(40, 30), huff, scan)])
  })

  it('drops an APP0 that is not JFIF’s (JFXX thumbnails and others)', () => {
    const thumbnail = segment(0xe0, 'JFXX\0\x10CANARY-THUMB')
    const out = clean.withoutJpegMetadata(bytes([0xff, 0xd8], jfif, thumbnail, quant, sof0(1, 1), scan))!
    expect(markers(out)).toEqual([0xe0, 0xdb, 0xc0, 0xda])
    expect(text(out)).not.toContain('CANARY')
  })

  it('gives null for what is not a whole JPEG', () => {
    expect(clean.withoutJpegMetadata(bytes('not a jpeg'))).toBeNull()
    expect(clean.withoutJpegMetadata(bytes([0xff, 0xd8], exif.subarray(0, 10)))).toBeNull()
    expect(clean.withoutJpegMetadata(bytes([0xff, 0xd8], jfif, [0x00, 0x00, 0x00, 0x00]))).toBeNull()
  })
})

describe('withoutPngMetadata', () => {
  const idat = chunk('IDAT', bytes([0x78, 0x9c, 1, 2, 3]))
  const end = chunk('IEND')

  it('keeps only the chunks that draw the picture', () => {
    const given = bytes(
      pngSignature,
      ihdr(40, 30),
      chunk('iCCP', 'sRGB\0\0CANARY-ICC'),
      chunk('tEXt', 'Comment\0CANARY-TEXT'),
      chunk('iTXt', 'XML:com.adobe.xmp\0\0\0\0\0CANARY-XMP'),
      chunk('zTXt', 'Author\0\0CANARY-Z'),
      chunk('tIME', bytes([7, 0xe8, 1, 2, 3, 4, 5])),
      chunk('eXIf', 'MM\0*CANARY-EXIF'),
      chunk('pHYs', bytes([0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1])),
      chunk('PLTE', bytes([0, 0, 0])),
      chunk('tRNS', bytes([0])),
      idat,
      idat,
      end
    )
    const out = clean.withoutPngMetadata(given)!
    expect([...out]).toEqual([...bytes(pngSignature, ihdr(40, 30), chunk('PLTE', bytes([0, 0, 0])), chunk('tRNS', bytes([0])), idat, idat, end)])
    expect(text(out)).not.toMatch(/CANARY|tEXt|iTXt|zTXt|tIME|eXIf|iCCP/)
  })

  it('gives null for what is not a whole PNG', () => {
    expect(clean.withoutPngMetadata(bytes('GIF89a'))).toBeNull()
    expect(clean.withoutPngMetadata(bytes(pngSignature, ihdr(1, 1), idat))).toBeNull()
    expect(clean.withoutPngMetadata(bytes(pngSignature, ihdr(1, 1)).subarray(0, 20))).toBeNull()
  })
})
