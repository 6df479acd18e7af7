import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCK_APPEARANCE_FILE, lockAppearance, readLockAppearance } from '../../../../src/main/app/lock-appearance.ts'
import { PAPER, windowBackground } from '../../../../src/main/shell/window-background.ts'
import { useTempDirs } from '../../../support/temp-dir.ts'

const tempDir = useTempDirs()

describe('the lock screen’s appearance', () => {
  it('is the system’s when nothing, or anything but one of the three words, was kept', async () => {
    const dir = tempDir()
    expect(readLockAppearance(dir)).toBe('system')
    for (const planted of ['purple', 'dark; background: url(x)', '', 'DARK']) {
      writeFileSync(join(dir, LOCK_APPEARANCE_FILE), planted)
      expect(readLockAppearance(dir)).toBe('system')
    }
    await lockAppearance(dir).remember('light')
    expect(readLockAppearance(dir)).toBe('light')
  })

  it('never waits on, or follows, what is planted in its place (found in review)', () => {
    const dir = tempDir()
    const file = join(dir, LOCK_APPEARANCE_FILE)
    // A named pipe: reading it whole would wait for a writer that never comes, before the window opens.
    execFileSync('mkfifo', [file])
    expect(readLockAppearance(dir)).toBe('system')
    const other = tempDir()
    writeFileSync(join(other, 'elsewhere'), 'dark')
    const linked = tempDir()
    symlinkSync(join(other, 'elsewhere'), join(linked, LOCK_APPEARANCE_FILE))
    expect(readLockAppearance(linked)).toBe('system')
    const folder = tempDir()
    mkdirSync(join(folder, LOCK_APPEARANCE_FILE))
    expect(readLockAppearance(folder)).toBe('system')
    const big = tempDir()
    writeFileSync(join(big, LOCK_APPEARANCE_FILE), `dark${' '.repeat(5_000_000)}`)
    expect(readLockAppearance(big)).toBe('system')
  })

  it('paints the window in the paper of the kept appearance, or the system’s', () => {
    expect(windowBackground('dark', false)).toBe(PAPER.dark)
    expect(windowBackground('light', true)).toBe(PAPER.light)
    expect(windowBackground('system', true)).toBe(PAPER.dark)
    expect(windowBackground('system', false)).toBe(PAPER.light)
  })
})
