import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { HEADER_BYTES, MAGIC } from '../../src/main/backup/backup-format.ts'
import { ASIDE_FILE } from '../../src/main/backup/swap-in.ts'
import { writeBackup } from '../../src/main/backup/write-backup.ts'
import { DATABASE_FILE, openDatabase } from '../../src/main/storage/database.ts'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/storage/migrations/index.ts'
import { PASS_A, PASS_B, paragraphDoc } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'
import { giveBoth, withVault } from '../support/vault.ts'
import { dumpLive, dumpTables, journalsAsRead, namesIn, useFileBackends } from '../support/backup.ts'
import { LOCK_APPEARANCE_FILE } from '../../src/main/app/lock-appearance.ts'

const { start, tempDir } = useFileBackends()
const NEW_PASS_A = 'amber lanterns over quiet water'
const CANARY = 'zephyrquokka7781'

const richDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Morning' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'We walked ' },
        { type: 'text', text: 'slowly', marks: [{ type: 'bold' }] }
      ]
    },
    {
      type: 'taskList',
      content: [{ type: 'taskItem', attrs: { checked: true }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'call mum' }] }] }]
    }
  ]
}

/** Two journals and their vault with secrets, reflections in both journals; everything read once. */
async function populated() {
  const started = await start()
  const { backend } = started
  const { ana, ben } = await withVault(backend)
  await backend.vaultSecrets.create({ authorId: ana, title: 'Under the floorboard', body: paragraphDoc('The ring is there.') })
  await backend.reflections.create({ themeId: 'trust', title: 'Ben one', body: richDoc, date: '2026-01-02' })
  await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
  const ids: string[] = []
  for (const [i, themeId] of (['self-love', 'appreciation', 'trust'] as const).entries()) {
    ids.push(
      (await backend.reflections.create({ themeId, title: `Ana ${i} ${CANARY}`, body: paragraphDoc(`Body ${i} ${CANARY}`), date: `2026-02-0${i + 1}` })).id
    )
  }
  await backend.settings.update({ appearance: 'dark' })
  await giveBoth(backend)
  for (const secret of await backend.vaultSecrets.list()) await backend.vaultSecrets.get({ id: secret.id })
  await backend.vault.lock()
  return { ...started, ana, ben, ids }
}

async function vaultAsRead(backend: Awaited<ReturnType<typeof populated>>['backend']) {
  await giveBoth(backend)
  const secrets = await backend.vaultSecrets.list()
  const read = { status: await backend.vault.status(), secrets: await Promise.all(secrets.map((s) => backend.vaultSecrets.get({ id: s.id }))) }
  await backend.vault.lock()
  return read
}

