// The renderer benchmark's pictures row (issue 19): opening a reflection with five photos at
// their stored size (2,560 × 1,920), from the click on its row to the first paint of the body
// with its pictures' frames, and to the first picture painted (fetched through pictures.get,
// made a blob: URL and decoded). Median of five openings, each a new editor (nothing cached).

import type { Page } from 'playwright-core'
import type { SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { jpeg } from '../../support/pictures.ts'
import { percentile } from '../measure.ts'
import { ms, verdict, type Row } from '../table.ts'

const TITLE = 'Five photos from the coast'
const COLOURS = ['#c33', '#3a6', '#36c', '#c93', '#939']
const TARGET_MS = 100

// In the page, as a string (the bench has no DOM types): times from the click to the frames'
// first paint and to the first picture's, each read in the task after the frame that shows it.
const WATCH = `(() => {
  const p = (window.__pictureTimes = {})
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => { p[key] ??= performance.now() - p.start }, 0))
  document.addEventListener('click', () => { p.start ??= performance.now() }, true)
  new MutationObserver(() => {
    if (p.start === undefined) return
    if (p.frames === undefined && document.querySelector('#reflection-body figure.picture')) painted('frames')
    const img = document.querySelector('#reflection-body figure.picture img')
    if (img && !p.asked) {
      p.asked = true
      img.decode().then(() => painted('picture'), () => undefined)
    }
  }).observe(document.body, { subtree: true, childList: true })
})()`

export async function arrangePictures(backend: SevenfoldBackend, themeId: string): Promise<void> {
  const content: object[] = []
  for (const [i, colour] of COLOURS.entries()) {
    const { id } = await backend.pictures.add({ bytes: await jpeg(2560, 1920, colour) })
    content.push(
      { type: 'paragraph', content: [{ type: 'text', text: `Day ${i + 1} by the sea.` }] },
      { type: 'picture', attrs: { id, width: 2560, height: 1920, alt: '' } }
    )
  }
  await backend.reflections.create({ themeId: themeId as never, title: TITLE, date: '2099-01-02', body: { type: 'doc', content } as never })
}

/** From the theme's list (on screen), opens the reflection five times; rows for the medians. */
export async function timePictures(page: Page, backTo: string): Promise<Row[]> {
  const frames: number[] = []
  const pictures: number[] = []
  for (let i = 0; i < 5; i++) {
    await page.evaluate(WATCH)
    await page
      .getByRole('button', { name: new RegExp(TITLE) })
      .first()
      .click()
    await page.locator('#reflection-body figure.picture img').first().waitFor({ state: 'visible' })
    for (
      let tries = 0;
      tries < 200 && !(await page.evaluate('window.__pictureTimes.picture !== undefined && window.__pictureTimes.frames !== undefined'));
      tries++
    )
      await page.waitForTimeout(10)
    const times = (await page.evaluate('window.__pictureTimes')) as { frames: number; picture: number }
    frames.push(times.frames)
    pictures.push(times.picture)
    await page.getByRole('button', { name: backTo }).click()
    await page
      .getByRole('button', { name: new RegExp(TITLE) })
      .first()
      .waitFor({ state: 'visible' })
  }
  const first = percentile(frames, 50)
  return [
    {
      measure: 'open a reflection with 5 photos: click → body and frames painted, median',
      value: ms(first),
      target: `< ${TARGET_MS} ms`,
      verdict: verdict(first < TARGET_MS)
    },
    { measure: 'open a reflection with 5 photos: click → first photo painted, median*', value: ms(percentile(pictures, 50)) }
  ]
}
