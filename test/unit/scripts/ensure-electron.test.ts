// scripts/ensure-electron.ts, run as `npm start` and `npm run dev` run it (issue 15, item 13), in a
// child process on this Node. The download is made to fail the same way everywhere: Electron's
// downloader is pointed at a closed port on this machine, with an empty cache, for a platform
// whose Electron is surely not installed here (so install.js does try).

import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT } from '../../support/electron-builder.ts'
import { useTempDirs } from '../../support/temp-dir.ts'

const tempDir = useTempDirs()
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))

function ensure(env: Record<string, string>) {
  const { ELECTRON_OVERRIDE_DIST_PATH: _unset, ...inherited } = process.env
  const failingDownload = {
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    electron_config_cache: tempDir(),
    ELECTRON_INSTALL_PLATFORM: 'win32',
    ELECTRON_INSTALL_ARCH: 'x64'
  }
  const run = spawnSync(process.execPath, [join(PROJECT, 'scripts/ensure-electron.ts')], {
    env: { ...inherited, ...failingDownload, ...env },
    encoding: 'utf8',
    timeout: 60_000
  })
  return { status: run.status, stderr: run.stderr }
}

describe('before npm start and npm run dev', () => {
  it('says in a sentence that Electron could not be downloaded, why it is needed and what to do, and fails', () => {
    const { status, stderr } = ensure({})
    expect(status).toBe(1)
    const sentence = stderr.trim()
    expect(sentence).toMatch(/^Could not download Electron 45\.5\.0 \(TypeError: fetch failed\), the program that runs Sevenfold's window/)
    for (const remedy of ['internet', 'HTTPS_PROXY and ELECTRON_GET_USE_PROXY=true', 'ELECTRON_OVERRIDE_DIST_PATH']) expect(sentence).toContain(remedy)
    // Not install.js's stack trace.
    expect(sentence).not.toMatch(/\n\s+at /)
  })

  it('downloads nothing when ELECTRON_OVERRIDE_DIST_PATH holds an Electron', () => {
    const dist = tempDir()
    const pathFile = join(electronDir, 'path.txt')
    const executable = join(dist, existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron')
    mkdirSync(dirname(executable), { recursive: true })
    writeFileSync(executable, '#!/bin/sh\n')
    chmodSync(executable, 0o755)
    expect(ensure({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({ status: 0, stderr: '' })
  })

  it('says so when ELECTRON_OVERRIDE_DIST_PATH names a folder without one', () => {
    const dist = tempDir()
    const { status, stderr } = ensure({ ELECTRON_OVERRIDE_DIST_PATH: dist })
    expect(status).toBe(1)
    expect(stderr).toContain(`ELECTRON_OVERRIDE_DIST_PATH is set to ${dist}, but there is no Electron to run at`)
  })
})

describe('package.json', () => {
  it('runs it before npm start and npm run dev', () => {
    const { scripts } = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect([scripts.prestart, scripts.predev]).toEqual(['node scripts/ensure-electron.ts', 'node scripts/ensure-electron.ts'])
  })
})