describe('backup and restore', () => {
  it('round-trips exactly: backup, change everything, restore, and a new backend reads what was backed up', async () => {
    const { backend, host, dataDir, ana, ids } = await populated()
    host.saveAs = join(host.dir, 'ours.sevenfold-backup')
    expect(await backend.backup.create()).toEqual({ saved: true, fileName: 'ours.sevenfold-backup' })
    const atBackup = dumpLive(dataDir)
    const journalsAtBackup = await journalsAsRead(backend, { Ana: PASS_A, Ben: PASS_B })
    const vaultAtBackup = await vaultAsRead(backend)

    // The file: our header, then the snapshot; private to its owner; no plaintext of the journal.
    const file = readFileSync(host.saveAs)
    expect(file.subarray(0, MAGIC.length)).toEqual(MAGIC)
    expect(file.subarray(HEADER_BYTES, HEADER_BYTES + 16).toString('latin1')).toBe('SQLite format 3\0')
    expect(statSync(host.saveAs).mode & 0o777).toBe(0o600)
    expect(canarySightings(host.dir, CANARY)).toEqual([])
    expect(namesIn(host.dir)).toEqual(['ours.sevenfold-backup'])

    // Change everything: add, edit, delete, a new passphrase, the vault's secrets.
    await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'small-talk', title: 'After the backup', body: paragraphDoc('new') })
    await backend.reflections.update({ id: ids[0]!, title: 'Edited after', body: paragraphDoc('changed') })
    await backend.reflections.delete({ id: ids[1]! })
    await backend.settings.update({ appearance: 'light' })
    await backend.session.changePassphrase({ currentPassphrase: PASS_A, newPassphrase: NEW_PASS_A })
    await giveBoth(backend)
    for (const secret of await backend.vaultSecrets.list()) await backend.vaultSecrets.delete({ id: secret.id })
    await backend.vaultSecrets.create({ authorId: ana, title: 'Newer secret', body: paragraphDoc('later') })
    const changed = dumpLive(dataDir)
    expect(changed).not.toEqual(atBackup)

    // The backup's passphrase for Ana is the old one: that is what opens it.
    host.openFile = host.saveAs
    expect(await backend.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
    expect(host.restarts).toBe(1)
    await expect(backend.app.status()).rejects.toThrow()

    // The database it replaced is kept aside, whole; nothing of ours is left in the folder but the
    // lock screen's appearance, which is no part of a backup.
    expect(dumpTables(join(dataDir, ASIDE_FILE))).toEqual(changed)
    expect(namesIn(dataDir)).toEqual([LOCK_APPEARANCE_FILE, ASIDE_FILE, DATABASE_FILE])
    expect(statSync(join(dataDir, DATABASE_FILE)).mode & 0o777).toBe(0o600)

    const { backend: restarted } = await start(dataDir)
    expect(dumpLive(dataDir)).toEqual(atBackup)
    expect(await journalsAsRead(restarted, { Ana: PASS_A, Ben: PASS_B })).toEqual(journalsAtBackup)
    expect(await vaultAsRead(restarted)).toEqual(vaultAtBackup)
    await expect(restarted.session.unlock({ profileId: ana, passphrase: NEW_PASS_A })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' })
  })

  it('keeps only the newest aside copy, replacing the older one once the new one is in place', async () => {
    const { backend, host, dataDir } = await populated()
    host.saveAs = join(host.dir, 'b.sevenfold-backup')
    await backend.backup.create()
    host.openFile = host.saveAs
    await backend.backup.restore({ passphrase: PASS_B })
    const firstAside = dumpTables(join(dataDir, ASIDE_FILE))

    const { backend: second } = await start(dataDir, host)
    await second.session.unlock({ profileId: (await second.app.status()).profiles[1]!.id, passphrase: PASS_B })
    await second.reflections.create({ themeId: 'trust', title: 'Between restores', body: paragraphDoc('x') })
    const beforeSecond = dumpLive(dataDir)
    await second.backup.restore({ passphrase: PASS_A })
    expect(host.restarts).toBe(2)
    expect(dumpTables(join(dataDir, ASIDE_FILE))).toEqual(beforeSecond)
    expect(beforeSecond).not.toEqual(firstAside)
    expect(namesIn(dataDir)).toEqual([LOCK_APPEARANCE_FILE, ASIDE_FILE, DATABASE_FILE])
  })

  it('restores a backup made by an older version, migrating it when it opens', async () => {
    // A journal as version 2 of the schema left it (no vault tables yet), backed up.
    const { backend: old, dataDir: oldDir } = await start()
    await old.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await old.reflections.create({ themeId: 'appreciation', title: 'From long ago', body: paragraphDoc('Thank you.'), date: '2025-05-05' })
    old.close()
    const raw = new Database(join(oldDir, DATABASE_FILE))
    raw.pragma('foreign_keys = OFF')
    for (const { name } of raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]) {
      if (!['key_slots', 'profile_settings', 'profiles', 'reflection_bodies', 'reflections'].includes(name)) raw.exec(`DROP TABLE ${name}`)
    }
    raw.pragma('user_version = 2')
    raw.close()
    const v2 = openDatabase(oldDir, { migrations: MIGRATIONS.slice(0, 2) })
    const file = join(tempDir(), 'old.sevenfold-backup')
    try {
      expect((await writeBackup(v2, oldDir, file, Date.now())).schemaVersion).toBe(2)
    } finally {
      v2.close()
    }

    const { backend, host, dataDir } = await start()
    host.openFile = file
    expect(await backend.backup.restore({ passphrase: PASS_A })).toEqual({ restored: true })
    const { backend: restarted } = await start(dataDir, host)
    expect(dumpLive(dataDir).user_version).toEqual([LATEST_SCHEMA_VERSION])
    const { profiles } = await restarted.app.status()
    await restarted.session.unlock({ profileId: profiles[0]!.id, passphrase: PASS_A })
    expect((await restarted.reflections.list()).map((r) => r.title)).toEqual(['From long ago'])
    expect((await restarted.vault.status()).exists).toBe(false)
  })

  it('restores into a data folder with no journals yet (a new computer)', async () => {
    const { backend, host } = await populated()
    host.saveAs = join(host.dir, 'move.sevenfold-backup')
    await backend.backup.create()
    const atBackup = await journalsAsRead(backend, { Ana: PASS_A, Ben: PASS_B })

    const fresh = await start(undefined, host)
    expect((await fresh.backend.app.status()).profiles).toEqual([])
    host.openFile = host.saveAs
    expect(await fresh.backend.backup.restore({ passphrase: PASS_B })).toEqual({ restored: true })
    const { backend: restarted } = await start(fresh.dataDir, host)
    expect(await journalsAsRead(restarted, { Ana: PASS_A, Ben: PASS_B })).toEqual(atBackup)
    expect(existsSync(join(fresh.dataDir, ASIDE_FILE))).toBe(true)
  })
})
