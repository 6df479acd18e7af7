// scripts/book-fonts.ts, run into a folder of the test's own: every family of the stack is
// there with its licence, every slice's recorded coverage is what the file's own cmap says, no
// slice is kept that the book could never print with, and a folder that no longer matches the
// installed packages (or lost a file) is made again.

import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix, win32 } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBookFonts, isFresh, makeBookFonts, MANIFEST, stagingDir } from '../../../scripts/book-fonts.ts'
import { cmapCodePoints, unicodeRange } from '../../../scripts/woff2-cmap.ts'
import { BOOK_FONT_SOURCES, needsNoFont, type BookFontManifest } from '../../../src/main/print/book-font-families.ts'
import { useTempDirs } from '../../support/temp-dir.ts'

const tempDir = useTempDirs()
let made: string
const points = (range: string) =>
  range.split(',').flatMap((part) => {
    const [from, to] = part
      .slice(2)
      .split('-')
      .map((hex) => parseInt(hex, 16)) as [number, number?]
    return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i)
  })

let dir: string
let manifest: BookFontManifest
beforeAll(async () => {
  made = mkdtempSync(join(tmpdir(), 'sevenfold-book-fonts-'))
  dir = join(made, 'fonts')
  manifest = await makeBookFonts(dir)
}, 60_000)
afterAll(() => rmSync(made, { recursive: true, force: true }))

describe('resources/fonts/ as the script makes it', () => {
  it('holds every family of the stack, in its order, each with its SIL Open Font License', () => {
    expect(manifest.families.map((f) => f.id)).toEqual(BOOK_FONT_SOURCES.map((s) => s.id))
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'))).toEqual(manifest)
    for (const family of manifest.families) {
      expect(readFileSync(join(dir, family.license), 'utf8'), family.id).toMatch(/SIL OPEN FONT LICENSE Version 1\.1/i)
      expect(family.faces.length, family.id).toBeGreaterThan(0)
    }
  })

  it('records for each slice its size and exactly the characters its own cmap draws', () => {
    for (const face of manifest.families.flatMap((f) => f.faces)) {
      const bytes = readFileSync(join(dir, face.file))
      expect(bytes.length, face.file).toBe(face.bytes)
      expect(face.range, face.file).toBe(unicodeRange(cmapCodePoints(bytes)))
    }
  })

  it('reads a cmap right: Literata’s Latin slice draws the alphabet, no control character, and no Han', () => {
    const latin = manifest.families[0]!.faces.find((f) => f.file === 'literata/literata-latin-wght-normal.woff2')!
    const drawn = new Set(points(latin.range))
    for (const char of 'AZaz09&é£—“”') expect(drawn.has(char.codePointAt(0)!), char).toBe(true)
    expect([...drawn].filter((p) => p < 0x20 || p === 0x7f || (p >= 0x4e00 && p <= 0x9fff))).toEqual([])
    // The emoji font draws the sunflower, Korean's draws hangul.
    const has = (id: string, char: string) => manifest.families.find((f) => f.id === id)!.faces.some((f) => points(f.range).includes(char.codePointAt(0)!))
    expect(has('emoji', '🌻')).toBe(true)
    expect(has('han-kr', '한')).toBe(true)
    expect(has('han-sc', '한')).toBe(false)
  })

  it('keeps no slice whose every character a font before it in the stack already draws', () => {
    const before = new Set<number>()
    const beforeHan = new Set<number>()
    for (const family of manifest.families) {
      const isHan = family.id.startsWith('han-')
      const adds = (range: string) => points(range).some((p) => !(isHan ? beforeHan : before).has(p) && !needsNoFont(p))
      for (const face of family.faces) expect(adds(face.range), face.file).toBe(true)
      for (const face of family.faces) for (const p of points(face.range)) (isHan ? before : (before.add(p), beforeHan)).add(p)
    }
    // The Han families' Latin, Cyrillic and Vietnamese slices are Literata's already (but for pinyin's few letters).
    expect(
      manifest.families
        .flatMap((f) => f.faces)
        .filter((f) => /han-.*-(latin|cyrillic|vietnamese)-/.test(f.file))
        .map((f) => f.file.split('/')[0])
    ).toEqual(['han-sc', 'han-tc', 'han-jp', 'han-kr'])
  })

  it('is made beside its place, never inside it, whatever separator its path ends with', () => {
    // On Windows FONTS_DIR ends in "\\": a folder made inside it was deleted with it, and the build failed.
    // Any folder will do: the test's own, written both ways.
    const windowsParent = win32.join('C:\\', ...dir.split(posix.sep).filter(Boolean))
    expect(stagingDir(`${windowsParent}\\fonts\\`, win32)).toBe(`${windowsParent}\\fonts.making-${process.pid}`)
    expect(stagingDir(`${dir}/fonts/`, posix)).toBe(`${dir}/fonts.making-${process.pid}`)
  })

  it('is left as it is when it matches the installed packages, and made again when a file changed', async () => {
    expect(await isFresh(dir)).toBe(true)
    expect(await ensureBookFonts(dir)).toEqual({ made: false })
    const face = manifest.families[1]!.faces[0]!
    truncateSync(join(dir, face.file), 10)
    expect(await isFresh(dir)).toBe(false)
    expect(await ensureBookFonts(dir)).toEqual({ made: true })
    expect(statSync(join(dir, face.file)).size).toBe(face.bytes)
    expect(await isFresh(join(tempDir(), 'nothing-here'))).toBe(false)
  }, 60_000)
})
