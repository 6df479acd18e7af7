// Issue 15, item 3: the metadata every package target needs, checked by electron-builder's own code
// rather than its schema alone: its package.json checks (Packager.validateConfig, which warns
// without a description or an author), the .deb's fields (FpmTarget, which throws without a
// homepage or an author's email; `npm run dist` stopped there), and the Linux desktop entry both
// Linux packages install. No warning from any of them is allowed: each is something a package lacks.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper.js'
import { builderPlatforms, builderWarnings, debTarget, type Platforms } from '../../support/electron-builder.ts'

let platforms: Platforms
let warnings: string[]
beforeAll(async () => {
  ;({ value: platforms, warnings } = await builderWarnings(() => builderPlatforms()))
}, 30_000)
afterAll(() => platforms?.packager.tempDirManager.cleanup())

describe("package.json, as electron-builder's metadata checks read it", () => {
  it('passes them without a warning', () => {
    expect(warnings).toEqual([])
  })

  it('names the app, its maker and its homepage for every platform', () => {
    const { appInfo } = platforms.packager
    expect(appInfo.description).toMatch(/journal for two/)
    // Windows' file properties and installer take the company from the author.
    expect(platforms.win.appInfo.companyName).toBe('Sevenfold')
    expect(platforms.mac.platformSpecificBuildOptions.category).toBe('public.app-category.lifestyle')
  })
})

describe('the .deb', () => {
  it('has the fields its target demands: a maintainer with an email, a homepage, a vendor', async () => {
    const { value, warnings } = await builderWarnings(() => debTarget(platforms.linux).checkOptions())
    expect(warnings).toEqual([])
    expect(value).toEqual({
      name: 'sevenfold',
      maintainer: 'Sevenfold <hello@sevenfold.app>',
      url: 'https://sevenfold.app',
      vendor: 'Sevenfold <hello@sevenfold.app>'
    })
  })
})

describe('the Linux desktop entry (AppImage and .deb)', () => {
  it('has a category, a comment, and the window class Electron gives the window', async () => {
    const { linux } = platforms
    const helper = new LinuxTargetHelper(linux)
    const { value: entry, warnings } = await builderWarnings(() => helper.computeDesktopEntry(linux.platformSpecificBuildOptions))
    expect(warnings).toEqual([])
    expect(entry).toContain('\nCategories=Office;\n')
    expect(entry).toContain('\nComment=A private, encrypted desktop journal for two')
    expect(entry).toContain('\nStartupWMClass=sevenfold\n')
    expect(entry).toContain('\nIcon=sevenfold\n')
  })
})
