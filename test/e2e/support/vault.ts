// Reaching the joint vault in the words its screens use: two journals to start from,
// creating the vault together, giving the parts, opening and closing it. Ana holds part a
// (the first journal), Ben part b.

import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { PART_A, PART_B, PASS_A, PASS_B } from '../../support/backend.ts'
import { heading, see } from './screens.ts'

export const ANA = 'Ana'
export const BEN = 'Ben'

/** Ana's and Ben's journals, both locked unless `open` names the one to leave open. */
export async function arrangeTwoJournals(backend: SevenfoldBackend, open?: typeof ANA | typeof BEN): Promise<void> {
  const ana = await backend.profile.create({ displayName: ANA, passphrase: PASS_A })
  await backend.profile.create({ displayName: BEN, passphrase: PASS_B })
  await backend.session.lock()
  if (open === ANA) await backend.session.unlock({ profileId: ana.profileId, passphrase: PASS_A })
  if (open === BEN) await backend.session.unlock({ profileId: (await backend.app.status()).profiles[1]!.id, passphrase: PASS_B })
}

/**
 * A vault with PART_A and PART_B, locked; returns its recovery halves. Each journal has been open
 * once while the vault was opened together, so each has pinned its keys and may seal into it;
 * whichever journal was open before is open again after.
 */
export async function arrangeVault(backend: SevenfoldBackend): Promise<{ a: string; b: string }> {
  const { profiles, unlockedProfileId } = await backend.app.status()
  const { recoveryHalves } = await backend.vault.create({ partA: PART_A, partB: PART_B })
  const passphrases = [PASS_A, PASS_B]
  for (const [i, profile] of profiles.entries()) {
    await backend.session.unlock({ profileId: profile.id, passphrase: passphrases[i]! })
    await backend.vault.givePart({ part: 'a', passphrase: PART_A })
    await backend.vault.givePart({ part: 'b', passphrase: PART_B })
    await backend.session.lock()
  }
  const open = profiles.findIndex((p) => p.id === unlockedProfileId)
  if (open >= 0) await backend.session.unlock({ profileId: unlockedProfileId!, passphrase: passphrases[open]! })
  return recoveryHalves
}

/** The start most couple's tests share: both journals, their vault, and Ana's home open in the page. */
export async function openAnasHomeWithVault(page: Page, backend: SevenfoldBackend, open: () => Promise<void>): Promise<void> {
  await arrangeTwoJournals(backend, ANA)
  await arrangeVault(backend)
  await open()
  await see(heading(page, `Hello, ${ANA}`))
}

/** From the lock screen ("Open our vault together") or an open journal ("Our vault"). */
export async function enterVault(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Open our vault together|Our vault)$/ }).click()
}

async function typePart(page: Page, name: string, part: string): Promise<void> {
  await see(heading(page, `${name}, type your part`))
  await page.getByLabel(`${name}'s part`, { exact: true }).fill(part)
  await page.getByLabel(`${name}'s part again`, { exact: true }).fill(part)
}

export type CreateStep = 'intro' | 'part-a' | 'part-b' | 'half-a' | 'half-b'

/**
 * From the wizard's first screen to the open vault: Ana's part, Ben's part, then each half
 * kept. `atStep` runs on each screen before going on (for screenshots). Returns the halves.
 */
export async function createVaultTogether(page: Page, atStep: (step: CreateStep) => Promise<void> = async () => undefined) {
  await see(heading(page, 'Create your vault together'))
  await atStep('intro')
  await page.getByRole('button', { name: `Begin with ${ANA}'s part` }).click()
  await typePart(page, ANA, PART_A)
  await atStep('part-a')
  await page.getByRole('button', { name: `Next: ${BEN}'s part` }).click()
  await typePart(page, BEN, PART_B)
  await atStep('part-b')
  await page.getByRole('button', { name: 'Create the vault' }).click()
  const halves = { a: '', b: '' }
  for (const [part, name] of [
    ['a', ANA],
    ['b', BEN]
  ] as const) {
    await see(heading(page, `${name}'s half`))
    halves[part] = ((await page.getByTestId('recovery-half').textContent()) ?? '').trim()
    await atStep(part === 'a' ? 'half-a' : 'half-b')
    await page.getByRole('button', { name: 'I have kept my half' }).click()
  }
  await seeVaultOpen(page)
  return halves
}

/** One partner's part, on the locked vault's screen. */
export async function givePart(page: Page, name: string, part: string): Promise<void> {
  await page.getByLabel(`${name}'s part`, { exact: true }).fill(part)
  await page.getByRole('button', { name: `Give ${name}'s part` }).click()
}

export function progress(page: Page) {
  return page.getByRole('status').filter({ hasText: /of 2 parts given/ })
}

export async function seeVaultLocked(page: Page): Promise<void> {
  await see(heading(page, 'Your vault is locked'))
}

export async function seeVaultOpen(page: Page): Promise<void> {
  await see(heading(page, 'Your vault is open'))
}

/** From the locked vault's screen, both parts given in turn, to the open vault. */
export async function openVaultTogether(page: Page, partA = PART_A, partB = PART_B): Promise<void> {
  await seeVaultLocked(page)
  await givePart(page, ANA, partA)
  await expect.poll(() => progress(page).textContent()).toBe('1 of 2 parts given')
  await givePart(page, BEN, partB)
  await seeVaultOpen(page)
}

export async function closeVault(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close the vault' }).click()
  await seeVaultLocked(page)
}
