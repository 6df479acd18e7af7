// Picture files made byte by byte for the renderer's picture tests: just the headers a reader
// looks at, and JPEG and PNG files whose every segment or chunk is known.

export const bytes = (...parts: Array<number[] | string | Uint8Array>): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : [...part])))

export const u16be = (n: number) => [(n >> 8) & 0xff, n & 0xff]
export const u16le = (n: number) => [n & 0xff, (n >> 8) & 0xff]
export const u32be = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]
export const u32le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff]

/** A JPEG segment: marker, length, payload. */
export const segment = (marker: number, payload: Uint8Array | string) => {
  const body = typeof payload === 'string' ? bytes(payload) : payload
  return bytes([0xff, marker], u16be(body.length + 2), body)
}

export const sof0 = (width: number, height: number) => segment(0xc0, bytes([8], u16be(height), u16be(width), [1, 1, 0x11, 0]))

export const pngSignature = bytes([0x89], 'PNG\r\n\x1a\n')
/** A PNG chunk with a stand-in CRC (the readers under test copy chunks whole, never check them). */
export const chunk = (type: string, payload: Uint8Array | string = '') => {
  const body = typeof payload === 'string' ? bytes(payload) : payload
  return bytes(u32be(body.length), type, body, [1, 2, 3, 4])
}
export const ihdr = (width: number, height: number) => chunk('IHDR', bytes(u32be(width), u32be(height), [8, 6, 0, 0, 0]))
