// Makes resources/fonts/: the woff2 slices the printed book may need, copied from the font
// packages (devDependencies, pinned), each family's licence (the SIL Open Font License), and
// fonts.json, which says for every slice its style, weight axis, size and the characters it
// really draws (read from its own cmap). Generated, not committed (about 30 MB of fonts would
// weigh on every clone): `electron-vite build` runs this first (electron.vite.config.ts), and so
// do the tests' global setup and the bench; electron-builder.yml packs the folder into the ASAR.
// Quick when the folder is already made from the installed packages: it checks and leaves it.
// Usage: npm run fonts

import { createRequire } from 'node:module'
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path, { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BOOK_FONT_SOURCES, needsNoFont, type BookFontFace, type BookFontManifest } from '../src/main/print/book-font-families.ts'
import { cmapCodePoints, unicodeRange } from './woff2-cmap.ts'

export const FONTS_DIR = fileURLToPath(new URL('../resources/fonts/', import.meta.url))
export const MANIFEST = 'fonts.json'
const GENERATOR = 2

const require = createRequire(import.meta.url)
function packageDir(name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`))
  } catch {
    throw new Error(`The printed book's fonts come from ${name}, which is not installed: run \`npm install\` (it is a devDependency).`)
  }
}

async function installedVersions(): Promise<Record<string, string>> {
  const versions: Record<string, string> = {}
  for (const source of BOOK_FONT_SOURCES) {
    const { version } = JSON.parse(await readFile(join(packageDir(source.package), 'package.json'), 'utf8')) as { version: string }
    versions[source.package] = version
  }
  return versions
}

/** Whether `dir` holds the folder this script would make now, every file there at its size. */
export async function isFresh(dir = FONTS_DIR): Promise<boolean> {
  let manifest: BookFontManifest
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as BookFontManifest
  } catch {
    return false
  }
  if (manifest.generator !== GENERATOR || JSON.stringify(manifest.sources) !== JSON.stringify(await installedVersions())) return false
  try {
    for (const family of manifest.families) {
      await stat(join(dir, family.license))
      for (const face of family.faces) if ((await stat(join(dir, face.file))).size !== face.bytes) return false
    }
  } catch {
    return false
  }
  return true
}

interface SheetFace {
  file: string
  style: 'normal' | 'italic'
  weight: string
}

/** The @font-face rules of a package's sheet: the woff2 each names, its style and weight. */
function sheetFaces(css: string): SheetFace[] {
  return css
    .split('@font-face')
    .slice(1)
    .map((rule) => {
      const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(rule)?.[1]
      const style = /font-style:\s*(normal|italic)/.exec(rule)?.[1] as SheetFace['style'] | undefined
      const weight = /font-weight:\s*([\d ]+);/.exec(rule)?.[1]?.trim()
      if (!file || !style || !weight) throw new Error(`scripts/book-fonts.ts cannot read this @font-face rule:${rule.slice(0, 300)}`)
      return { file, style, weight }
    })
}

/**
 * Reads every slice and keeps those the book could ever print with. The stack's order is fixed
 * but for the Han families, whose order depends on the book: so a slice of a Han family is kept
 * if it draws a character none of the fonts before the Han ones draws, and any other slice if it
 * draws one no font before it does (characters that need no font of their own aside). A slice
 * dropped that way could never be chosen.
 */
async function chosenFaces(): Promise<Array<{ source: (typeof BOOK_FONT_SOURCES)[number]; dir: string; faces: Array<SheetFace & { points: number[] }> }>> {
  const before = new Set<number>()
  const beforeHan = new Set<number>()
  const families = []
  for (const source of BOOK_FONT_SOURCES) {
    const dir = packageDir(source.package)
    const faces: Array<SheetFace & { points: number[] }> = []
    for (const sheet of source.sheets) {
      for (const face of sheetFaces(await readFile(join(dir, sheet), 'utf8'))) {
        faces.push({ ...face, points: cmapCodePoints(await readFile(join(dir, face.file))) })
      }
    }
    const earlier = source.han ? beforeHan : before
    const kept = faces.filter((face) => face.points.some((point) => !earlier.has(point) && !needsNoFont(point)))
    families.push({ source, dir, faces: kept })
    for (const face of kept) for (const point of face.points) before.add(point)
    if (!source.han) for (const face of kept) for (const point of face.points) beforeHan.add(point)
  }
  return families
}

/**
 * Where the folder is made before it takes its place: beside `dir`, never inside it, which the
 * rm before the rename would delete. FONTS_DIR ends in a separator, "\\" on Windows.
 */
export function stagingDir(dir: string, paths: Pick<typeof path, 'resolve'> = path): string {
  return `${paths.resolve(dir)}.making-${process.pid}`
}

/** Makes the folder anew beside `dir`, then puts it in its place. */
export async function makeBookFonts(dir = FONTS_DIR): Promise<BookFontManifest> {
  const building = stagingDir(dir)
  await rm(building, { recursive: true, force: true })
  const manifest: BookFontManifest = { generator: GENERATOR, sources: await installedVersions(), families: [] }
  for (const { source, dir: from, faces } of await chosenFaces()) {
    await mkdir(join(building, source.id), { recursive: true })
    const license = `${source.id}/LICENSE`
    await copyFile(join(from, 'LICENSE'), join(building, license))
    const made: BookFontFace[] = []
    for (const face of faces) {
      const file = `${source.id}/${face.file.replace(/^files\//, '')}`
      await copyFile(join(from, face.file), join(building, file))
      const { size } = await stat(join(building, file))
      made.push({ file, style: face.style, weight: source.weight ?? face.weight, bytes: size, range: unicodeRange(face.points) })
    }
    manifest.families.push({
      id: source.id,
      family: source.family,
      ...(source.han ? { han: source.han } : {}),
      package: source.package,
      version: manifest.sources[source.package]!,
      license,
      faces: made
    })
  }
  await writeFile(join(building, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`)
  await rm(dir, { recursive: true, force: true })
  await rename(building, dir)
  return manifest
}

/** Makes the folder unless it is already what this script would make. */
export async function ensureBookFonts(dir = FONTS_DIR): Promise<{ made: boolean }> {
  if (await isFresh(dir)) return { made: false }
  await makeBookFonts(dir)
  return { made: true }
}

const runAsScript = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]
if (runAsScript) {
  const { made } = await ensureBookFonts().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
  const manifest = JSON.parse(await readFile(join(FONTS_DIR, MANIFEST), 'utf8')) as BookFontManifest
  const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`
  let total = 0
  for (const family of manifest.families) {
    const bytes = family.faces.reduce((sum, face) => sum + face.bytes, 0)
    total += bytes
    console.log(`${family.id.padEnd(11)} ${String(family.faces.length).padStart(4)} slices  ${mb(bytes).padStart(9)}  ${family.package}@${family.version}`)
  }
  console.log(`${made ? 'Made' : 'Already made:'} ${relative(process.cwd(), FONTS_DIR) || FONTS_DIR}, ${mb(total)} of fonts.`)
}
