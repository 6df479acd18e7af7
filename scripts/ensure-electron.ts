// Run before `npm start` and `npm run dev` (issue 15, item 13): makes sure there is an Electron to
// run. ELECTRON_OVERRIDE_DIST_PATH, when it names one, is used as electron's index.js would (its
// install.js would still download); otherwise electron's own install.js downloads it once. When
// that fails, one sentence says what, why and what to do, in place of install.js's stack trace.

import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }

function fail(sentence: string): never {
  console.error(`\n${sentence}\n`)
  process.exit(1)
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
if (override) {
  // Where electron's index.js looks in that folder: its path.txt, or `electron`.
  const pathFile = join(electronDir, 'path.txt')
  const executable = join(override, existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron')
  if (isExecutable(executable)) process.exit(0)
  fail(
    `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but there is no Electron to run at ${executable}: ` +
      `point it at the folder of an Electron ${version} on this computer, or unset it to download one.`
  )
}

const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' })
if (install.status === 0) process.exit(0)
// install.js prints the error's stack; its first line says what went wrong ("TypeError: fetch failed").
const reason =
  install.stderr
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim() ?? `exit code ${install.status}`
fail(
  `Could not download Electron ${version} (${reason}), the program that runs Sevenfold's window, which ` +
    `npm start and npm run dev fetch once from Electron's releases. Connect this computer to the internet; ` +
    `behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=true; or set ELECTRON_OVERRIDE_DIST_PATH ` +
    `to the folder of an Electron ${version} already on this computer. Then run the command again.`
)
