// Pictures for the browser tests, made in the page as a person's would arrive: a canvas drawn
// with a known pattern (four coloured quarters), encoded by Chromium, with an EXIF segment made
// here by hand (an orientation, a place and words) spliced in after the JPEG's start, as a
// camera writes it; then pasted or dropped as a File, or given to the file picker.

import type { Page } from 'playwright-core'

/** The words and place an EXIF segment carries: they must be gone from what is stored. */
export const EXIF_TEXT = 'CANARY-EXIF-WORDS Ana at the lake'
export const GPS_PLACE = [51, 30, 12] // degrees, minutes, seconds north

/** The four quarters' colours, top left, top right, bottom left, bottom right. */
export const QUARTERS = [
  [220, 40, 40],
  [40, 180, 60],
  [40, 60, 210],
  [240, 240, 240]
] as const

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff]
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/**
 * An APP1 EXIF segment, big-endian TIFF: IFD0 with an ImageDescription, the Orientation and a
 * pointer to a GPS IFD with a latitude (and its reference) and a GPS processing-method text.
 */
export function exifSegment(orientation = 1): number[] {
  const entry = (tag: number, type: number, count: number, value: number[]) => [...u16(tag), ...u16(type), ...u32(count), ...value]
  const ASCII = 2
  const SHORT = 3
  const LONG = 4
  const RATIONAL = 5
  const UNDEFINED = 7
  const description = [...ascii(EXIF_TEXT), 0]
  const method = [...ascii('ASCII\0\0\0'), ...ascii('CANARY-GPS-METHOD')]
  // Offsets from the TIFF header: IFD0 (3 entries) at 8, then its data, then the GPS IFD (3 entries) and its data.
  const ifd0Size = 2 + 3 * 12 + 4
  const descriptionAt = 8 + ifd0Size
  const gpsAt = descriptionAt + description.length + (description.length % 2)
  const gpsSize = 2 + 3 * 12 + 4
  const latitudeAt = gpsAt + gpsSize
  const methodAt = latitudeAt + 24
  const ifd0 = [
    ...u16(3),
    ...entry(0x010e, ASCII, description.length, u32(descriptionAt)),
    ...entry(0x0112, SHORT, 1, [...u16(orientation), 0, 0]),
    ...entry(0x8825, LONG, 1, u32(gpsAt)),
    ...u32(0)
  ]
  const gps = [
    ...u16(3),
    ...entry(0x0001, ASCII, 2, [...ascii('N'), 0, 0, 0]),
    ...entry(0x0002, RATIONAL, 3, u32(latitudeAt)),
    ...entry(0x001b, UNDEFINED, method.length, u32(methodAt)),
    ...u32(0)
  ]
  const latitude = GPS_PLACE.flatMap((n) => [...u32(n), ...u32(1)])
  const tiff = [...ascii('MM'), ...u16(42), ...u32(8), ...ifd0, ...description, ...(description.length % 2 ? [0] : []), ...gps, ...latitude, ...method]
  const payload = [...ascii('Exif\0\0'), ...tiff]
  return [0xff, 0xe1, ...u16(payload.length + 2), ...payload]
}

export interface PictureSpec {
  name: string
  width: number
  height: number
  type?: 'image/jpeg' | 'image/png'
  /** An EXIF segment to splice into a JPEG after its start. */
  exif?: number[]
  /** Draws a see-through corner (PNG only keeps it). */
  seeThrough?: boolean
  /** Bytes given as they are, instead of a drawn picture (a file pretending to be one). */
  bytes?: number[]
  fileType?: string
}

