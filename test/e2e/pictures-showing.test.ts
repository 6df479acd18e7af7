// Pictures shown (issue 19): fetched only as they come on screen, a sentence where one is
// missing, a description given to the selected one, pictures in pasted HTML left out (and
// said so), and the vault, which keeps no pictures yet. Screens in light and dark, small and large.

import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import type { RichTextNode } from '../../src/shared/rich-text.ts'
import { THEMES } from '../../src/shared/themes.ts'
import { PART_A, PART_B, PASS_A } from '../support/backend.ts'
import { jpeg } from '../support/pictures.ts'
import { useApp } from './support/app.ts'
import { makePicture, pastePictures, stillLoads } from './support/pictures.ts'
import { heading, see, seeAlert, startJournal } from './support/screens.ts'
import { arrangeTwoJournals, arrangeVault, enterVault, openAnasHomeWithVault, openVaultTogether } from './support/vault.ts'
import { visitEverySize } from './support/visit.ts'

const TRUST = THEMES.find((t) => t.id === 'trust')!
const COLOURS = ['#c33', '#3a6', '#36c', '#c93', '#939', '#399', '#963', '#666']

const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const picture = (id: string, width: number, height: number, alt = ''): RichTextNode => ({ type: 'picture', attrs: { id, width, height, alt } })

/** `count` different pictures stored in the open journal, each 1200 × 900. */
async function storePictures(backend: SevenfoldBackend, count: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const bytes = await jpeg(1200, 900, COLOURS[i % COLOURS.length], 80 + (i % 10))
    ids.push((await backend.pictures.add({ bytes })).id)
  }
  return ids
}

/** Every pictures.get the page makes, by id, in order (the real method still answers). */
function watchFetches(backend: SevenfoldBackend): string[] {
  const fetched: string[] = []
  const get = backend.pictures.get.bind(backend.pictures)
  Object.assign(backend.pictures, {
    get: (input: Parameters<typeof get>[0]) => {
      fetched.push(input.id)
      return get(input)
    }
  })
  return fetched
}

async function openReflection(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: TRUST.title, exact: true }).click()
  await page.getByRole('button', { name: new RegExp(title) }).click()
  await see(page.getByRole('textbox', { name: 'Reflection' }))
}

const shownImages = (page: Page) => page.locator('#reflection-body figure.picture img[src^="blob:"]')

