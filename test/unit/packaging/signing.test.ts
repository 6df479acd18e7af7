// Issue 15, item 2: an unsigned macOS arm64 build must start. Flipping the fuses rewrites the
// Electron binary, which breaks its ad-hoc signature, and Apple silicon kills a binary whose
// signature is broken. With no signing identity on the build machine electron-builder skips signing
// (MacTargetHelper.findSigningIdentity), so nothing would mend it; @electron/fuses re-seals it
// ad hoc when asked to (resetAdHocDarwinSignature). A real release still signs over that with its
// Developer ID (docs/releasing.md), which `mac.identity: '-'` would prevent.

import { beforeAll, describe, expect, it } from 'vitest'
import { builderPlatforms, type Platforms } from '../../support/electron-builder.ts'

let platforms: Platforms
beforeAll(async () => {
  platforms = await builderPlatforms()
}, 30_000)

describe('the macOS package', () => {
  it('asks @electron/fuses, through electron-builder, to re-seal the ad-hoc signature after flipping', async () => {
    // electron-builder's own translation of electronFuses into what it hands to flipFuses.
    const mac = platforms.mac as unknown as { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> }
    const handed = await mac.generateFuseConfig(platforms.config.electronFuses)
    expect(handed.resetAdHocDarwinSignature).toBe(true)
  })

  it('leaves the identity to the machine that builds a release, with the hardened runtime notarising needs', () => {
    const options = platforms.mac.platformSpecificBuildOptions
    // '-' would sign ad hoc even where a Developer ID is at hand; null would never sign.
    expect(options.identity).toBeUndefined()
    expect(options.hardenedRuntime).toBe(true)
    expect(options.notarize).not.toBe(false)
  })
})
