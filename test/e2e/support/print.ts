// The print screen in the words it uses, and a small journal to print from: four reflections
// in four themes, one of them in the year before the others.

import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { SevenfoldBackend } from '../../../src/main/app/backend.ts'
import type { ThemeId } from '../../../src/shared/themes.ts'
import { paragraphDoc, PASS_A } from '../../support/backend.ts'
import { heading, see } from './screens.ts'

export const ANA = 'Ana'

export const REFLECTIONS = [
  { themeId: 'self-love', title: 'Morning pages', date: '2026-03-02', text: 'I kept my promise to rest.' },
  { themeId: 'quality-time', title: 'A quiet walk by the river', date: '2026-04-10', text: 'We said little and it was enough.' },
  { themeId: 'appreciation', title: 'Thank you for the soup', date: '2026-05-19', text: 'You noticed I was tired.' },
  { themeId: 'trust', title: 'An old letter', date: '2025-11-03', text: 'I found the letter you wrote me.' }
] as const satisfies ReadonlyArray<{ themeId: ThemeId; title: string; date: string; text: string }>

export type Title = (typeof REFLECTIONS)[number]['title']

/** Ana's journal, open, with the four reflections; their ids by title. */
export async function arrangeJournal(backend: SevenfoldBackend): Promise<Record<Title, string>> {
  await backend.profile.create({ displayName: ANA, passphrase: PASS_A })
  const ids = {} as Record<Title, string>
  for (const r of REFLECTIONS) {
    const { id } = await backend.reflections.create({ themeId: r.themeId, title: r.title, date: r.date, body: paragraphDoc(r.text) })
    ids[r.title] = id
  }
  return ids
}

export async function openPrintScreen(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name: 'Print', exact: true }).click()
  await see(heading(page, 'Print'))
}

/** The summary line once it has been counted, with any kind of space read as one space. */
export async function summary(page: Page): Promise<string> {
  const line = page.getByTestId('print-summary')
  await expect.poll(async () => (await line.getAttribute('aria-busy')) === 'false' && !/Counting/.test((await line.textContent()) ?? '')).toBe(true)
  return ((await line.textContent()) ?? '').replace(/\s+/g, ' ')
}

export async function expectSummary(page: Page, expected: string): Promise<void> {
  await expect.poll(() => summary(page)).toBe(expected)
}

export function printButton(page: Page) {
  return page.getByRole('button', { name: 'Print…', exact: true })
}

export function pdfButton(page: Page) {
  return page.getByRole('button', { name: 'Save as PDF…', exact: true })
}

/** The result beside the buttons ("Saved as …", "Sent to the printer."). */
export async function seeResult(page: Page, text: string): Promise<void> {
  await see(page.getByRole('status').filter({ hasText: text }))
}

/** The last document sent to the printer, as text without its markup (titles may be escaped in HTML). */
export function printedTitles(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
