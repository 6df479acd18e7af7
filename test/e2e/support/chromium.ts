// Launches Debian's Chromium (never Playwright's own download). A missing browser is a
// failure with the fix in the message, not a skip: skipped browser tests pass silently.

import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const DEFAULT_EXECUTABLE = '/usr/bin/chromium'

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export function chromiumPath(): string {
  return process.env.SEVENFOLD_CHROMIUM || DEFAULT_EXECUTABLE
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!existsSync(executablePath)) {
    throw new Error(
      `The browser tests need Chromium at ${executablePath}, and it is not there. ` +
        'On Debian install it with `apt-get install -y chromium` (as root), or point SEVENFOLD_CHROMIUM at a Chromium binary.'
    )
  }
  return chromium.launch({ executablePath, args: ARGS, headless: true })
}
