import { describe, expect, test } from 'vitest'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { expectThemeCounts, heading, lock, pageHtml, see, seeAlert, unlock, WRONG_PASSPHRASE } from './support/screens.ts'

const SECRET_TITLE = 'The lantern we left on by the window'

describe('lock screen', () => {
  const app = useApp()

  test('locking drops the journal from the page; a wrong passphrase is refused and the right one opens it', async () => {
    const { page, backend, open, shot } = app()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'trust', title: SECRET_TITLE, body: paragraphDoc('Only for me.'), date: '2026-11-20' })
    await open()
    await see(heading(page, 'Hello, Ana'))
    await expectThemeCounts(page, { trust: 1 })
    await shot('1-home')

    await lock(page)
    await see(page.getByRole('heading', { name: 'Ana', level: 2 }))
    await shot('2-locked')
    expect((await backend.app.status()).unlockedProfileId).toBeNull()
    const html = await pageHtml(page)
    expect(html).not.toContain(SECRET_TITLE)
    expect(html).not.toContain('1 reflection')

    await unlock(page, 'Ana', 'not my passphrase at all')
    await seeAlert(page, WRONG_PASSPHRASE)
    await see(heading(page, 'Sevenfold is locked'))
    expect((await backend.app.status()).unlockedProfileId).toBeNull()
    await shot('3-wrong-passphrase')

    await unlock(page, 'Ana', PASS_A)
    await see(heading(page, 'Hello, Ana'))
    await expectThemeCounts(page, { trust: 1 })
    await shot('4-unlocked')
  })

  test('after repeated wrong tries it asks for a wait, rests the button, then lets them in', async () => {
    const { page, backend, open, shot } = app()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.session.lock()
    await open()
    const button = page.getByRole('button', { name: "Unlock Ana's journal" })
    for (let i = 0; i < 3; i++) {
      await unlock(page, 'Ana', `wrong guess number ${i}`)
      await seeAlert(page, WRONG_PASSPHRASE)
    }
    await seeAlert(page, 'Wait 1 second before the next try.')
    expect(await button.isDisabled()).toBe(true)
    await shot('1-waiting')

    await expect.poll(() => button.isEnabled(), { timeout: 5_000 }).toBe(true)
    await unlock(page, 'Ana', PASS_A)
    await see(heading(page, 'Hello, Ana'))
  })
})
