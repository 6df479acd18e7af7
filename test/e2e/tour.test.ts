import { describe, expect, test } from 'vitest'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { beginFirstRun, createJournal, heading, lock, see, themeCard } from './support/screens.ts'
import { visit } from './support/visit.ts'

describe('a tour of every screen', () => {
  const app = useApp()

  test('every screen, in light and dark, has no serious or critical accessibility problems', async () => {
    const { page, backend, open } = app()
    const findings: string[] = []
    await open()
    await see(heading(page, 'Welcome to Sevenfold'))
    await visit(page, '00-welcome', findings)
    await beginFirstRun(page)
    await visit(page, '01-first-run', findings)

    await createJournal(page, 'Ana', PASS_A)
    await visit(page, '02-recovery-code', findings)
    await page.getByRole('button', { name: 'I have written it down' }).click()
    await see(heading(page, "Add your partner's journal now?"))
    await visit(page, '03-add-partner-question', findings)
    await page.getByRole('button', { name: 'Not now' }).click()

    for (const [i, title] of ['Pancakes and plans', 'The long walk home', 'What I did not say'].entries()) {
      await backend.reflections.create({ themeId: 'trust', title, body: paragraphDoc(`A few honest lines, number ${i + 1}.`), date: `2026-11-0${i + 1}` })
    }
    await page.reload()
    await see(heading(page, 'Hello, Ana'))
    await visit(page, '04-home', findings)

    await themeCard(page, 'trust').getByRole('button').first().click()
    await see(page.getByRole('button', { name: /The long walk home/ }))
    await visit(page, '05-theme', findings)

    await page.getByRole('button', { name: /The long walk home/ }).click()
    const editor = page.getByRole('main', { name: /Editor/ })
    await see(editor)
    await see(page.getByText('A few honest lines, number 2.'))
    await visit(page, '06-editor', findings)

    await page.getByRole('button', { name: 'Settings' }).click()
    await see(heading(page, 'Settings'))
    await visit(page, '07-settings', findings)

    await lock(page)
    await visit(page, '08-lock', findings)
    await page.getByRole('button', { name: /Forgot\? Use your recovery code/ }).click()
    await see(page.getByLabel(/Recovery code/))
    await visit(page, '09-recover', findings)

    expect(findings).toEqual([])
  })
})
