// Pictures for the tests (issue 19), made as the renderer's re-encoding makes them: JPEGs from
// Skia (@napi-rs/canvas, the encoder Chromium's canvas uses: JFIF APP0, its sRGB ICC profile in
// APP2, nothing else) and PNGs written here byte by byte, so a test knows every byte (the pixels
// can be stored uncompressed, to be found on disk if they ever were), plus the metadata a camera
// or an editor adds, to be refused.

import { crc32, deflateSync } from 'node:zlib'
import { createCanvas } from '@napi-rs/canvas'

type Rgba = [number, number, number, number]

export interface PngOptions {
  width: number
  height: number
  /** The colour of each pixel (RGBA). */
  pixel?: (x: number, y: number) => Rgba
  /** 0 stores the pixels as they are (deflate's stored blocks), so they can be searched for. */
  level?: number
  /** Chunks put before the image data, as [type, data]. */
  extra?: Array<[string, Buffer]>
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The raw scanlines of an RGBA picture (filter byte 0 before each row). */
export function scanlines({ width, height, pixel = () => [200, 60, 60, 255] }: Pick<PngOptions, 'width' | 'height' | 'pixel'>): Buffer {
  const rows = Buffer.alloc(height * (1 + width * 4))
  for (let y = 0; y < height; y++) {
    const at = y * (1 + width * 4)
    for (let x = 0; x < width; x++) rows.set(pixel(x, y), at + 1 + x * 4)
  }
  return rows
}

export function png(options: PngOptions): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(options.width, 0)
  header.writeUInt32BE(options.height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const data = deflateSync(scanlines(options), { level: options.level ?? 6 })
  const extra = (options.extra ?? []).map(([type, bytes]) => pngChunk(type, bytes))
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), ...extra, pngChunk('IDAT', data), pngChunk('IEND', Buffer.alloc(0))])
}

/** A JPEG as Skia encodes one (as Chromium's canvas does), with a pattern drawn so it is not all one colour. */
export async function jpeg(width: number, height: number, colour = '#c33', quality = 90): Promise<Buffer> {
  const canvas = createCanvas(width, height)
  const g = canvas.getContext('2d')
  g.fillStyle = colour
  g.fillRect(0, 0, width, height)
  g.fillStyle = '#236'
  for (let x = 0; x < width; x += 16) g.fillRect(x, 0, 8, height)
  return Buffer.from(await canvas.encode('jpeg', quality))
}

/** A JPEG segment (marker and data, its length added). */
export function jpegSegment(marker: number, data: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0])
  head.writeUInt16BE(data.length + 2, 2)
  return Buffer.concat([head, data])
}

/** `jpegBytes` with `segment` put right after its start (where cameras put EXIF). */
export function withSegment(jpegBytes: Buffer, segment: Buffer): Buffer {
  return Buffer.concat([jpegBytes.subarray(0, 2), segment, jpegBytes.subarray(2)])
}

/** An APP1 EXIF segment whose one ASCII tag (ImageDescription) holds `text`, as a camera writes it. */
export function exifSegment(text: string): Buffer {
  const value = Buffer.from(`${text}\0`, 'latin1')
  const tiff = Buffer.alloc(8 + 2 + 12 + 4)
  tiff.write('II', 0, 'latin1')
  tiff.writeUInt16LE(42, 2)
  tiff.writeUInt32LE(8, 4)
  tiff.writeUInt16LE(1, 8)
  tiff.writeUInt16LE(0x010e, 10)
  tiff.writeUInt16LE(2, 12)
  tiff.writeUInt32LE(value.length, 14)
  tiff.writeUInt32LE(tiff.length, 18)
  return jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, value]))
}
