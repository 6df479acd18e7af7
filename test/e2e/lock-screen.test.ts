import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, test } from 'vitest'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { expectThemeCounts, heading, lock, pageHtml, see, seeAlert, unlock, WRONG_PASSPHRASE } from './support/screens.ts'
import { visit } from './support/visit.ts'

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
    // The brand reads as the app's name, in the text's own colour, not greyed like something disabled.
    const findings: string[] = []
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      const brand = await page.getByRole('button', { name: 'Sevenfold' }).evaluate((el) => {
        const style = el.ownerDocument.defaultView!.getComputedStyle(el)
        return { colour: style.color, weight: Number(style.fontWeight) }
      })
      const text = String(await page.evaluate('getComputedStyle(document.body).color'))
      expect(brand.colour, colorScheme).toBe(text)
      expect(brand.weight, colorScheme).toBeGreaterThanOrEqual(600)
    }
    await visit(page, 'home-topbar', findings)
    expect(findings).toEqual([])

    await lock(page)
    await see(page.getByRole('heading', { name: 'Ana', level: 2 }))
    await shot('2-locked')
    expect((await backend.app.status()).unlockedProfileId).toBeNull()
    const html = await pageHtml(page)
    expect(html).not.toContain(SECRET_TITLE)
    expect(html).not.toContain('1 reflection')

    await unlock(page, 'Ana', 'not my passphrase at all')
    await seeAlert(page, WRONG_PASSPHRASE)
    await see(heading(page, 'Welcome back'))
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

describe('home after the journal’s record was changed', () => {
  const app = useApp()

  test('says which reflections could not be checked, and keeps them when their owner says so', async () => {
    const { page, backend, dataDir, open, shot } = app()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'trust', title: SECRET_TITLE, body: paragraphDoc('Only for me.'), date: '2026-11-20' })
    await backend.reflections.create({ themeId: 'appreciation', title: 'Thank you for Sunday', body: paragraphDoc('The pancakes.'), date: '2026-11-22' })
    await backend.session.lock()
    // Someone with the file spoils the record's root: everything is learnt again from the reflections.
    const db = new Database(join(dataDir, DATABASE_FILE))
    db.prepare('UPDATE reflection_record SET data = zeroblob(length(data)) WHERE bucket = -1').run()
    db.close()
    await backend.session.unlock({ profileId: (await backend.app.status()).profiles[0]!.id, passphrase: PASS_A })
    await backend.session.lock()
    await backend.session.unlock({ profileId: (await backend.app.status()).profiles[0]!.id, passphrase: PASS_A })

    await open()
    await see(heading(page, 'Hello, Ana'))
    const notice = page.getByRole('region', { name: '2 reflections could not be checked' })
    await see(notice)
    await see(notice.getByRole('button', { name: 'Thank you for Sunday' }))
    await see(notice.getByRole('button', { name: SECRET_TITLE }))
    await shot('1-unchecked')
    await page.setViewportSize({ width: 640, height: 800 })
    await page.emulateMedia({ colorScheme: 'dark' })
    await shot('2-unchecked-small-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    await notice.getByRole('button', { name: 'They are as I left them' }).click()
    await expect.poll(async () => (await backend.app.status()).uncheckedReflections.length).toBe(0)
    await expect.poll(() => notice.count()).toBe(0)
  })
})
