// Issue 16, item 4: a reflection started from a theme's prompt keeps it above the body while
// it is written and read again, its writer can remove it, and one left without a title is
// listed under its first line.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { themeById } from '../../src/shared/themes.ts'
import { PASS_A } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { seriousAccessibilityProblems } from './support/axe.ts'
import { isFocused, see, startJournal, themeCard } from './support/screens.ts'

const APPRECIATION = themeById('appreciation')
const PROMPT = APPRECIATION.prompts[1]!

function body(page: Page) {
  return page.getByRole('textbox', { name: 'Reflection' })
}

async function openAppreciation(page: Page): Promise<void> {
  await themeCard(page, 'appreciation').getByRole('button', { name: APPRECIATION.title, exact: true }).click()
  await see(page.getByRole('main', { name: APPRECIATION.title }))
}

describe('a reflection started from a prompt', () => {
  const app = useApp()

  test('keeps the prompt above the body, is listed under its first line, and opens again with the prompt', async () => {
    const { page, backend, open, shot } = app()
    await open()
    await startJournal(page, 'Ana', PASS_A)
    await openAppreciation(page)
    await page.getByRole('button', { name: PROMPT, exact: true }).click()
    await see(page.getByRole('main', { name: 'Editor' }))

    // Started from a prompt, the caret waits in the body, which names the prompt as its description.
    const started = page.getByText(`Started from: ${PROMPT}`)
    await see(started)
    await expect.poll(() => isFocused(body(page))).toBe(true)
    expect(await body(page).getAttribute('aria-describedby')).toBeTruthy()
    await page.keyboard.type('He carried the shopping up four floors')
    await page.keyboard.press('Enter')
    await page.keyboard.type('and never said a word about it.')
    await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
    await see(started)
    expect(await page.getByLabel('Title').inputValue()).toBe('')
    expect(await seriousAccessibilityProblems(page)).toEqual([])

    for (const [width, height] of [
      [800, 600],
      [1600, 1000]
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.mouse.move(0, 0)
      await shot(`${width}-light`)
      await page.emulateMedia({ colorScheme: 'dark' })
      await shot(`${width}-dark`)
      expect(await seriousAccessibilityProblems(page)).toEqual([])
      await page.emulateMedia({ colorScheme: 'light' })
    }
    await page.setViewportSize({ width: 1100, height: 760 })

    const [stored] = await backend.reflections.list()
    expect(await backend.reflections.get({ id: stored!.id })).toMatchObject({ prompt: PROMPT, titled: false, title: 'He carried the shopping up four floors' })

    // The theme's list shows it under its first line, with the rest of its words after.
    await page.getByRole('button', { name: `Back to ${APPRECIATION.title}` }).click()
    const row = page.getByRole('list', { name: 'Your reflections' }).getByRole('listitem').first()
    await see(row)
    expect(await row.textContent()).toMatch(/^He carried the shopping up four floors.*and never said a word about it\.\d+ words$/)
    expect(await row.textContent()).not.toContain('Untitled')
    await shot('list')

    // Opened again, to read: the prompt is still there; removing it is kept.
    await row.getByRole('button').click()
    await see(page.getByText(`Started from: ${PROMPT}`))
    expect(await page.getByLabel('Title').inputValue()).toBe('')
    await page.getByRole('button', { name: 'Remove the prompt' }).click()
    await expect.poll(() => page.getByText('Started from:').count()).toBe(0)
    await expect.poll(async () => (await backend.reflections.get({ id: stored!.id })).prompt).toBeNull()
    expect(await body(page).getAttribute('aria-describedby')).toBeNull()
  })

  test('a blank new reflection starts in its title, and a typed title wins over the first line', async () => {
    const { page, backend, open } = app()
    await open()
    await startJournal(page, 'Ana', PASS_A)
    await page.getByRole('button', { name: `New reflection in ${APPRECIATION.title}` }).click()
    await see(page.getByRole('main', { name: 'Editor' }))
    await expect.poll(() => isFocused(page.getByLabel('Title'))).toBe(true)
    expect(await page.getByText('Started from:').count()).toBe(0)
    await page.keyboard.type('Tea, unasked')
    await body(page).click()
    await page.keyboard.type('You made tea without asking.')
    await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
    const [stored] = await backend.reflections.list()
    expect(stored).toMatchObject({ title: 'Tea, unasked', titled: true })
    expect((await backend.reflections.get({ id: stored!.id })).prompt).toBeNull()
  })
})
