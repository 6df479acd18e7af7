// The journal's top bar: on one line in a small window with the largest text, in view while a
// long page scrolls, and lined up with the content on a wide window.

import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { PASS_A } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { PROJECT } from './support/page.ts'
import { heading, see } from './support/screens.ts'

interface Box {
  x: number
  y: number
  width: number
  height: number
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox()
  if (!found) throw new Error(`${selector} is not on screen`)
  return found
}

/** Whether every button of the bar is whole on screen, on one line, beside the others. */
async function barOnOneLine(page: Page): Promise<boolean> {
  return page.locator('.topbar button').evaluateAll((buttons) => {
    const rects = buttons.map((b) => b.getBoundingClientRect())
    const middle = (rects[0]!.top + rects[0]!.bottom) / 2
    const view = buttons[0]!.ownerDocument.defaultView!
    const width = view.document.documentElement.clientWidth
    return buttons.every((b, i) => {
      const r = rects[i]!
      const lineHeight = Number.parseFloat(view.getComputedStyle(b).lineHeight)
      return r.top < middle && r.bottom > middle && r.left >= 0 && r.right <= width && r.height < lineHeight * 2
    })
  })
}

describe('the top bar', () => {
  const app = useApp()

  test('stays on one line at 800×600 with the largest text, and in view while the page scrolls', async () => {
    const { page, backend, open, shot } = app()
    const ana = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.session.unlock({ profileId: ana.profileId, passphrase: PASS_A })
    await backend.settings.update({ textSize: 'large', appearance: 'dark' })
    await page.setViewportSize({ width: 800, height: 600 })
    await open()
    await see(heading(page, 'Hello, Ana'))
    expect(await page.evaluate('getComputedStyle(document.documentElement).fontSize')).toBe('19px')

    // The step above "Large", chosen as a person would.
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    await page.getByRole('radio', { name: 'Larger' }).check()
    await expect.poll(() => page.evaluate('getComputedStyle(document.documentElement).fontSize')).toBe('23px')
    expect((await backend.settings.get()).textSize).toBe('larger')
    await page.locator('.topbar .brand').click()
    await see(heading(page, 'Hello, Ana'))

    expect(await barOnOneLine(page)).toBe(true)
    await shot('1-800-larger-dark')

    await page.mouse.wheel(0, 2000)
    await expect.poll(() => page.evaluate('window.scrollY')).toBeGreaterThan(300)
    expect((await box(page, '.topbar')).y).toBe(0)
    await see(page.getByRole('button', { name: 'Lock' }))
    // Not full-page: what the window shows once scrolled.
    await page.screenshot({ path: join(PROJECT, 'test-results/e2e/the-top-bar-2-800-scrolled.png') })
  })

  test('lines up with the content on a wide window', async () => {
    const { page, backend, open, shot } = app()
    const ana = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.session.unlock({ profileId: ana.profileId, passphrase: PASS_A })
    await page.setViewportSize({ width: 1600, height: 1000 })
    await open()
    const greeting = heading(page, 'Hello, Ana')
    await see(greeting)

    const brand = await box(page, '.topbar .brand')
    const lockButton = await box(page, '.topbar > button')
    const title = (await greeting.boundingBox())!
    const content = await box(page, 'main.home')
    expect(Math.abs(brand.x - title.x)).toBeLessThanOrEqual(2)
    expect(Math.abs(lockButton.x + lockButton.width - (content.x + content.width - 32))).toBeLessThanOrEqual(2)
    await shot('3-1600-light')

    // The calendar is wider, to fit titles in its days: the bar follows its column there.
    await page.getByRole('button', { name: 'Calendar' }).click()
    const calendarTitle = heading(page, 'Calendar')
    await see(calendarTitle)
    expect(Math.abs((await box(page, '.topbar .brand')).x - (await calendarTitle.boundingBox())!.x)).toBeLessThanOrEqual(2)
  })
})
