// Why a picture was not added, and the sentence that says so and what to do instead. Checked
// in the order they cost: the file's size and first bytes before anything is decoded.

import { PICTURE_INPUT_LIMITS, PICTURE_INPUT_TYPES, PICTURE_STORED_LIMITS } from '../../../../shared/pictures.ts'
import { isolated } from '../../../../shared/text-direction.ts'
import { FORMAT_TYPES, headerDimensions, sniffFormat, type ForeignFormat, type PictureFormat } from './picture-formats.ts'

export type PictureRefusal =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'foreign'; format: ForeignFormat }
  | { kind: 'not-a-picture'; name: string }
  | { kind: 'too-many-pixels'; width: number; height: number }
  | { kind: 'damaged' }
  | { kind: 'stored-too-large' }
  /** Where pictures cannot be kept (the vault, for now). */
  | { kind: 'not-here' }

const megabytes = (bytes: number) => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toLocaleString('en-GB')} MB`
const count = (n: number) => n.toLocaleString('en-GB')
const FORMAT_NAMES: Record<ForeignFormat, string> = { heic: 'HEIC', svg: 'SVG', tiff: 'TIFF', pdf: 'PDF' }
// The formats taken, as the refusal lists them.
const SPELT: Record<string, string> = { jpeg: 'JPEG', webp: 'WebP' }
const TAKEN = PICTURE_INPUT_TYPES.map((type) => type.slice('image/'.length)).map((name) => SPELT[name] ?? name.toUpperCase())
const TAKEN_LIST = `${TAKEN.slice(0, -1).join(', ')} or ${TAKEN.at(-1)!}`

export function refusalMessage(refusal: PictureRefusal): string {
  switch (refusal.kind) {
    case 'empty':
      return 'That file is empty. Choose the picture again.'
    case 'too-large':
      return `This picture is ${megabytes(refusal.bytes)}, and Sevenfold takes pictures up to ${megabytes(PICTURE_INPUT_LIMITS.maxFileBytes)}. Save a smaller copy and add it again.`
    case 'foreign':
      return refusal.format === 'pdf'
        ? 'Sevenfold can’t add PDF files. Save the page as a JPEG or PNG picture and add it again.'
        : `Sevenfold can’t read ${FORMAT_NAMES[refusal.format]} pictures. Save it as JPEG or PNG and add it again.`
    case 'not-a-picture':
      return `${refusal.name ? `“${isolated(refusal.name)}”` : 'That file'} is not a picture Sevenfold can read. Add a ${TAKEN_LIST} picture.`
    case 'too-many-pixels':
      return `This picture is ${count(refusal.width)} × ${count(refusal.height)} pixels, and Sevenfold takes pictures up to ${count(PICTURE_INPUT_LIMITS.maxPixels / 1_000_000)} megapixels. Save a smaller copy and add it again.`
    case 'damaged':
      return 'Sevenfold could not read this picture: it may be damaged. Open it in another app, save it as JPEG or PNG and add it again.'
    case 'stored-too-large':
      return `This picture is over ${megabytes(PICTURE_STORED_LIMITS.maxBytes)} even at its stored size. Save it as JPEG and add it again.`
    case 'not-here':
      return 'Pictures can’t be kept in the vault yet. Add it to a reflection in your journal instead.'
  }
}

/** What a file's name or the system's guess says it is, for files whose bytes say nothing Sevenfold knows. */
function guessedForeign(name: string, type: string): ForeignFormat | null {
  if (/^image\/hei[cf]/i.test(type) || /\.(heic|heif)$/i.test(name)) return 'heic'
  if (/^image\/svg/i.test(type) || /\.svgz?$/i.test(name)) return 'svg'
  if (/^image\/tiff/i.test(type) || /\.tiff?$/i.test(name)) return 'tiff'
  return null
}

export interface GivenFile {
  name: string
  type: string
  size: number
}

/** The refusal a file gets from its size and first bytes alone, or the format to decode it as. */
export function checkBeforeDecoding(file: GivenFile, head: Uint8Array): { format: PictureFormat } | { refusal: PictureRefusal } {
  if (file.size === 0) return { refusal: { kind: 'empty' } }
  if (file.size > PICTURE_INPUT_LIMITS.maxFileBytes) return { refusal: { kind: 'too-large', bytes: file.size } }
  const format = sniffFormat(head)
  if (format === 'heic' || format === 'svg' || format === 'tiff' || format === 'pdf') return { refusal: { kind: 'foreign', format } }
  if (format === null) {
    const foreign = guessedForeign(file.name, file.type)
    if (foreign) return { refusal: { kind: 'foreign', format: foreign } }
    return { refusal: file.type.startsWith('image/') ? { kind: 'damaged' } : { kind: 'not-a-picture', name: file.name } }
  }
  if (!(PICTURE_INPUT_TYPES as readonly string[]).includes(FORMAT_TYPES[format])) return { refusal: { kind: 'not-a-picture', name: file.name } }
  const size = headerDimensions(format, head)
  if (size && (size.width === 0 || size.height === 0)) return { refusal: { kind: 'damaged' } }
  if (size && size.width * size.height > PICTURE_INPUT_LIMITS.maxPixels) return { refusal: { kind: 'too-many-pixels', ...size } }
  return { format }
}

/** How much of a file's start is read for its header: a JPEG's frame header can follow large metadata segments. */
export const HEAD_BYTES = 512 * 1024
