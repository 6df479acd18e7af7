// Disk full (issue 7): the data folder on a tiny tmpfs, filled to the last byte. Every write
// must be refused with DISK_FULL (as the renderer sees it, through dispatch), nothing saved
// before may change, the journal must keep reading, and once space returns (the filler
// deleted, or the file system remounted bigger) the same writes must go through. At the end a
// fresh backend must find every save reported done, decrypting as it was written.

import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, test } from 'vitest'
import { createBackend } from '../../src/main/app/backend.ts'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import type { Result } from '../../src/shared/errors.ts'
import { createTestHost } from '../support/chromium-host.ts'
import { paragraphDoc } from '../support/backend.ts'
import { codeOf, integrityProblems, newPassphrase } from './support/crash-checks.ts'
import { mountTinyDisk, type TinyDisk } from './support/disk-full-fs.ts'
import { scaled, tally } from './support/tally.ts'

// Room for the journal, a week of automatic backups of it and the chosen backups, no more.
const DISK_MIB = 24
let disk: TinyDisk | undefined
const closing: Array<() => unknown> = []
afterAll(async () => {
  for (const close of closing.splice(0)) await close()
  disk?.unmount()
})

interface Saved {
  title: string
  body: unknown
}

/** A body of about `kib` KiB of text (random words, so SQLite cannot pack it small). */
function bigBody(kib: number, seed: number) {
  const words: string[] = []
  let x = seed
  for (let size = 0; size < kib * 1024;) {
    x = (x * 1103515245 + 12345) >>> 0
    const word = x.toString(36)
    words.push(word)
    size += word.length + 1
  }
  return paragraphDoc(words.join(' '))
}

