// Issue 17, item 1: a theme's guided templates. Choosing one opens a new reflection with its
// structure in the body as ordinary rich text, a suggested title, "Started from: <its name>"
// and the caret on the first empty line; what is typed there is saved with the template's name
// as the prompt. Left untouched, nothing is saved. Screenshots at three sizes, light and dark.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { RichTextNode } from '../../src/shared/rich-text.ts'
import { templateById, templatesFor } from '../../src/shared/templates.ts'
import { themeById, type ThemeId } from '../../src/shared/themes.ts'
import { PASS_A } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { heading, isFocused, see, themeCard } from './support/screens.ts'
import { ANA } from './support/vault.ts'
import { visit, visitEverySize } from './support/visit.ts'

const LETTER = templateById('kind-letter')!
const EVENING = templateById('evening-without-phones')!

const body = (page: Page) => page.getByRole('textbox', { name: 'Reflection' })
const guides = (page: Page) => page.getByRole('region', { name: 'Start from a guide' })

async function openTheme(page: Page, themeId: ThemeId): Promise<void> {
  const theme = themeById(themeId)
  await themeCard(page, themeId).getByRole('button', { name: theme.title, exact: true }).click()
  await see(page.getByRole('main', { name: theme.title }))
}

const textOf = (node: RichTextNode | undefined): string => (node?.text ?? '') + (node?.content ?? []).map(textOf).join('')

describe('guided templates', () => {
  const app = useApp()

  test('a kind letter starts with its structure, its caret on the first empty line, and is saved with its name as the prompt', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await backend.profile.create({ displayName: ANA, passphrase: PASS_A })
    await open()
    await see(heading(page, `Hello, ${ANA}`))
    await openTheme(page, 'self-love')

    // Both of the theme's guides, each named by its title and described by its one line.
    const buttons = guides(page).getByRole('button')
    expect(await buttons.count()).toBe(templatesFor('self-love').length)
    const letter = guides(page).getByRole('button', { name: LETTER.title, exact: true })
    await see(letter)
    expect(await letter.getAttribute('aria-describedby')).toBeTruthy()
    const about = await page.locator(`[id="${await letter.getAttribute('aria-describedby')}"]`).textContent()
    expect(about).toBe(LETTER.description)
    await visitEverySize(page, 'templates-theme-self-love', findings)

    await letter.click()
    await see(page.getByRole('main', { name: 'Editor' }))
    await see(page.getByText(`Started from: ${LETTER.title}`))
    expect(await page.getByLabel('Title').inputValue()).toBe(LETTER.reflectionTitle)
    await see(body(page).getByRole('heading', { name: 'What I can see you have been carrying' }))
    await expect.poll(() => isFocused(body(page))).toBe(true)
    expect(await body(page).getAttribute('aria-describedby')).toBeTruthy()
    await visitEverySize(page, 'templates-editor-letter', findings)

    // The caret waits on the line under "Dear me,".
    await page.keyboard.type('You kept going this week, even on the days it was hard.')
    await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
    const [listed] = await backend.reflections.list()
    const stored = await backend.reflections.get({ id: listed!.id })
    expect(stored).toMatchObject({ themeId: 'self-love', prompt: LETTER.title, title: LETTER.reflectionTitle, titled: true })
    expect(stored.body.content!.slice(0, 3).map((n) => [n.type, textOf(n)])).toEqual([
      ['paragraph', 'Dear me,'],
      ['paragraph', 'You kept going this week, even on the days it was hard.'],
      ['heading', 'What I can see you have been carrying']
    ])
    expect(findings).toEqual([])
  })

  test('from the keyboard, a list guide starts on its first item; one left untouched saves nothing', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await backend.profile.create({ displayName: ANA, passphrase: PASS_A })
    await open()
    await see(heading(page, `Hello, ${ANA}`))
    await openTheme(page, 'quality-time')

    // Opened and left at once: nothing was written, so there is no reflection.
    const evening = guides(page).getByRole('button', { name: EVENING.title, exact: true })
    await evening.focus()
    await page.keyboard.press('Enter')
    await see(page.getByText(`Started from: ${EVENING.title}`))
    await page.getByRole('button', { name: `Back to ${themeById('quality-time').title}` }).click()
    await see(guides(page))
    expect(await backend.reflections.list()).toEqual([])

    await evening.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => isFocused(body(page))).toBe(true)
    await page.keyboard.type('Cook the soup from her grandmother’s card')
    await page.keyboard.press('Enter')
    await page.keyboard.type('A walk to the river')
    await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
    const [listed] = await backend.reflections.list()
    const stored = await backend.reflections.get({ id: listed!.id })
    expect(stored.prompt).toBe(EVENING.title)
    const list = stored.body.content!.find((n) => n.type === 'bulletList')!
    expect(list.content!.map(textOf).slice(0, 2)).toEqual(['Cook the soup from her grandmother’s card', 'A walk to the river'])

    // The trust theme shows its guide near the top too, beside what the vault asks of them.
    await page.getByRole('button', { name: 'Sevenfold', exact: true }).click()
    await openTheme(page, 'trust')
    await see(guides(page).getByRole('button', { name: templateById('keeping-to-myself')!.title, exact: true }))
    await visit(page, 'templates-theme-trust', findings)
    expect(findings).toEqual([])
  })
})
