// The canary search: a unique word written through the app must appear in no file of the
// data folder, in any encoding a careless implementation might leave on disk.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Every encoding in which a careless implementation might leave the text on disk. */
export function encodings(secret: string): Record<string, Buffer> {
  const utf8 = Buffer.from(secret, 'utf8')
  return {
    utf8,
    utf16le: Buffer.from(secret, 'utf16le'),
    utf16be: Buffer.from(secret, 'utf16le').swap16(),
    hex: Buffer.from(utf8.toString('hex')),
    HEX: Buffer.from(utf8.toString('hex').toUpperCase()),
    ...base64Forms(utf8)
  }
}

/** Bytes (a picture's pixels, a hash) as raw bytes, hex and base64 at every alignment. */
export function byteEncodings(bytes: Buffer): Record<string, Buffer> {
  return { raw: bytes, hex: Buffer.from(bytes.toString('hex')), HEX: Buffer.from(bytes.toString('hex').toUpperCase()), ...base64Forms(bytes) }
}

/** Where `needle` shows up in the folder, in any of byteEncodings' forms, as "<encoding> in <file>". */
export function byteSightings(dir: string, needle: Buffer): string[] {
  const needles = Object.entries(byteEncodings(needle))
  return filesIn(dir).flatMap((file) => {
    const bytes = readFileSync(file)
    return needles.filter(([, form]) => bytes.includes(form)).map(([name]) => `${name} in ${file}`)
  })
}

/** Base64 of the text as it would appear at each of the three byte alignments in a larger file. */
function base64Forms(utf8: Buffer): Record<string, Buffer> {
  const forms: Record<string, Buffer> = {}
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(shift), utf8]).toString('base64')
    const stable = encoded.slice(shift === 0 ? 0 : 4, (shift === 0 ? 0 : 4) + 16)
    forms[`base64+${shift}`] = Buffer.from(stable)
    forms[`base64url+${shift}`] = Buffer.from(stable.replaceAll('+', '-').replaceAll('/', '_'))
  }
  return forms
}

export function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)]))
}

/** Where the canary shows up, as "<encoding> in <file>"; empty when it is nowhere. */
export function canarySightings(dir: string, canary: string): string[] {
  const needles = Object.entries(encodings(canary))
  return filesIn(dir).flatMap((file) => {
    const bytes = readFileSync(file)
    return needles.filter(([, needle]) => bytes.includes(needle)).map(([name]) => `${name} in ${file}`)
  })
}