describe('disk full', () => {
  test('writes refused with DISK_FULL, nothing lost, everything works again once space returns', async () => {
    disk = mountTinyDisk(DISK_MIB)
    const dataDir = join(disk.root, 'data')
    const hostDir = join(disk.root, 'chosen')
    mkdirSync(hostDir)
    const host = createTestHost({ dir: hostDir })
    // The automatic backup is due once a day: the clock moves a day at every try.
    let now = Date.parse('2026-03-01T10:00:00Z')
    const clock = () => now
    closing.push(() => host.close())
    const backend = await createBackend({ dataDir, kdfTargetMs: 0, host, now: clock })
    closing.push(() => backend.close())
    const call = (channel: string, payload?: unknown): Promise<Result<unknown>> => dispatch(backend, channel, payload)
    const passphrase = newPassphrase()
    const { profileId } = (await backend.profile.create({ displayName: 'Robin', passphrase })) as { profileId: string }
    const saved = new Map<string, Saved>()
    let settings = { appearance: 'dark', textSize: 'large', autoLockMinutes: 7 }
    const save = async (title: string, body: unknown) => {
      const answer = await call('reflections.create', { themeId: 'trust', title, body })
      expect(answer.ok, `saving “${title}” with room to spare`).toBe(true)
      if (answer.ok) saved.set((answer.value as { id: string }).id, { title, body })
    }
    for (let i = 0; i < 8; i++) await save(`before ${i}`, paragraphDoc(`written before the disk filled, number ${i}`))
    expect((await call('settings.update', settings)).ok).toBe(true)

    /** What the open journal reads back must be exactly what was saved. */
    const readsBack = async (where: string) => {
      const listed = await call('reflections.list')
      expect(listed.ok, `${where}: the list`).toBe(true)
      const titles = ((listed.ok ? listed.value : []) as { id: string; title: string }[]).map((h) => `${h.id} ${h.title}`).sort()
      expect(titles, `${where}: the list`).toEqual([...saved].map(([id, s]) => `${id} ${s.title}`).sort())
      for (const [id, s] of saved) {
        const got = await call('reflections.get', { id })
        expect(got.ok && (got.value as { body: unknown }).body, `${where}: “${s.title}” read back`).toEqual(s.body)
      }
      const current = await call('settings.get')
      expect(current.ok && current.value, `${where}: the settings`).toEqual(settings)
    }

    const rounds = scaled(16, 4)
    let tried = 0
    let refused = 0
    const wrongAnswers: string[] = []
    for (let round = 0; round < rounds; round++) {
      // No slack anywhere: the -wal folded into the file and cut to nothing, then every byte taken.
      const raw = new Database(join(dataDir, DATABASE_FILE))
      raw.pragma('wal_checkpoint(TRUNCATE)')
      raw.close()
      disk.fill()
      const victim = [...saved.keys()][round % saved.size]!
      const attempts: Array<[string, () => Promise<Result<unknown>>]> = [
        ['a new reflection', () => call('reflections.create', { themeId: 'trust', title: `full ${round}`, body: paragraphDoc('does not fit') })],
        ['a big reflection', () => call('reflections.create', { themeId: 'trust', title: `big ${round}`, body: bigBody(256, round) })],
        ['an edit', () => call('reflections.update', { id: victim, title: `edited while full ${round}`, body: paragraphDoc('changed') })],
        ['a deletion', () => call('reflections.delete', { id: victim })],
        ['a settings change', () => call('settings.update', { appearance: 'light', textSize: 'small', autoLockMinutes: 12 })],
        [
          'a backup',
          () => {
            host.saveAs = join(hostDir, `full-${round}.sevenfold-backup`)
            return call('backup.create')
          }
        ],
        [
          'the automatic backup',
          async () => {
            now += 86_400_000
            return backend.autoBackup().then(
              () => ({ ok: true, value: null }) as const,
              (error: unknown) => ({ ok: false, error: { code: codeOf(error), message: '' } }) as Result<unknown>
            )
          }
        ]
      ]
      for (const [what, attempt] of attempts) {
        tried++
        const answer = await attempt()
        if (!answer.ok && answer.error.code === 'DISK_FULL') refused++
        else wrongAnswers.push(`round ${round}, ${what}: ${answer.ok ? 'went through' : answer.error.code}`)
        await readsBack(`round ${round}, after ${what} was refused`)
      }
      // Locking and unlocking only read: the journal opens on a full disk.
      expect(await call('session.lock')).toMatchObject({ ok: true })
      expect(await call('session.unlock', { profileId, passphrase }), `round ${round}: unlocking on a full disk`).toMatchObject({ ok: true })
      await readsBack(`round ${round}, unlocked again on a full disk`)

      // Space returns: the filler deleted, or (every other round) the file system made bigger.
      if (round % 2 === 0) disk.free()
      else disk.resize(DISK_MIB * 4)
      await save(`after ${round}`, bigBody(16, 1000 + round))
      const edited = await call('reflections.update', { id: victim, title: `edited ${round}` })
      expect(edited.ok, `round ${round}: an edit once space returned`).toBe(true)
      saved.get(victim)!.title = `edited ${round}`
      settings = { ...settings, autoLockMinutes: 7 + (round % 5) }
      expect((await call('settings.update', settings)).ok, `round ${round}: settings once space returned`).toBe(true)
      host.saveAs = join(hostDir, 'latest.sevenfold-backup')
      expect(await call('backup.create'), `round ${round}: a backup once space returned`).toMatchObject({ ok: true })
      await readsBack(`round ${round}, once space returned`)
      expect(integrityProblems(dataDir), `round ${round}`).toEqual([])
      if (round % 2 === 1) {
        disk.free()
        disk.resize(DISK_MIB)
      }
      tried++
      refused++
    }
    for (const close of closing.splice(0)) await close()

    // A fresh start finds every save, decrypting as written.
    let lost = 0
    const fresh = await createBackend({ dataDir, kdfTargetMs: 0 })
    try {
      await fresh.session.unlock({ profileId, passphrase })
      expect((await fresh.app.status()).damagedItems).toBe(0)
      for (const [id, s] of saved) {
        const got = await fresh.reflections.get({ id }).catch(() => null)
        if (!got || got.title !== s.title || JSON.stringify(got.body) !== JSON.stringify(s.body)) lost++
      }
      expect((await fresh.reflections.list()).length).toBe(saved.size)
      expect(await fresh.settings.get()).toEqual(settings)
    } finally {
      fresh.close()
    }
    tally({
      area: 'disk full',
      tried,
      survived: refused - lost,
      lost,
      note: `${DISK_MIB} MiB tmpfs filled, ${rounds} rounds: 7 writes refused each (saves, 256 KiB reflection, edit, delete, settings, backups) + recovery`
    })
    expect(wrongAnswers).toEqual([])
    expect(lost).toBe(0)
  })
})
