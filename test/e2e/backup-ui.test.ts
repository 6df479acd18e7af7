import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { createBackend } from '../../src/main/app/backend.ts'
import { MAGIC } from '../../src/main/backup/backup-format.ts'
import { paragraphDoc, PASS_A } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { ANA, arrangeJournal, REFLECTIONS } from './support/print.ts'
import { heading, isFocused, lock, see, seeAlert } from './support/screens.ts'
import { visit } from './support/visit.ts'

const UNCHANGED = 'Nothing on this computer has changed.'
const RESTARTING = /^Your backup is in place\. Sevenfold is starting again with it/

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  await see(heading(page, 'Settings'))
}

function automaticLine(page: Page) {
  return page.getByText(/^Sevenfold also keeps a backup each day in its data folder; the last 7 are kept\./)
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('backups in settings', () => {
  const app = useApp()

  test('Back up now writes the backup where the dialog says; the line about automatic backups says what is kept', async () => {
    const { page, backend, host, open } = app()
    await arrangeJournal(backend)
    await open()
    await openSettings(page)
    await see(heading(page, 'Backups'))
    expect(await automaticLine(page).textContent()).toMatch(/Newest: none yet\.$/)
    const findings: string[] = []
    await visit(page, 'backup-01-settings', findings)

    const file = join(host.dir, 'Our backup.sevenfold-backup')
    host.saveAs = file
    await page.getByRole('button', { name: 'Back up now' }).click()
    await see(page.getByRole('status').filter({ hasText: 'Saved as Our backup.sevenfold-backup.' }))
    const bytes = readFileSync(file)
    expect(bytes.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true)
    expect(bytes.length).toBeGreaterThan(4_096)
    // Still encrypted: no title is in it as text.
    for (const { title } of REFLECTIONS) expect(bytes.includes(Buffer.from(title))).toBe(false)

    // A cancelled dialog writes nothing and says nothing.
    host.saveAs = null
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Back up now' }).isEnabled()).toBe(true)
    expect(await page.getByRole('status').filter({ hasText: 'Saved as' }).count()).toBe(0)
    expect(readdirSync(host.dir)).toEqual(['Our backup.sevenfold-backup'])

    // Once the day's automatic backup is made, the line names it.
    await backend.autoBackup()
    await page.getByRole('button', { name: 'Sevenfold', exact: true }).click()
    await openSettings(page)
    await expect.poll(() => automaticLine(page).textContent()).toMatch(/Newest: \d{1,2} \w+ \d{4}/)
    expect(findings).toEqual([])
  })

  test('Export my journal waits for “I understand”, then writes every reflection out', async () => {
    const { page, backend, host, open } = app()
    await arrangeJournal(backend)
    await open()
    await openSettings(page)
    await see(heading(page, 'Export my journal'))
    const findings: string[] = []
    await visit(page, 'backup-03-export', findings)

    const folder = join(host.dir, 'Ana export')
    mkdirSync(folder)
    host.folder = folder
    host.saveAs = join(host.dir, 'Ana.html')
    const understood = page.getByRole('checkbox', { name: 'I understand that the export is not encrypted' })
    await page.getByRole('button', { name: 'Export…' }).click()
    await seeAlert(page, 'Tick “I understand” first: the export will not be encrypted.')
    expect(await isFocused(understood)).toBe(true)
    expect(filesUnder(host.dir)).toEqual([])
    await visit(page, 'backup-03-export-not-ticked', findings)

    // Markdown: a file per reflection, each title in its own.
    await understood.check()
    await page.getByRole('button', { name: 'Export…' }).click()
    await see(page.getByRole('status').filter({ hasText: /^Exported 4 reflections to .+\.$/ }))
    const markdown = filesUnder(folder).filter((path) => path.endsWith('.md'))
    expect(markdown).toHaveLength(4)
    const written = markdown.map((path) => readFileSync(path, 'utf8')).join('\n')
    for (const { title, text } of REFLECTIONS) {
      expect(written).toContain(title)
      expect(written).toContain(text)
    }

    // One web page.
    await page.getByRole('radio', { name: /One web page/ }).check()
    await page.getByRole('button', { name: 'Export…' }).click()
    await see(page.getByRole('status').filter({ hasText: 'Exported 4 reflections to Ana.html.' }))
    const html = readFileSync(host.saveAs, 'utf8')
    for (const { title } of REFLECTIONS) expect(html).toContain(title)
    expect(findings).toEqual([])
  })

  test('restoring starts with the file: one that is no backup is refused at once, a wrong passphrase changes nothing', async () => {
    const { page, backend, host, open } = app()
    await arrangeJournal(backend)
    const backupFile = join(host.dir, 'before.sevenfold-backup')
    host.saveAs = backupFile
    expect((await backend.backup.create()).saved).toBe(true)
    await backend.reflections.create({ themeId: 'trust', title: 'After the backup', body: paragraphDoc('Still here.') })
    await open()
    await openSettings(page)
    await page.getByRole('button', { name: 'Restore from a backup…' }).click()
    const chooseFile = page.getByRole('button', { name: 'Choose the backup file…' })
    expect(await isFocused(chooseFile)).toBe(true)
    const passphrase = page.getByLabel('Passphrase of a journal in the backup')
    expect(await passphrase.count()).toBe(0)
    const findings: string[] = []
    await visit(page, 'backup-02-restore', findings)

    // Said before any passphrase is typed.
    const foreign = join(host.dir, 'holiday.jpg')
    writeFileSync(foreign, 'not a backup at all, just some bytes')
    host.openFile = foreign
    await chooseFile.click()
    await see(page.getByText(UNCHANGED))
    await see(page.getByRole('alert').filter({ hasText: /not a Sevenfold backup/ }))
    expect(await passphrase.count()).toBe(0)

    host.openFile = backupFile
    await chooseFile.click()
    await see(page.getByText('before.sevenfold-backup'))
    await expect.poll(() => isFocused(passphrase)).toBe(true)
    await visit(page, 'backup-02-restore-chosen', findings)
    const restore = page.getByRole('button', { name: 'Restore this backup' })
    await restore.click()
    await seeAlert(page, 'Enter the passphrase of a journal in the backup.')

    await passphrase.fill('not the passphrase at all')
    await restore.click()
    await see(page.getByText(UNCHANGED))
    expect(await page.getByRole('alert').count()).toBe(1)
    expect(await passphrase.inputValue()).toBe('')
    expect(await isFocused(passphrase)).toBe(true)
    await visit(page, 'backup-02-restore-wrong', findings)
    // The restore used the file chosen first: it did not ask again.
    expect(host.dialogs.filter((d) => d.kind === 'open')).toHaveLength(2)

    // Nothing was replaced: the journal is open and holds what it held.
    expect(host.restarts).toBe(0)
    expect((await backend.app.status()).unlockedProfileId).not.toBeNull()
    expect((await backend.reflections.list()).map((r) => r.title)).toContain('After the backup')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await see(page.getByRole('button', { name: 'Restore from a backup…' }))
    expect(findings).toEqual([])
  })
})

describe('restoring before any journal is open', () => {
  const app = useApp()

  test('on a new computer, first run restores a backup: everything comes back, and Sevenfold restarts', async () => {
    const { page, host, dataDir, open } = app()
    // The backup, made on the "old computer".
    const oldComputer = mkdtempSync(join(tmpdir(), 'sevenfold-e2e-old-'))
    const backupFile = join(host.dir, 'from the old computer.sevenfold-backup')
    try {
      const old = await createBackend({ dataDir: oldComputer, kdfTargetMs: 0, host })
      try {
        await arrangeJournal(old)
        host.saveAs = backupFile
        expect((await old.backup.create()).saved).toBe(true)
      } finally {
        old.close()
      }
    } finally {
      rmSync(oldComputer, { recursive: true, force: true })
    }

    await open()
    await see(heading(page, 'Welcome to Sevenfold'))
    const findings: string[] = []
    await visit(page, 'backup-04-first-run', findings)
    await page.getByRole('button', { name: 'Moving from another computer? Restore from a backup…' }).click()
    await see(heading(page, 'Restore from a backup'))
    await visit(page, 'backup-04-first-run-restore', findings)
    host.openFile = backupFile
    await page.getByRole('button', { name: 'Choose the backup file…' }).click()
    await see(page.getByText('from the old computer.sevenfold-backup'))
    await page.getByLabel('Passphrase of a journal in the backup').fill(PASS_A)
    await page.getByRole('button', { name: 'Restore this backup' }).click()
    await see(page.getByRole('status').filter({ hasText: RESTARTING }))
    expect(host.restarts).toBe(1)
    await visit(page, 'backup-05-restored', findings)

    // As Sevenfold finds it when it starts again.
    const after = await createBackend({ dataDir, kdfTargetMs: 0 })
    try {
      const { profiles } = await after.app.status()
      expect(profiles.map((p) => p.displayName)).toEqual([ANA])
      await after.session.unlock({ profileId: profiles[0]!.id, passphrase: PASS_A })
      expect((await after.reflections.list()).map((r) => r.title).sort()).toEqual(REFLECTIONS.map((r) => r.title).sort())
    } finally {
      after.close()
    }
    expect(findings).toEqual([])
  })

  test('the lock screen has a quiet way to a backup, and back', async () => {
    const { page, backend, open } = app()
    await arrangeJournal(backend)
    await backend.session.lock()
    await open()
    await see(heading(page, 'Welcome back'))
    const findings: string[] = []
    await visit(page, 'backup-06-lock-screen', findings)
    await page.getByRole('button', { name: 'Restore from a backup…' }).click()
    await see(heading(page, 'Restore from a backup'))
    expect(await isFocused(heading(page, 'Restore from a backup'))).toBe(true)
    await page.getByRole('button', { name: 'Cancel' }).click()
    await see(heading(page, 'Welcome back'))
    // Unlocking still works as before.
    await page.getByLabel(`Passphrase for ${ANA}`).fill(PASS_A)
    await page.getByRole('button', { name: `Unlock ${ANA}'s journal` }).click()
    await see(heading(page, `Hello, ${ANA}`))
    await lock(page)
    expect(findings).toEqual([])
  })
})
