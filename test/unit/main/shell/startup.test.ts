import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble } from '../../../support/electron-double.ts'
import { AppError } from '../../../../src/shared/errors.ts'
import { claimSingleInstance } from '../../../../src/main/shell/app.ts'
import { devServerUrl, reportStartupFailure } from '../../../../src/main/shell/startup.ts'
import { realBackend, tempDir } from '../../../support/real-backend.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

beforeEach(() => electronDouble.reset())
afterEach(() => vi.restoreAllMocks())

describe('startup', () => {
  it('reports a corrupt journal file, quits, and leaves the file exactly as it was', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'sevenfold.db')
    const junk = Buffer.from('this is not a database, but it is somebody’s file '.repeat(200))
    fs.writeFileSync(file, junk)
    const failure = await realBackend(dir).then(
      () => null,
      (error: unknown) => error
    )
    expect(failure).toMatchObject({ code: 'DATABASE_CORRUPT' })
    reportStartupFailure(failure)
    expect(electronDouble.errorBoxes).toEqual([{ title: 'Sevenfold cannot open your journal', content: (failure as AppError).message }])
    expect(electronDouble.quitCalls).toBe(1)
    expect(fs.readFileSync(file).equals(junk)).toBe(true)
    expect(fs.readdirSync(dir)).toEqual(['sevenfold.db'])
  })

  it('tells the person to update when the journal is from a newer version', () => {
    reportStartupFailure(new AppError('DATABASE_NEWER', 'This journal was written by a newer Sevenfold.'))
    expect(electronDouble.errorBoxes).toEqual([{ title: 'Sevenfold needs updating', content: 'This journal was written by a newer Sevenfold.' }])
    expect(electronDouble.quitCalls).toBe(1)
  })

  it('never shows the text of an unexpected error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    reportStartupFailure(new Error('secret words from a reflection'))
    expect(electronDouble.errorBoxes[0]?.content).not.toContain('secret')
    expect(electronDouble.quitCalls).toBe(1)
  })

  it('refuses to run as a second instance', () => {
    expect(claimSingleInstance()).not.toBeNull()
    electronDouble.singleInstance = false
    expect(claimSingleInstance()).toBeNull()
  })
})

describe('devServerUrl', () => {
  it('is used only unpackaged and only on this computer', () => {
    expect(devServerUrl(false, 'http://localhost:5173/')).toBe('http://localhost:5173/')
    expect(devServerUrl(false, 'http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/')
    expect(devServerUrl(true, 'http://localhost:5173/')).toBeUndefined()
    expect(devServerUrl(false, 'https://evil.example/')).toBeUndefined()
    expect(devServerUrl(false, 'http://localhost.evil.example/')).toBeUndefined()
    expect(devServerUrl(false, 'file:///elsewhere/index.html')).toBeUndefined()
    expect(devServerUrl(false, 'nonsense')).toBeUndefined()
    expect(devServerUrl(false, undefined)).toBeUndefined()
  })
})
