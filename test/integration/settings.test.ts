import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/app/dispatch.ts'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { DEFAULT_SETTINGS } from '../../src/shared/settings.ts'
import { PASS_A, PASS_B, useBackends } from '../support/backend.ts'
import { LOCK_APPEARANCE_FILE } from '../../src/main/app/lock-appearance.ts'

const newBackend = useBackends()

/** Runs SQL on the journal file behind the backend's back, as someone with a copy of it could. */
function onDisk(dataDir: string, work: (db: Database.Database) => void): void {
  const db = new Database(join(dataDir, DATABASE_FILE))
  try {
    work(db)
  } finally {
    db.close()
  }
}

async function twoPartners() {
  const { backend, dataDir } = await newBackend()
  const { profileId: ana } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  const { profileId: ben } = await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
  return { backend, dataDir, ana, ben }
}

describe('settings', () => {
  it('starts from the defaults, saves each change at once, and keeps them across a restart', async () => {
    const first = await newBackend()
    const { profileId } = await first.backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    expect(await first.backend.settings.get()).toEqual({ appearance: 'system', textSize: 'medium', autoLockMinutes: 5 })
    expect(await first.backend.settings.update({ appearance: 'dark' })).toEqual({ appearance: 'dark', textSize: 'medium', autoLockMinutes: 5 })
    expect(await first.backend.settings.update({ textSize: 'large', autoLockMinutes: 12 })).toEqual({
      appearance: 'dark',
      textSize: 'large',
      autoLockMinutes: 12
    })
    first.backend.close()

    const { backend } = await newBackend(first.dataDir)
    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect(await backend.settings.get()).toEqual({ appearance: 'dark', textSize: 'large', autoLockMinutes: 12 })
  })

  it('answers LOCKED while no journal is open', async () => {
    const { backend } = await newBackend()
    await expect(backend.settings.get()).rejects.toMatchObject({ code: 'LOCKED' })
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.session.lock()
    await expect(backend.settings.get()).rejects.toMatchObject({ code: 'LOCKED' })
    await expect(backend.settings.update({ appearance: 'light' })).rejects.toMatchObject({ code: 'LOCKED' })
  })

  it('keeps each partner’s settings apart', async () => {
    const { backend, ana, ben } = await twoPartners()
    await backend.settings.update({ appearance: 'light', autoLockMinutes: 3 })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect(await backend.settings.get()).toEqual(DEFAULT_SETTINGS)
    await backend.settings.update({ appearance: 'dark', textSize: 'small' })
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect(await backend.settings.get()).toEqual({ appearance: 'light', textSize: 'medium', autoLockMinutes: 3 })
  })

  it.each([
    [{ appearance: 'sepia' }, 'appearance'],
    [{ textSize: 'huge' }, 'textSize'],
    [{ autoLockMinutes: 0 }, 'autoLockMinutes'],
    [{ autoLockMinutes: 61 }, 'autoLockMinutes'],
    [{ autoLockMinutes: 2.5 }, 'autoLockMinutes'],
    [{ autoLockMinutes: '5' }, 'autoLockMinutes'],
    [{ fontFamily: 'Comic Sans' }, 'request']
  ])('refuses %j as INVALID_INPUT naming the field', async (changes, field) => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const result = await dispatch(backend, 'settings.update', changes)
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } })
    expect(await backend.settings.get()).toEqual(DEFAULT_SETTINGS)
  })

  it('shows the defaults, not an error, when the stored settings are damaged or moved', async () => {
    const { backend, dataDir, ana, ben } = await twoPartners()
    await backend.settings.update({ appearance: 'dark', autoLockMinutes: 9 })
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.settings.update({ textSize: 'large' })
    await backend.session.lock()
    // Ben's blob copied over Ana's row: authentic, but bound to Ben, so it must not open as Ana's.
    onDisk(dataDir, (db) =>
      db.prepare('UPDATE profile_settings SET data = (SELECT data FROM profile_settings WHERE profile_id = ?) WHERE profile_id = ?').run(ben, ana)
    )
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    expect(await backend.settings.get()).toEqual(DEFAULT_SETTINGS)
    // A change writes a fresh blob over the damaged one.
    expect(await backend.settings.update({ textSize: 'small' })).toEqual({ ...DEFAULT_SETTINGS, textSize: 'small' })
    await backend.session.lock()

    onDisk(dataDir, (db) => db.prepare("UPDATE profile_settings SET data = x'01020304' WHERE profile_id = ?").run(ben))
    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect(await backend.settings.get()).toEqual(DEFAULT_SETTINGS)
    expect((await backend.app.status()).unlockedProfileId).toBe(ben)
  })

  it('the canary: no chosen value reaches the disk in plaintext', async () => {
    const { backend, dataDir } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    for (const autoLockMinutes of [41, 42, 43]) await backend.settings.update({ appearance: 'dark', textSize: 'large', autoLockMinutes })
    await backend.session.lock()
    const files = readdirSync(dataDir)
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true)
    // The one exception, by design: the lock screen's appearance, one word in a file of its own
    // (docs/security.md). It holds that word and nothing else.
    expect(readFileSync(join(dataDir, LOCK_APPEARANCE_FILE), 'utf8')).toBe('dark')
    for (const file of files.filter((f) => f !== LOCK_APPEARANCE_FILE)) {
      const bytes = readFileSync(join(dataDir, file))
      for (const chosen of ['dark', 'large', 'appearance', 'textSize', 'autoLockMinutes', ':43']) {
        for (const encoding of ['utf8', 'utf16le', 'hex', 'base64'] as const) {
          const needle = encoding === 'utf8' || encoding === 'utf16le' ? Buffer.from(chosen, encoding) : Buffer.from(Buffer.from(chosen).toString(encoding))
          expect(bytes.includes(needle), `${encoding} of ${chosen} in ${file}`).toBe(false)
        }
      }
    }
  })
})
