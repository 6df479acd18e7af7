// Issue 18, item 3: the printed book's fonts travel with the app. Checked with electron-builder's
// own collection of what it packs, for every platform: resources/fonts/ (made by the tests'
// global setup, as `electron-vite build` makes it before `npm run dist`) is in the package whole,
// the manifest, every slice it names and every licence, where src/main/print/book-fonts.ts looks.

import { readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BookFontManifest } from '../../../src/main/print/book-font-families.ts'
import { BOOK_FONTS_DIR } from '../../../src/main/print/book-fonts.ts'
import { builderPlatforms, packedFiles, PROJECT, type Platforms } from '../../support/electron-builder.ts'

const fontsDir = fileURLToPath(BOOK_FONTS_DIR)
const manifest = () => JSON.parse(readFileSync(join(fontsDir, 'fonts.json'), 'utf8')) as BookFontManifest

let platforms: Platforms
beforeAll(async () => {
  platforms = await builderPlatforms()
}, 30_000)

describe('the book’s fonts in each package', () => {
  it('are looked for at resources/fonts/ beside out/, where the package keeps them', () => {
    expect(relative(PROJECT, fontsDir)).toBe(join('resources', 'fonts'))
    // Built, the main process is out/main/index.js: two folders up, as from src/main/print/ three.
    expect(fileURLToPath(new URL('../../resources/fonts/', `file://${join(PROJECT, 'out/main/index.js')}`))).toBe(fontsDir)
  })

  it.each(['linux', 'mac', 'win'] as const)('%s: the manifest, every slice and every licence', async (name) => {
    const arch = name === 'mac' ? 'arm64' : 'x64'
    const packed = new Set(await packedFiles(platforms, platforms[name], arch))
    const wanted = ['fonts.json', ...manifest().families.flatMap((family) => [family.license, ...family.faces.map((face) => face.file)])]
    expect(wanted.filter((file) => !packed.has(`resources/fonts/${file}`))).toEqual([])
    // Nothing else of resources/ but the window's icon: the build resources stay out.
    expect([...packed].filter((file) => file.startsWith('resources/') && !file.startsWith('resources/fonts/'))).toEqual(['resources/icons/512x512.png'])
  })

  it('add under 30 MB to a package', () => {
    const files = ['fonts.json', ...manifest().families.flatMap((family) => [family.license, ...family.faces.map((face) => face.file)])]
    const bytes = files.reduce((sum, file) => sum + statSync(join(fontsDir, file)).size, 0)
    expect(bytes).toBeLessThan(30_000_000)
  })
})
