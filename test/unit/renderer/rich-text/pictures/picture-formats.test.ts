import { beforeAll, describe, expect, it } from 'vitest'
import { bytes, ihdr, pngSignature, segment, sof0, u16le, u32be, u32le } from './picture-bytes.ts'

// A renderer module, imported by a path the Node project's compiler does not follow (see ../find-in-doc.test.ts).
const FORMATS = '../../../../../src/renderer/src/rich-text/pictures/picture-formats.ts'
type Dimensions = { width: number; height: number }
interface Formats {
  sniffFormat: (bytes: Uint8Array) => string | null
  headerDimensions: (format: string, bytes: Uint8Array) => Dimensions | null
}
let sniffFormat: Formats['sniffFormat']
let headerDimensions: Formats['headerDimensions']

beforeAll(async () => {
  ;({ sniffFormat, headerDimensions } = (await import(/* @vite-ignore */ FORMATS)) as Formats)
})

const ftyp = (major: string, ...compatible: string[]) => bytes(u32be(16 + 4 * compatible.length), 'ftyp', major, [0, 0, 0, 0], ...compatible)
const ispe = (width: number, height: number) => bytes(u32be(20), 'ispe', [0, 0, 0, 0], u32be(width), u32be(height))
const riff = (chunkName: string, payload: number[]) => bytes('RIFF', u32le(4 + 8 + payload.length), 'WEBP', chunkName, u32le(payload.length), payload)

describe('sniffFormat', () => {
  it('reads the format from the bytes, whatever the file is called', () => {
    expect(sniffFormat(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg')
    expect(sniffFormat(bytes(pngSignature, ihdr(1, 1)))).toBe('png')
    expect(sniffFormat(riff('VP8 ', []))).toBe('webp')
    expect(sniffFormat(bytes('GIF89a'))).toBe('gif')
    expect(sniffFormat(bytes('GIF87a'))).toBe('gif')
    expect(sniffFormat(bytes('BM', [0, 0, 0, 0]))).toBe('bmp')
    expect(sniffFormat(ftyp('avif', 'mif1', 'miaf'))).toBe('avif')
    // An AVIF that names HEIF's general brand first is still an AVIF.
    expect(sniffFormat(ftyp('mif1', 'avif'))).toBe('avif')
  })

  it('names the formats people have that Sevenfold refuses by name', () => {
    expect(sniffFormat(ftyp('heic', 'mif1', 'heic'))).toBe('heic')
    expect(sniffFormat(ftyp('mif1', 'heic'))).toBe('heic')
    expect(sniffFormat(bytes('II*\0'))).toBe('tiff')
    expect(sniffFormat(bytes('MM\0*'))).toBe('tiff')
    expect(sniffFormat(bytes('%PDF-1.7'))).toBe('pdf')
    expect(sniffFormat(bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg')
    expect(sniffFormat(bytes('  <svg width="10">'))).toBe('svg')
  })

  it('knows nothing else', () => {
    for (const other of [bytes(''), bytes('hello'), bytes([0xff, 0xd8]), bytes(ftyp('isom', 'mp41')), bytes('RIFF\0\0\0\0WAVE')])
      expect(sniffFormat(other)).toBeNull()
  })
})

describe('headerDimensions', () => {
  it('reads a PNG, a GIF and both kinds of BMP header', () => {
    expect(headerDimensions('png', bytes(pngSignature, ihdr(4000, 3000)))).toEqual({ width: 4000, height: 3000 })
    expect(headerDimensions('gif', bytes('GIF89a', u16le(640), u16le(480), [0, 0, 0]))).toEqual({ width: 640, height: 480 })
    const bmp = (dib: number[]) => bytes('BM', new Array<number>(12).fill(0), dib)
    expect(headerDimensions('bmp', bmp([...u32le(40), ...u32le(800), ...u32le(-600 >>> 0), 0, 0]))).toEqual({ width: 800, height: 600 })
    expect(headerDimensions('bmp', bmp([...u32le(12), ...u16le(320), ...u16le(200), 0, 0, 0, 0]))).toEqual({ width: 320, height: 200 })
  })

  it('finds a JPEG frame header after large metadata and fill bytes', () => {
    const exif = segment(0xe1, bytes('Exif\0\0', new Array<number>(60_000).fill(7)))
    const jpeg = bytes([0xff, 0xd8], segment(0xe0, 'JFIF\0\x01\x01'), exif, [0xff, 0xff], sof0(6000, 4000), [0xff, 0xda, 0, 2])
    expect(headerDimensions('jpeg', jpeg)).toEqual({ width: 6000, height: 4000 })
    // A progressive frame (SOF2) is read too; DHT (C4) before it is not a frame.
    const progressive = bytes([0xff, 0xd8], segment(0xc4, bytes([0, 1, 2])), segment(0xc2, bytes([8], [0x01, 0x00], [0x02, 0x00], [1, 1, 0x11, 0])))
    expect(headerDimensions('jpeg', progressive)).toEqual({ width: 512, height: 256 })
  })

  it('says null where the JPEG frame header is not in what was read', () => {
    const cut = bytes([0xff, 0xd8], segment(0xe1, bytes(new Array<number>(100).fill(0))).subarray(0, 50))
    expect(headerDimensions('jpeg', cut)).toBeNull()
    expect(headerDimensions('jpeg', bytes([0xff, 0xd8], [0xff, 0xda, 0, 2, 0, 0, 0, 0, 0, 0]))).toBeNull()
  })

  it('reads each kind of WebP', () => {
    const lossy = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...u16le(1920), ...u16le(1080), 0, 0])
    expect(headerDimensions('webp', lossy)).toEqual({ width: 1920, height: 1080 })
    // VP8L: 14 bits each of width-1 and height-1, little-endian after the 0x2f signature.
    const w = 1000 - 1
    const h = 700 - 1
    const bits = w | (h << 14)
    const lossless = riff('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff, 0, 0, 0, 0])
    expect(headerDimensions('webp', lossless)).toEqual({ width: 1000, height: 700 })
    const extended = riff('VP8X', [0, 0, 0, 0, ...[(5000 - 1) & 0xff, ((5000 - 1) >> 8) & 0xff, 0], ...[(3000 - 1) & 0xff, ((3000 - 1) >> 8) & 0xff, 0], 0, 0])
    expect(headerDimensions('webp', extended)).toEqual({ width: 5000, height: 3000 })
  })

  it('reads the largest image extent of an AVIF (its primary image, not a thumbnail)', () => {
    expect(headerDimensions('avif', bytes(ftyp('avif'), ispe(160, 120), ispe(8000, 6000)))).toEqual({ width: 8000, height: 6000 })
    expect(headerDimensions('avif', bytes(ftyp('avif')))).toBeNull()
  })
})
