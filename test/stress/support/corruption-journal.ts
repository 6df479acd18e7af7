// The journals the corruption test damages: a real one made through createBackend (two
// partners, reflections of every size, the vault with secrets), a backup of it, then more
// reflections that live only in its -wal. Its files are copied twice: while the backend is
// open (the database and its -wal, as a crash or a copy would find them) and after it closed
// (one file). A second journal, and a plain SQLite file, give the foreign -wal files.

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createBackend } from '../../../src/main/app/backend.ts'
import { HEADER_BYTES } from '../../../src/main/backup/backup-format.ts'
import { DATABASE_FILE } from '../../../src/main/storage/database.ts'
import type { RichTextNode } from '../../../src/shared/rich-text.ts'
import { createTestHost } from '../../support/chromium-host.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc } from '../../support/backend.ts'

export const PASSPHRASES: Record<string, string> = { Ana: PASS_A, Ben: PASS_B }

export interface Written {
  owner: string
  title: string
  body: unknown
}

export interface SourceJournal {
  /** The database file as the closed backend left it (everything folded in). */
  closed: Buffer
  /** The database file and its -wal, copied while the backend was open after its last writes. */
  open: { db: Buffer; wal: Buffer }
  /** The backup made before the last writes, and the database inside it. */
  backupFile: string
  backupPayload: string
  /** The partners' names by profile id (names are plaintext: damage may change them, ids stay). */
  profiles: Record<string, string>
  /** Every reflection written, by id (the last few only after the backup). */
  written: Map<string, Written>
  inBackup: Set<string>
  /** -wal files of other databases: another Sevenfold journal's, a plain SQLite file's. */
  foreignWals: Record<string, Buffer>
}

const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(seed * 7919 + i * 104729) % 100003}`).join(' ')

/** An open backend's database and -wal as they are on disk now (it is idle, so they are consistent). */
function copyLive(dataDir: string): { db: Buffer; wal: Buffer } {
  const file = join(dataDir, DATABASE_FILE)
  return { db: readFileSync(file), wal: existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0) }
}

export async function buildSource(dir: string): Promise<SourceJournal> {
  const dataDir = join(dir, 'source')
  const hostDir = join(dir, 'host')
  mkdirSync(hostDir, { recursive: true })
  const host = createTestHost({ dir: hostDir })
  const backend = await createBackend({ dataDir, kdfTargetMs: 0, host })
  const written = new Map<string, Written>()
  const write = async (owner: string, title: string, body: RichTextNode) => {
    const { id } = await backend.reflections.create({ themeId: 'trust', title, body })
    written.set(id, { owner, title, body })
  }
  try {
    const ana = (await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })).profileId
    // Small, page-sized and overflowing bodies, so damage can land in every kind of page.
    for (let i = 0; i < 12; i++) await write('Ana', `Ana ${i}`, paragraphDoc(words(i % 4 === 3 ? 3000 : 20 + i * 40, i)))
    const ben = (await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })).profileId
    for (let i = 0; i < 12; i++) await write('Ben', `Ben ${i}`, paragraphDoc(words(i % 5 === 4 ? 2500 : 30 + i * 30, 100 + i)))
    await backend.vault.create({ partA: PART_A, partB: PART_B })
    for (let i = 0; i < 4; i++) await backend.vaultSecrets.create({ authorId: ana, title: `secret ${i}`, body: paragraphDoc(words(50, 200 + i)) })
    const backupFile = join(hostDir, 'before.sevenfold-backup')
    host.saveAs = backupFile
    await backend.backup.create()
    const inBackup = new Set(written.keys())
    for (let i = 0; i < 5; i++) await write('Ben', `Ben after the backup ${i}`, paragraphDoc(words(80, 300 + i)))
    const open = copyLive(dataDir)
    backend.close()
    const closed = readFileSync(join(dataDir, DATABASE_FILE))
    const backupPayload = join(hostDir, 'payload.db')
    writeFileSync(backupPayload, readFileSync(backupFile).subarray(HEADER_BYTES))
    const profiles = { [ana]: 'Ana', [ben]: 'Ben' }
    return { closed, open, backupFile, backupPayload, profiles, written, inBackup, foreignWals: await foreignWals(dir) }
  } finally {
    backend.close()
    await host.close()
  }
}

async function foreignWals(dir: string): Promise<Record<string, Buffer>> {
  // Another couple's journal, its -wal taken while open (it holds every page written since it was made).
  const otherDir = join(dir, 'other-journal')
  const other = await createBackend({ dataDir: otherDir, kdfTargetMs: 0 })
  let journal: Buffer
  try {
    await other.profile.create({ displayName: 'Cleo', passphrase: PASS_A })
    for (let i = 0; i < 5; i++) await other.reflections.create({ themeId: 'trust', title: `Cleo ${i}`, body: paragraphDoc(words(200, 400 + i)) })
    journal = copyLive(otherDir).wal
  } finally {
    other.close()
  }
  // A plain SQLite file in WAL mode, written to and copied before any checkpoint.
  const plainFile = join(dir, 'plain.db')
  const plain = new Database(plainFile)
  plain.pragma('journal_mode = WAL')
  plain.pragma('wal_autocheckpoint = 0')
  plain.exec(
    "CREATE TABLE notes (text TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) INSERT INTO notes SELECT 'hello ' || i FROM n"
  )
  copyFileSync(`${plainFile}-wal`, join(dir, 'plain.wal'))
  plain.close()
  return { 'another journal’s -wal': journal, 'a plain SQLite file’s -wal': readFileSync(join(dir, 'plain.wal')) }
}
