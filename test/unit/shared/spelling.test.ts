import { describe, expect, it } from 'vitest'
import { platformOfNavigator, SPELLING_NOTES, spellingSystem } from '../../../src/shared/spelling.ts'

describe('the spell checker a computer gives', () => {
  it('is the system’s own on macOS and Windows, and none on Linux, which has only Hunspell’s downloads', () => {
    expect(['darwin', 'win32', 'linux', 'freebsd'].map(spellingSystem)).toEqual(['macos', 'windows', 'none', 'none'])
  })

  it('is read the same from the page, by the platform Chromium reports', () => {
    const pages = { MacIntel: 'darwin', Win32: 'win32', 'Linux x86_64': 'linux', 'Linux aarch64': 'linux', '': 'linux' }
    for (const [reported, platform] of Object.entries(pages)) expect(platformOfNavigator(reported), reported).toBe(platform)
  })

  it('is said plainly in Settings, and where there is none, why', () => {
    expect(SPELLING_NOTES.none).toMatch(/not checked.*never goes online/)
    expect(SPELLING_NOTES.macos).toMatch(/your Mac/)
    expect(SPELLING_NOTES.windows).toMatch(/Windows/)
  })
})
