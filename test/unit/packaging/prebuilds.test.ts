// Issue 15, item 12: each package holds only its own platform's native prebuilds. argon2 and
// better-sqlite3 ship prebuilt addons for many platforms in their npm packages; electron-builder.yml
// leaves the others out in each platform's `files`. Checked with electron-builder's own collection of
// what it packs (npm's module tree, its file matchers with the target's arch filled in), for every
// platform and arch the configuration builds.

import { beforeAll, describe, expect, it } from 'vitest'
import { builderPlatforms, packedFiles, targetArches, type Platforms } from '../../support/electron-builder.ts'

/** The addons that load on each target: glibc builds only (Electron on Linux is glibc). */
const EXPECTED: Record<string, string[]> = {
  'linux x64': ['node_modules/argon2/prebuilds/linux-x64/argon2.glibc.node', 'node_modules/better-sqlite3/prebuilds/linux-x64.node'],
  'mac arm64': ['node_modules/argon2/prebuilds/darwin-arm64/argon2.armv8.glibc.node', 'node_modules/better-sqlite3/prebuilds/darwin-arm64.node'],
  'win x64': ['node_modules/argon2/prebuilds/win32-x64/argon2.glibc.node', 'node_modules/better-sqlite3/prebuilds/win32-x64.node']
}

let platforms: Platforms
beforeAll(async () => {
  platforms = await builderPlatforms()
}, 30_000)

describe('the native addons each package holds', () => {
  it('are built for exactly the targets above', () => {
    const targets = (['linux', 'mac', 'win'] as const).flatMap((name) => targetArches(platforms.config, name).map((arch) => `${name} ${arch}`))
    expect(targets.sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(Object.entries(EXPECTED))('%s: only its own prebuilds', async (target, expected) => {
    const [name, arch] = target.split(' ') as ['linux' | 'mac' | 'win', string]
    const files = await packedFiles(platforms, platforms[name], arch)
    expect(files).toContain('package.json')
    expect(files.filter((file) => file.endsWith('.node')).sort()).toEqual(expected)
  })
})