describe('pictures shown', () => {
  const app = useApp()

  test('a body of many pictures fetches only those near the screen, and lets go of those scrolled away', async () => {
    const { page, backend, open, problems } = app()
    await open()
    await startJournal(page, 'Ana', PASS_A)
    const ids = await storePictures(backend, 24)
    const content = ids.flatMap((id, i) => [paragraph(`Day ${i + 1}`), picture(id, 1200, 900)])
    await backend.reflections.create({ themeId: 'trust', title: 'A year of walks', body: { type: 'doc', content } })
    const fetched = watchFetches(backend)
    await openReflection(page, 'A year of walks')
    await see(shownImages(page).first())
    const firstUrl = (await shownImages(page).first().getAttribute('src'))!
    // The column is about 670 px wide, so each picture is about 500 px tall: two or three near a 760 px window.
    await page.waitForTimeout(300)
    expect(fetched.length).toBeGreaterThanOrEqual(1)
    expect(fetched.length).toBeLessThanOrEqual(3)
    expect(fetched[0]).toBe(ids[0])
    expect(await shownImages(page).count()).toBe(fetched.length)

    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)')
    const last = page.locator(`#reflection-body figure[data-picture-id="${ids.at(-1)}"] img[src^="blob:"]`)
    await see(last)
    await page.waitForTimeout(300)
    // Only what came near the screen was asked for; the first pictures' images left the page.
    expect(new Set(fetched).size).toBeLessThanOrEqual(7)
    expect(await page.locator(`#reflection-body figure[data-picture-id="${ids[0]}"] img`).count()).toBe(0)
    expect(await shownImages(page).count()).toBeLessThanOrEqual(3)
    // Its URL was kept among the few for scrolling back, or let go; scrolled past more, it is let go.
    for (const id of ids.slice(-12, -1).reverse()) {
      await page.locator(`#reflection-body figure[data-picture-id="${id}"]`).scrollIntoViewIfNeeded()
      await see(page.locator(`#reflection-body figure[data-picture-id="${id}"] img[src^="blob:"]`))
    }
    expect(await stillLoads(page, firstUrl, problems)).toBe(false)

    // Back at the top, the first picture shows again.
    await page.evaluate('window.scrollTo(0, 0)')
    await see(page.locator(`#reflection-body figure[data-picture-id="${ids[0]}"] img[src^="blob:"]`))
  })

  test('a picture whose bytes are gone says so, in its place, and the rest of the body reads on', async () => {
    const { page, backend, open } = app()
    await open()
    await startJournal(page, 'Ana', PASS_A)
    const [kept] = await storePictures(backend, 1)
    const gone = 'AbCdEfGhIjKlMnOpQrStUv'
    const content = [
      paragraph('Before.'),
      picture(gone, 800, 600),
      paragraph('Between.'),
      picture(kept!, 1200, 900),
      paragraph('After.'),
      ...Array.from({ length: 40 }, (_, i) => paragraph(`Line ${i + 1} after the pictures.`))
    ]
    await backend.reflections.create({ themeId: 'trust', title: 'Partly lost', body: { type: 'doc', content } })
    const fetched = watchFetches(backend)
    await openReflection(page, 'Partly lost')
    const missing = page.locator(`#reflection-body figure[data-picture-id="${gone}"]`)
    await see(missing.getByText('This picture is missing or damaged.'))
    await page.locator(`#reflection-body figure[data-picture-id="${kept}"]`).scrollIntoViewIfNeeded()
    await see(page.locator(`#reflection-body figure[data-picture-id="${kept}"] img[src^="blob:"]`))
    await see(page.getByText('After.'))
    // Scrolled away and back, a missing picture is not asked for again.
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)')
    await page.evaluate('window.scrollTo(0, 0)')
    await page.waitForTimeout(300)
    expect(fetched.filter((id) => id === gone)).toHaveLength(1)
    const findings: string[] = []
    await visitEverySize(page, 'pictures-missing', findings)
    expect(findings).toEqual([])
  })

  test('the selected picture is outlined, with a field for its description, which is saved as its alt text', async () => {
    const { page, backend, open } = app()
    await open()
    await startJournal(page, 'Ana', PASS_A)
    const [id] = await storePictures(backend, 1)
    const { id: reflectionId } = await backend.reflections.create({
      themeId: 'trust',
      title: 'Harbour',
      body: { type: 'doc', content: [paragraph('We walked to the harbour.'), picture(id!, 1200, 900), paragraph('Then home.')] }
    })
    await openReflection(page, 'Harbour')
    const figure = page.locator('#reflection-body figure.picture')
    await see(figure.locator('img[src^="blob:"]'))
    expect(await figure.locator('img').getAttribute('alt')).toBe('A picture')
    await figure.locator('img').click()
    const field = page.getByLabel('Describe this picture')
    await see(field)
    const outline = await figure.locator('.picture__frame').evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).outlineStyle)
    expect(outline).toBe('solid')
    const findings: string[] = []
    await visitEverySize(page, 'pictures-selected', findings)
    expect(findings).toEqual([])

    // By keyboard: from the words before it, → selects the picture, Tab reaches its field.
    await page.getByText('We walked to the harbour.').click()
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowRight')
    await see(field)
    await page.keyboard.press('Tab')
    expect(await field.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true)
    await page.keyboard.type('Boats in the harbour at dusk')
    await page.keyboard.press('Enter')
    await expect.poll(() => figure.locator('img').getAttribute('alt')).toBe('Boats in the harbour at dusk')
    // Enter goes back to writing just after the picture: what is typed next does not replace it.
    await page.keyboard.type('Later, ')
    await see(page.getByText('Later, Then home.'))
    await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
    const stored = await backend.reflections.get({ id: reflectionId })
    expect(stored.body.content?.[1]?.attrs).toMatchObject({ id, alt: 'Boats in the harbour at dusk' })
    // Away from the picture, the field goes.
    await page.getByText('Later, Then home.').click()
    await expect.poll(() => field.count()).toBe(0)
  })

  test('pictures in pasted HTML are left out and said so; nothing from the web is loaded', async () => {
    const { page, backend, open } = app()
    await open()
    await startJournal(page, 'Ana', PASS_A)
    await page.getByRole('button', { name: `New reflection in ${TRUST.title}` }).click()
    await page.getByRole('textbox', { name: 'Reflection' }).click()
    await page.evaluate(`(() => {
      const data = new DataTransfer()
      data.setData('text/html', '<p>Look at this</p><img src="https://example.org/cat.jpg"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">')
      data.setData('text/plain', 'Look at this')
      document.querySelector('#reflection-body').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })()`)
    await seeAlert(page, 'Pictures in what you pasted were left out: Sevenfold never loads anything from the internet.')
    await see(page.getByRole('status').filter({ hasText: /^Saved$/ }))
    const [header] = await backend.reflections.list()
    const { body } = await backend.reflections.get({ id: header!.id })
    expect(JSON.stringify(body)).not.toMatch(/picture|example\.org|data:/)
    expect(await page.locator('#reflection-body img').count()).toBe(0)
  })

  test('the vault keeps no pictures yet: no picture button, a pasted picture refused, one in a body said not to be kept', async () => {
    const { page, backend, open } = app()
    await arrangeTwoJournals(backend)
    await arrangeVault(backend)
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    const [ana] = (await backend.vault.status()).partners
    await backend.vaultSecrets.create({
      authorId: ana!.profileId,
      title: 'From the trip',
      body: { type: 'doc', content: [paragraph('The view from the top.'), picture('AbCdEfGhIjKlMnOpQrStUv', 1200, 900)] }
    })
    await backend.vault.lock()
    await open()
    await enterVault(page)
    await openVaultTogether(page)
    await page.getByRole('button', { name: /^From the trip/ }).click()
    await see(heading(page, 'From the trip'))
    await see(page.locator('.secret-reader').getByText('Pictures are not kept in the vault yet, so this one can’t be shown here.'))
    const findings: string[] = []
    await visitEverySize(page, 'pictures-vault-reading', findings)
    expect(findings).toEqual([])
    await page.getByRole('button', { name: 'Close', exact: true }).click()

    await page.getByRole('button', { name: 'Write a secret' }).click()
    await see(heading(page, 'Write a secret'))
    expect(await page.getByRole('button', { name: 'Add a picture' }).count()).toBe(0)
    await page.getByRole('textbox', { name: 'Secret' }).click()
    await makePicture(page, { name: 'beach.jpg', width: 600, height: 400 })
    await pastePictures(page, ['beach.jpg'], '#secret-body')
    await seeAlert(page, 'Pictures can’t be kept in the vault yet. Add it to a reflection in your journal instead.')
    expect(await page.locator('#secret-body figure, #secret-body .picture-upload').count()).toBe(0)
  })

  test('sharing a reflection with pictures says first that they stay in the journal', async () => {
    const { page, backend, open } = app()
    await openAnasHomeWithVault(page, backend, open)
    const [id] = await storePictures(backend, 1)
    await backend.reflections.create({
      themeId: 'trust',
      title: 'Our walk',
      body: { type: 'doc', content: [paragraph('The long way round.'), picture(id!, 1200, 900)] }
    })
    await backend.reflections.create({ themeId: 'trust', title: 'Just words', body: { type: 'doc', content: [paragraph('Nothing to see.')] } })
    const dialog = page.getByRole('dialog', { name: 'Share this with Ben?' })
    const pictureNote = 'Its pictures stay here: the vault keeps no pictures yet, so the copy says where each one was.'
    await openReflection(page, 'Just words')
    await page.getByRole('button', { name: 'Share with Ben…' }).click()
    await see(dialog)
    expect(await dialog.textContent()).not.toContain(pictureNote)
    await dialog.getByRole('button', { name: 'Not now' }).click()
    await page.getByRole('button', { name: `Back to ${TRUST.title}` }).click()
    await page.getByRole('button', { name: /Our walk/ }).click()
    await page.getByRole('button', { name: 'Share with Ben…' }).click()
    await see(dialog.getByText(pictureNote, { exact: false }))
    await dialog.getByRole('button', { name: 'Share with Ben' }).click()
    await see(page.getByText(/^Shared with Ben on /))
  })
})