// In the page, as a string: these tests compile without the DOM's types. Installed on first use.
const PAGE_SCRIPT = `(() => {
  if (window.__pictureKit) return
  const files = {}
  const fromBase64 = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
  const toBase64 = (bytes) => {
    let text = ''
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return btoa(text)
  }
  const transfer = (names, html) => {
    const data = new DataTransfer()
    for (const name of names) data.items.add(files[name])
    if (html !== undefined) data.setData('text/html', html)
    return data
  }
  window.__pictureKit = {
    async make(spec, quarters) {
      let bytes
      if (spec.bytes) bytes = Uint8Array.from(spec.bytes)
      else {
        const canvas = new OffscreenCanvas(spec.width, spec.height)
        const g = canvas.getContext('2d')
        const halfW = Math.floor(spec.width / 2)
        const halfH = Math.floor(spec.height / 2)
        quarters.forEach(([r, gr, b], i) => {
          g.fillStyle = 'rgb(' + r + ', ' + gr + ', ' + b + ')'
          g.fillRect(i % 2 ? halfW : 0, i < 2 ? 0 : halfH, i % 2 ? spec.width - halfW : halfW, i < 2 ? halfH : spec.height - halfH)
        })
        if (spec.seeThrough) g.clearRect(0, 0, Math.max(1, Math.floor(spec.width / 10)), Math.max(1, Math.floor(spec.height / 10)))
        const type = spec.type || 'image/jpeg'
        bytes = new Uint8Array(await (await canvas.convertToBlob({ type, quality: 0.92 })).arrayBuffer())
        if (spec.exif) bytes = Uint8Array.from([...bytes.subarray(0, 2), ...spec.exif, ...bytes.subarray(2)])
      }
      files[spec.name] = new File([bytes], spec.name, { type: spec.fileType ?? spec.type ?? 'image/jpeg' })
      return bytes.length
    },
    async bytes(name) {
      return toBase64(new Uint8Array(await files[name].arrayBuffer()))
    },
    paste(names, selector, html) {
      const data = transfer(names, html)
      document.querySelector(selector).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    },
    drop(names, at, selector) {
      const data = transfer(names)
      const target = document.querySelector(selector)
      const init = { dataTransfer: data, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true }
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, init))
    },
    async colours(b64, type, points) {
      const bitmap = await createImageBitmap(new Blob([fromBase64(b64)], { type }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const g = canvas.getContext('2d')
      g.drawImage(bitmap, 0, 0)
      return points.map(([fx, fy]) => [...g.getImageData(Math.floor(fx * bitmap.width), Math.floor(fy * bitmap.height), 1, 1).data])
    }
  }
})()`

async function kit(page: Page, call: string): Promise<unknown> {
  await page.evaluate(PAGE_SCRIPT)
  return page.evaluate(`window.__pictureKit.${call}`)
}

const args = (...values: unknown[]) => values.map((v) => (v === undefined ? 'undefined' : JSON.stringify(v))).join(', ')

/** Makes the file in the page, kept there by name; answers its bytes' length. */
export async function makePicture(page: Page, spec: PictureSpec): Promise<number> {
  return Number(await kit(page, `make(${args(spec, QUARTERS)})`))
}

/** The bytes of a file made with makePicture (for the file picker). */
export async function pictureBytes(page: Page, name: string): Promise<Buffer> {
  return Buffer.from(String(await kit(page, `bytes(${args(name)})`)), 'base64')
}

/** Pastes the files as a person's paste would come, into the element `selector`. */
export async function pastePictures(page: Page, names: string[], selector = '#reflection-body', html?: string): Promise<void> {
  await kit(page, `paste(${args(names, selector, html)})`)
}

/** Drops the files at a point of the page, as a drag from the file manager ends. */
export async function dropPictures(page: Page, names: string[], at: { x: number; y: number }, selector = '#reflection-body'): Promise<void> {
  await kit(page, `drop(${args(names, at, selector)})`)
}

/**
 * Whether a URL the page made still shows a picture: false once it was revoked. A revoked URL's
 * failed load is reported on the console, which the harness counts, so it is taken out here.
 */
export async function stillLoads(page: Page, url: string, problems: string[]): Promise<boolean> {
  const loads = await page.evaluate(`new Promise((resolve) => {
    const img = new Image()
    img.onload = () => resolve(true)
    img.onerror = () => resolve(false)
    img.src = ${JSON.stringify(url)}
  })`)
  await page.waitForTimeout(50)
  problems.splice(0, problems.length, ...problems.filter((p) => !/ERR_FILE_NOT_FOUND|Failed to load resource/.test(p)))
  return loads === true
}

/** The markers of a JPEG's segments up to its scan. */
export function jpegMarkers(bytes: Uint8Array): number[] {
  const found: number[] = []
  for (let at = 2; at + 4 <= bytes.length;) {
    const marker = bytes[at + 1]!
    found.push(marker)
    if (marker === 0xda) break
    at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!)
  }
  return found
}

/** The types of a PNG's chunks, in order. */
export function pngChunks(bytes: Uint8Array): string[] {
  const found: string[] = []
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
    found.push(Buffer.from(bytes.subarray(at + 4, at + 8)).toString('latin1'))
    at += 12 + length
  }
  return found
}

/** The colours of a stored picture at points given as fractions of its size, decoded in the page. */
export async function coloursAt(page: Page, bytes: Uint8Array, type: string, points: Array<[number, number]>): Promise<number[][]> {
  return (await kit(page, `colours(${args(Buffer.from(bytes).toString('base64'), type, points)})`)) as number[][]
}

/** Close enough for JPEG: each channel within `tolerance`. */
export function near(colour: readonly number[], expected: readonly number[], tolerance = 40): boolean {
  return expected.every((c, i) => Math.abs(c - colour[i]!) <= tolerance)
}
