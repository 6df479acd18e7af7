import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { THEMES } from '../../src/shared/themes.ts'
import { PASS_A } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { seriousAccessibilityProblems } from './support/axe.ts'
import { heading, isFocused, lock, openNewReflection as openEditor, see, seeAlert, unlock } from './support/screens.ts'
import { visit } from './support/visit.ts'

const TRUST = THEMES.find((t) => t.id === 'trust')!

function openNewReflection(page: Page): Promise<void> {
  return openEditor(page, 'Ana', PASS_A, 'trust')
}

function body(page: Page) {
  return page.getByRole('textbox', { name: 'Reflection' })
}

async function seeSaved(page: Page): Promise<void> {
  await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
}

async function storedBodies(backend: SevenfoldBackend): Promise<string[]> {
  const headers = await backend.reflections.list()
  return Promise.all(headers.map(async (h) => JSON.stringify((await backend.reflections.get({ id: h.id })).body)))
}

describe('editor', () => {
  const app = useApp()

  test('a reflection written with shortcuts and the toolbar is saved, and reopens with its formatting after a lock', async () => {
    const { page, backend, open, shot } = app()
    await open()
    await openNewReflection(page)
    await expect.poll(() => page.getByLabel('Date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await page.getByLabel('Theme').inputValue()).toBe('trust')
    // The theme's prompt for today is the empty body's placeholder (a hint only: nothing was chosen).
    expect(await page.locator('#reflection-body p').getAttribute('data-placeholder')).toBeTruthy()
    await shot('0-new')

    await page.getByLabel('Title').fill('Sunday morning')
    await body(page).click()
    await page.keyboard.type('## What I noticed')
    await page.keyboard.press('Enter')
    await page.keyboard.type('It was ')
    await page.keyboard.press('Control+b')
    await page.keyboard.type('really')
    await page.keyboard.press('Control+b')
    await page.keyboard.type(' good -- and "quiet"...')
    await page.keyboard.press('Enter')
    await page.keyboard.type('- coffee on the balcony')
    await page.keyboard.press('Enter')
    await page.keyboard.type('no phones')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.type('[ ] ask about the trip')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.type('See ')

    // A link through the toolbar: other schemes are refused with a message.
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' })
    await toolbar.getByRole('button', { name: 'Link' }).click()
    await page.getByLabel('Link address').fill('javascript:alert(1)')
    await page.getByRole('button', { name: 'Add link' }).click()
    await seeAlert(page, 'Only web addresses')
    expect(await seriousAccessibilityProblems(page)).toEqual([])
    await page.getByLabel('Link address').fill('example.org/notes')
    await page.getByRole('button', { name: 'Add link' }).click()
    await see(page.locator('#reflection-body a[href="https://example.org/notes"]'))
    await page.keyboard.press('Enter')
    await page.keyboard.type('> Being ')
    await toolbar.getByRole('button', { name: 'Highlight' }).click()
    expect(await toolbar.getByRole('button', { name: 'Highlight' }).getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.type('listened to')
    await page.keyboard.press('Control+Shift+h')
    await page.keyboard.press('Control+i')
    await page.keyboard.type(' is a gift.')
    expect(await toolbar.getByRole('button', { name: 'Bold' }).getAttribute('title')).toBe('Bold (Ctrl+B)')

    await seeSaved(page)
    await see(page.getByText(/\d+ words · \d+ characters/))
    await shot('1-light')
    expect(await seriousAccessibilityProblems(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot('2-dark')
    expect(await seriousAccessibilityProblems(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'light' })

    const [stored] = await storedBodies(backend)
    expect(stored).toContain('"type":"heading"')
    expect(stored).toContain('"type":"bold"')
    expect(stored).toContain('"type":"bulletList"')
    expect(stored).toContain('"type":"taskList"')
    expect(stored).toContain('"href":"https://example.org/notes"')
    expect(stored).toContain('"type":"blockquote"')
    expect(stored).toContain('"type":"highlight"')
    expect(stored).toContain('"type":"italic"')
    expect(stored).toContain('good — and “quiet”…')
    const [header] = await backend.reflections.list()
    expect(header).toMatchObject({ title: 'Sunday morning', themeId: 'trust' })

    await lock(page)
    await unlock(page, 'Ana', PASS_A)
    await see(heading(page, 'Hello, Ana'))
    await page.getByRole('button', { name: TRUST.title, exact: true }).click()
    await page.getByRole('button', { name: /Sunday morning/ }).click()
    await see(page.getByRole('heading', { name: 'What I noticed', level: 2 }))
    const editor = page.locator('#reflection-body')
    expect(await editor.locator('strong').textContent()).toBe('really')
    expect(await editor.locator('blockquote mark').textContent()).toBe('listened to')
    expect(await editor.locator('ul:not([data-type]) li').count()).toBe(2)
    expect(await editor.locator('ul[data-type="taskList"] li').count()).toBe(1)
    const link = editor.locator('a')
    expect(await link.getAttribute('href')).toBe('https://example.org/notes')
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(await page.getByLabel('Title').inputValue()).toBe('Sunday morning')
    await shot('3-reopened')
  })

  test('a save that fails keeps the text, says why, and succeeds on trying again', async () => {
    const { page, backend, open, shot } = app()
    await open()
    await openNewReflection(page)
    await body(page).click()
    await page.keyboard.type('First words.')
    await seeSaved(page)

    // The backend locks behind the editor's back (as on an idle timeout in the main process).
    await backend.session.lock()
    await page.keyboard.type(' Written while locked.')
    await seeAlert(page, /^Not saved: Your journal is locked\. Unlock it to go on\. Your text is still here/)
    await see(page.getByRole('status').filter({ hasText: 'Not saved' }))
    expect(await body(page).textContent()).toBe('First words. Written while locked.')
    await shot('1-save-failed')
    expect(await seriousAccessibilityProblems(page)).toEqual([])

    const [profile] = (await backend.app.status()).profiles
    await backend.session.unlock({ profileId: profile!.id, passphrase: PASS_A })
    await page.getByRole('button', { name: 'Try again' }).click()
    await seeSaved(page)
    expect(await storedBodies(backend)).toEqual([expect.stringContaining('First words. Written while locked.')])
  })

  test('leaving the editor saves what was typed at once, without waiting for a pause', async () => {
    const { page, backend, open } = app()
    await open()
    await openNewReflection(page)
    await body(page).click()
    await page.keyboard.type('Typed just before leaving.')
    await page.getByRole('button', { name: `Back to ${TRUST.title}` }).click()
    await see(heading(page, TRUST.title))
    await expect.poll(() => storedBodies(backend)).toEqual([expect.stringContaining('Typed just before leaving.')])
  })

  for (const how of ['the Lock button', 'Ctrl+L'] as const) {
    test(`locking with ${how} right after typing still saves the last words`, async () => {
      const { page, backend, open } = app()
      await open()
      await openNewReflection(page)
      await body(page).click()
      await page.keyboard.type('The very last words.')
      if (how === 'Ctrl+L') {
        await page.keyboard.press('Control+l')
        await see(heading(page, 'Welcome back'))
      } else {
        await lock(page)
      }
      expect(await backend.app.status()).toMatchObject({ unlockedProfileId: null })
      await unlock(page, 'Ana', PASS_A)
      await see(heading(page, 'Hello, Ana'))
      expect(await storedBodies(backend)).toEqual([expect.stringContaining('The very last words.')])
    })
  }

  test('a body with parts this version does not know opens read-only and is never overwritten', async () => {
    const { page, backend, open } = app()
    await open()
    await openNewReflection(page)
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Written by a newer version.' }] },
        { type: 'futureWidget', attrs: { mood: 'calm' } }
      ]
    }
    await backend.reflections.create({ themeId: 'trust', title: 'From the future', body })
    await page.getByRole('button', { name: `Back to ${TRUST.title}` }).click()
    await page.getByRole('button', { name: /From the future/ }).click()
    await seeAlert(page, 'open for reading only')
    await see(page.locator('#reflection-body').getByText('Written by a newer version.'))
    expect(await page.locator('#reflection-body').getAttribute('contenteditable')).toBe('false')
    expect(await page.getByRole('toolbar').count()).toBe(0)
    await page.getByRole('button', { name: `Back to ${TRUST.title}` }).click()
    await see(heading(page, TRUST.title))
    const [header] = await backend.reflections.list()
    expect((await backend.reflections.get({ id: header!.id })).body).toEqual(body)
  })

  test('a reflection that is gone by the time it is opened says so', async () => {
    const { page, backend, open } = app()
    await open()
    await openNewReflection(page)
    const { id } = await backend.reflections.create({ themeId: 'trust', title: 'Soon gone elsewhere', body: { type: 'doc', content: [{ type: 'paragraph' }] } })
    await page.getByRole('button', { name: `Back to ${TRUST.title}` }).click()
    const row = page.getByRole('button', { name: /Soon gone elsewhere/ })
    await see(row)
    await backend.reflections.delete({ id })
    await row.click()
    await seeAlert(page, 'That reflection is not in your journal.')
    await page.getByRole('button', { name: 'Back to the theme' }).click()
    await see(heading(page, TRUST.title))
  })

  test('deleting asks first in a dialog that keeps focus and closes on Escape', async () => {
    const { page, backend, open, shot } = app()
    await open()
    await openNewReflection(page)
    await page.getByLabel('Title').fill('To be deleted')
    await body(page).click()
    await page.keyboard.type('Soon gone.')
    await seeSaved(page)

    // "Print…" and "Delete…" read as buttons, bordered like Lock, not as plain text.
    const findings: string[] = []
    for (const name of ['Print…', 'Delete…']) {
      const look = await page.getByRole('button', { name }).evaluate((el) => {
        const style = el.ownerDocument.defaultView!.getComputedStyle(el)
        return { border: style.borderTopWidth, colour: style.borderTopColor }
      })
      expect(look.border, name).not.toBe('0px')
      expect(look.colour, name).not.toBe('rgba(0, 0, 0, 0)')
    }
    await visit(page, 'editor-bar', findings)
    expect(findings).toEqual([])

    await page.getByRole('button', { name: 'Delete…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete this reflection?' })
    await see(dialog)
    expect(await dialog.getAttribute('aria-modal')).toBe('true')
    const keep = dialog.getByRole('button', { name: 'Keep it' })
    const remove = dialog.getByRole('button', { name: 'Delete', exact: true })
    expect(await isFocused(keep)).toBe(true)
    await page.keyboard.press('Tab')
    expect(await isFocused(remove)).toBe(true)
    await page.keyboard.press('Tab')
    expect(await isFocused(keep)).toBe(true)
    await shot('1-confirm')
    expect(await seriousAccessibilityProblems(page)).toEqual([])
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await backend.reflections.list()).toHaveLength(1)

    await page.getByRole('button', { name: 'Delete…' }).click()
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click()
    await see(heading(page, TRUST.title))
    expect(await backend.reflections.list()).toEqual([])
  })
})
