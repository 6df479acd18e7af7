// Everything on a page that should never happen: console errors, uncaught exceptions,
// Content-Security-Policy violations and requests the app should not make.
// A test passes only if this list is empty at its end.

import type { Page } from 'playwright-core'

// Runs in the page before its own scripts; violations go straight to the test process.
const CSP_LISTENER = `
  addEventListener('securitypolicyviolation', (event) => {
    window.__sevenfoldCspViolation(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') +
      ' at ' + event.sourceFile + ':' + event.lineNumber)
  }, true)
`

export async function watchForProblems(page: Page, problems: string[]): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught in page: ${error.message}`))
  await page.exposeBinding('__sevenfoldCspViolation', (_source, text: string) => {
    problems.push(`CSP violation: ${text}`)
  })
  await page.addInitScript({ content: CSP_LISTENER })
}
