import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createBackend } from '../../src/main/app/backend.ts'
import { createRescueBackend } from '../../src/main/rescue/handlers.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { AppError } from '../../src/shared/errors.ts'
import { PASS_A } from '../support/backend.ts'
import { useApp } from './support/app.ts'
import { ANA, arrangeJournal, REFLECTIONS } from './support/print.ts'
import { heading, see, unlock } from './support/screens.ts'
import { visit } from './support/visit.ts'

describe('starting on a damaged journal file', () => {
  const app = useApp()

  test('says so, offers only a restore, and after it the journal opens as backed up', async () => {
    const { page, backend, host, dataDir, open, useBackend } = app()
    await arrangeJournal(backend)
    host.saveAs = join(host.dir, 'yesterday.sevenfold-backup')
    expect((await backend.backup.create()).saved).toBe(true)
    backend.close()

    // A failing disk damages pages; the next start refuses the file and runs the rescue backend.
    const file = join(dataDir, DATABASE_FILE)
    const bytes = readFileSync(file)
    for (const page of [2, 3, 4]) bytes.fill(0xff, 4096 * page, 4096 * page + 64)
    writeFileSync(file, bytes)
    const problem = await createBackend({ dataDir, kdfTargetMs: 0, host }).then(
      () => null,
      (error: unknown) => error
    )
    expect(problem).toBeInstanceOf(AppError)
    expect((problem as AppError).code).toBe('DATABASE_CORRUPT')
    useBackend(createRescueBackend({ dataDir, host, problem: problem as AppError }))

    await open()
    await see(heading(page, 'Sevenfold cannot open your journal'))
    await see(page.getByText((problem as AppError).message))
    expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(0)
    const findings: string[] = []
    await visit(page, 'damaged-01-start', findings)

    host.openFile = host.saveAs
    await page.getByRole('button', { name: 'Choose the backup file…' }).click()
    await page.getByLabel('Passphrase of a journal in the backup').fill(PASS_A)
    await page.getByRole('button', { name: 'Restore this backup' }).click()
    await see(page.getByRole('status').filter({ hasText: /^Your backup is in place/ }))
    expect(host.restarts).toBe(1)

    // Sevenfold starts again: the journal is there, with what the backup held.
    useBackend(await createBackend({ dataDir, kdfTargetMs: 0, host }))
    await page.reload()
    await unlock(page, ANA, PASS_A)
    await see(heading(page, `Hello, ${ANA}`))
    const titles = (await app().backend.reflections.list()).map((r) => r.title).sort()
    expect(titles).toEqual(REFLECTIONS.map((r) => r.title).sort())
    expect(findings).toEqual([])
  })
})
