import { beforeAll, describe, expect, it } from 'vitest'
import { PICTURE_INPUT_LIMITS } from '../../../../../src/shared/pictures.ts'
import { bytes, ihdr, pngSignature, u32be } from './picture-bytes.ts'

const REFUSALS = '../../../../../src/renderer/src/rich-text/pictures/picture-refusals.ts'
type Refusal = { kind: string } & Record<string, unknown>
interface Refusals {
  checkBeforeDecoding: (file: { name: string; type: string; size: number }, head: Uint8Array) => { format: string } | { refusal: Refusal }
  refusalMessage: (refusal: Refusal) => string
}
let checkBeforeDecoding: Refusals['checkBeforeDecoding']
let refusalMessage: Refusals['refusalMessage']

beforeAll(async () => {
  ;({ checkBeforeDecoding, refusalMessage } = (await import(/* @vite-ignore */ REFUSALS)) as Refusals)
})

const PNG = bytes(pngSignature, ihdr(4000, 3000))
const HEIC = bytes(u32be(24), 'ftyp', 'heic', [0, 0, 0, 0], 'mif1', 'heic')
const file = (name: string, type: string, size: number) => ({ name, type, size })

/** The sentence a file gets, or null if it may be decoded. */
function said(given: { name: string; type: string; size: number }, head: Uint8Array): string | null {
  const checked = checkBeforeDecoding(given, head)
  return 'refusal' in checked ? refusalMessage(checked.refusal) : null
}

describe('checkBeforeDecoding', () => {
  it('takes a picture of a format it reads, within the limits', () => {
    expect(checkBeforeDecoding(file('beach.png', 'image/png', PNG.length), PNG)).toEqual({ format: 'png' })
    // The bytes decide: a PNG named .jpg with no type is still a PNG.
    expect(checkBeforeDecoding(file('beach.jpg', '', PNG.length), PNG)).toEqual({ format: 'png' })
  })

  it('refuses HEIC with the sentence that says what to do, by its bytes or by its name', () => {
    const heic = 'Sevenfold can’t read HEIC pictures. Save it as JPEG or PNG and add it again.'
    expect(said(file('IMG_0001.HEIC', 'image/heic', HEIC.length), HEIC)).toBe(heic)
    expect(said(file('IMG_0001.jpg', 'image/jpeg', HEIC.length), HEIC)).toBe(heic)
    // Bytes Sevenfold does not know, with a name or type that says HEIC.
    expect(said(file('IMG_0002.heic', '', 100), bytes('????????'))).toBe(heic)
    expect(said(file('photo', 'image/heif', 100), bytes('????????'))).toBe(heic)
  })

  it('names the other formats it cannot take', () => {
    expect(said(file('logo.svg', 'image/svg+xml', 40), bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatch(/^Sevenfold can’t read SVG pictures\./)
    expect(said(file('scan.tif', 'image/tiff', 8), bytes('II*\0\x08\0\0\0'))).toMatch(/^Sevenfold can’t read TIFF pictures\./)
    expect(said(file('page.pdf', 'application/pdf', 8), bytes('%PDF-1.7'))).toMatch(/^Sevenfold can’t add PDF files\./)
  })

  it('refuses a file that is not a picture by its name, and lists the formats it takes', () => {
    expect(said(file('notes.txt', 'text/plain', 5), bytes('hello'))).toBe(
      '“notes.txt” is not a picture Sevenfold can read. Add a JPEG, PNG, WebP, GIF, AVIF or BMP picture.'
    )
    // A name right to left keeps to itself among our words.
    expect(said(file('תמונה.txt', 'text/plain', 5), bytes('hello'))).toContain('“\u2068תמונה.txt\u2069”')
    // Bytes that say nothing under a picture's type: a damaged picture.
    expect(said(file('broken.jpg', 'image/jpeg', 5), bytes('hello'))).toMatch(/^Sevenfold could not read this picture: it may be damaged\./)
  })

  it('refuses what is empty or too large before reading any more of it', () => {
    expect(said(file('empty.png', 'image/png', 0), bytes(''))).toBe('That file is empty. Choose the picture again.')
    const over = PICTURE_INPUT_LIMITS.maxFileBytes + 1
    expect(said(file('huge.png', 'image/png', over), PNG)).toBe(
      'This picture is 40.1 MB, and Sevenfold takes pictures up to 40 MB. Save a smaller copy and add it again.'
    )
    expect(checkBeforeDecoding(file('edge.png', 'image/png', PICTURE_INPUT_LIMITS.maxFileBytes), PNG)).toEqual({ format: 'png' })
  })

  it('refuses a picture whose header says it has more pixels than may be decoded', () => {
    const wide = bytes(pngSignature, ihdr(10_000, 5_001))
    expect(said(file('wide.png', 'image/png', wide.length), wide)).toBe(
      'This picture is 10,000 × 5,001 pixels, and Sevenfold takes pictures up to 50 megapixels. Save a smaller copy and add it again.'
    )
    const edge = bytes(pngSignature, ihdr(10_000, 5_000))
    expect(checkBeforeDecoding(file('edge.png', 'image/png', edge.length), edge)).toEqual({ format: 'png' })
    const nothing = bytes(pngSignature, ihdr(0, 100))
    expect(said(file('zero.png', 'image/png', nothing.length), nothing)).toMatch(/damaged/)
  })
})

describe('refusalMessage', () => {
  it('says each refusal in a sentence that says what to do next', () => {
    for (const refusal of [
      { kind: 'empty' },
      { kind: 'too-large', bytes: 50_000_000 },
      { kind: 'foreign', format: 'heic' },
      { kind: 'not-a-picture', name: '' },
      { kind: 'too-many-pixels', width: 9000, height: 9000 },
      { kind: 'damaged' },
      { kind: 'stored-too-large' },
      { kind: 'not-here' }
    ] as const) {
      const sentence = refusalMessage(refusal)
      expect(sentence, refusal.kind).toMatch(/^[A-Z“].*[.]$/)
      expect(sentence, refusal.kind).toMatch(/\b(Save|Choose|Add|Open)\b/)
    }
    expect(refusalMessage({ kind: 'not-a-picture', name: '' })).toMatch(/^That file is not a picture/)
  })
})
