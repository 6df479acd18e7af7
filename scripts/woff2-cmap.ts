// The characters a WOFF2 font really has glyphs for, read from its own cmap table. Fontsource's
// unicode-range for a slice is the range it was cut for, which can name characters the font
// lacks (and miss a few it has); the book's fonts are chosen by what each file really draws.
// WOFF2 (W3C, 2018): a header, a table directory, then every table in one Brotli stream, in the
// directory's order; cmap is never transformed, so it is read as it is in the font.

import { brotliDecompressSync } from 'node:zlib'

/** WOFF2's known table tags, by their index in a directory entry's flags. */
const KNOWN_TAGS = (
  'cmap head hhea hmtx maxp name OS/2 post cvt_ fpgm glyf loca prep CFF_ VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS ' +
  'GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG_ sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop ' +
  'trak Zapf Silf Glat Gloc Feat Sill'
)
  .split(' ')
  .map((tag) => tag.replace('_', ' '))

/** Sorted, distinct code points that map to a glyph other than .notdef. */
export function cmapCodePoints(woff2: Buffer): number[] {
  if (woff2.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font')
  const numTables = woff2.readUInt16BE(12)
  const compressedLength = woff2.readUInt32BE(20)
  let at = 48
  const base128 = (): number => {
    let value = 0
    for (let i = 0; i < 5; i++) {
      const byte = woff2[at++]!
      value = value * 128 + (byte & 0x7f)
      if ((byte & 0x80) === 0) return value
    }
    throw new Error('bad UIntBase128 in the WOFF2 table directory')
  }
  let offset = 0
  let cmap: { offset: number; length: number } | null = null
  for (let t = 0; t < numTables; t++) {
    const flags = woff2[at++]!
    let tag = KNOWN_TAGS[flags & 0x3f]!
    if ((flags & 0x3f) === 0x3f) {
      tag = woff2.toString('latin1', at, at + 4)
      at += 4
    }
    const transform = flags >> 6
    const originalLength = base128()
    // glyf and loca are transformed unless version 3; every other table unless version 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? transform !== 3 : transform !== 0
    const length = transformed ? base128() : originalLength
    if (tag === 'cmap') cmap = { offset, length }
    offset += length
  }
  if (!cmap) throw new Error('the font has no cmap table')
  const tables = brotliDecompressSync(woff2.subarray(at, at + compressedLength))
  return unicodeCmap(tables.subarray(cmap.offset, cmap.offset + cmap.length))
}

/** The Unicode subtable: format 12 (full repertoire) if there is one, else format 4 (BMP). */
function unicodeCmap(cmap: Buffer): number[] {
  let format12 = -1
  let format4 = -1
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const platform = cmap.readUInt16BE(4 + i * 8)
    const encoding = cmap.readUInt16BE(6 + i * 8)
    const at = cmap.readUInt32BE(8 + i * 8)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (!unicode) continue
    const format = cmap.readUInt16BE(at)
    if (format === 12) format12 = at
    if (format === 4) format4 = at
  }
  const points = new Set<number>()
  if (format12 >= 0) {
    const groups = cmap.readUInt32BE(format12 + 12)
    for (let g = 0; g < groups; g++) {
      const at = format12 + 16 + g * 12
      const [start, end, glyph] = [cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4), cmap.readUInt32BE(at + 8)]
      for (let cp = start; cp <= end; cp++) if (glyph + cp - start !== 0) points.add(cp)
    }
  } else if (format4 >= 0) {
    const segments = cmap.readUInt16BE(format4 + 6) / 2
    const ends = format4 + 14
    const starts = ends + segments * 2 + 2
    const deltas = starts + segments * 2
    const rangeOffsets = deltas + segments * 2
    for (let s = 0; s < segments; s++) {
      const [end, start] = [cmap.readUInt16BE(ends + s * 2), cmap.readUInt16BE(starts + s * 2)]
      const [delta, rangeOffset] = [cmap.readInt16BE(deltas + s * 2), cmap.readUInt16BE(rangeOffsets + s * 2)]
      for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
        const index = rangeOffset === 0 ? cp : cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2)
        if (rangeOffset !== 0 && index === 0) continue
        if (((index + delta) & 0xffff) !== 0) points.add(cp)
      }
    }
  } else {
    throw new Error('the font has no Unicode cmap subtable')
  }
  return [...points].sort((a, b) => a - b)
}

/** Code points as a CSS unicode-range: "U+20-7e,U+a0,…" (sorted input). */
export function unicodeRange(points: readonly number[]): string {
  const parts: string[] = []
  for (let i = 0; i < points.length;) {
    let j = i
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++
    const [from, to] = [points[i]!.toString(16), points[j]!.toString(16)]
    parts.push(i === j ? `U+${from}` : `U+${from}-${to}`)
    i = j + 1
  }
  return parts.join(',')
}
