// The packaging configuration (electron-builder.yml), checked with electron-builder's own
// validator: the fuses docs/security.md asks for, every native addon unpacked from the ASAR, no
// devDependency packed, and that `npm run dist` uses it.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fuseProblems } from './support/hardening-rules.ts'
import { builderConfig, devDependencies, isUnpacked, nativeAddons, productionClosure } from './support/packaging.ts'
import { PROJECT } from './support/page.ts'

describe('the packaging configuration (electron-builder.yml)', () => {
  it("passes electron-builder's own schema and sets the fuses docs/security.md asks for", async () => {
    const config = await builderConfig(PROJECT)
    expect(fuseProblems(config.electronFuses as Record<string, unknown>)).toEqual([])
    expect(config.appId).toBeTruthy()
    expect(config.productName).toBe('Sevenfold')
  })

  it('unpacks every native addon the package holds from the ASAR, and packs no devDependency', async () => {
    const config = await builderConfig(PROJECT)
    const closure = productionClosure(PROJECT)
    const addons = nativeAddons(PROJECT, closure)
    expect(addons.some((f) => f.includes('better-sqlite3'))).toBe(true)
    expect(addons.some((f) => f.includes('argon2'))).toBe(true)
    const patterns = ([] as string[]).concat(config.asarUnpack ?? [])
    expect(addons.filter((file) => !isUnpacked(file, patterns))).toEqual([])
    expect(devDependencies(PROJECT).filter((name) => closure.has(name))).toEqual([])
    expect(JSON.stringify(config.files)).not.toMatch(/"node_modules/)
  })

  it('is what `npm run dist` uses', () => {
    const scripts = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
    expect(scripts.dist).toBe('electron-vite build && electron-builder')
  })
})
