// Issue 15, item 1: the app icon. scripts/icons.sh renders resources/icon.svg (icon-small.svg up to
// 48 px) into the PNG sizes, the .icns and the .ico that are committed; this runs it again into a
// temporary folder and compares, so the committed files are what the drawing makes. Then
// electron-builder's own icon code resolves every target's icon to these files (not to its default
// Electron icon, which it warns about), and the window's Linux icon is among the packed files.

import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCanvas, loadImage } from '@napi-rs/canvas'
import { beforeAll, describe, expect, it } from 'vitest'
import { builderPlatforms, builderWarnings, packedFiles, PROJECT, type Platforms } from '../../support/electron-builder.ts'
import { useTempDirs } from '../../support/temp-dir.ts'

const RESOURCES = join(PROJECT, 'resources')
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const tempDir = useTempDirs()

async function pixels(file: string): Promise<{ width: number; data: Uint8ClampedArray }> {
  const image = await loadImage(readFileSync(file))
  const canvas = createCanvas(image.width, image.height)
  const context = canvas.getContext('2d')
  context.drawImage(image, 0, 0)
  return { width: image.width, data: context.getImageData(0, 0, image.width, image.height).data }
}

/** The square sizes an .ico holds (its directory: a 0 byte means 256). */
function icoSizes(file: string): number[] {
  const ico = readFileSync(file)
  expect(ico.readUInt16LE(2)).toBe(1)
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256)
}

/** The element types an .icns holds ('is32', 'ic10', …). */
function icnsTypes(file: string): string[] {
  const icns = readFileSync(file)
  expect(icns.toString('latin1', 0, 4)).toBe('icns')
  const types: string[] = []
  for (let at = 8; at < icns.readUInt32BE(4); at += icns.readUInt32BE(at + 4)) types.push(icns.toString('latin1', at, at + 4))
  return types
}

describe('scripts/icons.sh', () => {
  it('renders exactly the committed icons from the drawing', async () => {
    const out = tempDir()
    // A missing tool fails here, with the script's sentence saying which packages to install.
    execFileSync('bash', [join(PROJECT, 'scripts/icons.sh'), out], { stdio: ['ignore', 'pipe', 'pipe'] })
    expect(readdirSync(join(out, 'icons')).sort()).toEqual(SIZES.map((size) => `${size}x${size}.png`).sort())
    expect(readdirSync(join(RESOURCES, 'icons')).sort()).toEqual(readdirSync(join(out, 'icons')).sort())
    for (const size of SIZES) {
      const name = `icons/${size}x${size}.png`
      const [fresh, committed] = await Promise.all([pixels(join(out, name)), pixels(join(RESOURCES, name))])
      expect(committed.width, name).toBe(size)
      const off = committed.data.findIndex((value, i) => Math.abs(value - fresh.data[i]!) > 2)
      expect(off, `${name} differs from the drawing at byte ${off}`).toBe(-1)
    }
    expect(icoSizes(join(RESOURCES, 'icon.ico'))).toEqual([16, 24, 32, 48, 64, 128, 256])
    expect(icoSizes(join(RESOURCES, 'icon.ico'))).toEqual(icoSizes(join(out, 'icon.ico')))
    // Finder's sizes, 16 to 512 points at 1x and 2x (ic10 is 1024 px).
    expect(icnsTypes(join(RESOURCES, 'icon.icns'))).toEqual(expect.arrayContaining(['is32', 'il32', 'it32', 'ic08', 'ic09', 'ic10']))
    expect(icnsTypes(join(RESOURCES, 'icon.icns'))).toEqual(icnsTypes(join(out, 'icon.icns')))
  }, 60_000)
})

describe("every package's icon, as electron-builder resolves it", () => {
  let platforms: Platforms
  beforeAll(async () => {
    platforms = await builderPlatforms()
  }, 30_000)

  it('is ours on macOS (app and disk image) and Windows (app and installer)', async () => {
    const { mac, win, config } = platforms
    const { value, warnings } = await builderWarnings(async () => ({
      mac: await mac.getIconPath(),
      win: await win.getIconPath(),
      dmg: await mac.getResource(config.dmg?.icon ?? undefined),
      installer: await win.getResource(config.nsis?.installerIcon ?? undefined),
      uninstaller: await win.getResource(config.nsis?.uninstallerIcon ?? undefined)
    }))
    expect(warnings).toEqual([])
    const icns = join(RESOURCES, 'icon.icns')
    const ico = join(RESOURCES, 'icon.ico')
    expect(value).toEqual({ mac: icns, win: ico, dmg: icns, installer: ico, uninstaller: ico })
  })

  it('is ours at every size on Linux (AppImage and .deb), and the window has one packed', async () => {
    const { LinuxTargetHelper } = await import('app-builder-lib/out/targets/LinuxTargetHelper.js')
    const { value: icons, warnings } = await builderWarnings(() => new LinuxTargetHelper(platforms.linux).icons)
    expect(warnings).toEqual([])
    expect(icons).toEqual(SIZES.map((size) => ({ file: join(RESOURCES, `icons/${size}x${size}.png`), size })))
    expect(await packedFiles(platforms, platforms.linux, 'x64')).toContain('resources/icons/512x512.png')
  })
})
