// The right-click menu, from the page's side (issue 15, item 6). The menu is native (the shell's,
// tested with the electron double); here: the page leaves a right-click, the Menu key and
// Shift+F10 to Chromium, which then sends the shell 'context-menu', and the places one writes
// are spell-checked, so a misspelt word comes with its suggestions.

import { describe, expect, test } from 'vitest'
import { PASS_A } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { openNewReflection } from './support/screens.ts'

describe('the context menu', () => {
  const app = useApp()

  test('the editor is spell-checked, and a right-click, the Menu key and Shift+F10 all reach the context menu', async () => {
    const { page, open } = app()
    await open()
    await openNewReflection(page, 'Ana', PASS_A, 'trust')
    const body = page.getByRole('textbox', { name: 'Reflection' })
    const title = page.getByLabel('Title')
    const spellChecked = (element: unknown) => (element as { spellcheck: boolean }).spellcheck
    expect([await body.evaluate(spellChecked), await title.evaluate(spellChecked)]).toEqual([true, true])
    await body.click()
    await page.keyboard.type('A quiet mornign')

    // Seen last, at the window: whether anything in the page kept Chromium from its context menu.
    await page.evaluate(
      `window.menus = []; addEventListener('contextmenu', (e) => menus.push({ prevented: e.defaultPrevented, inEditor: !!e.target.closest?.('[contenteditable="true"]') }))`
    )
    await page.keyboard.press('Shift+F10')
    await page.keyboard.press('ContextMenu')
    await body.click({ button: 'right' })
    await title.click({ button: 'right' })
    const menus = (await page.evaluate('window.menus')) as { prevented: boolean; inEditor: boolean }[]
    expect(menus).toEqual([
      { prevented: false, inEditor: true },
      { prevented: false, inEditor: true },
      { prevented: false, inEditor: true },
      { prevented: false, inEditor: false }
    ])
  })
})
