// The floor: the least any encrypted save or open could cost here. AES-256-GCM of the
// same JSON bytes plus one prepared statement on a separate SQLite file with the same
// durability pragmas (WAL, synchronous=FULL), in the same temp folder.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'

export interface Floor {
  /** Loads `count` rows (one transaction) so the table is as big as the journal's. */
  fill(count: number, json: (i: number) => Buffer): void
  save(i: number, json: Buffer): void
  open(i: number): unknown
  close(): void
}

function seal(key: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return Buffer.concat([iv, ciphertext, cipher.getAuthTag()])
}

function unseal(key: Buffer, blob: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12))
  decipher.setAuthTag(blob.subarray(blob.length - 16))
  return Buffer.concat([decipher.update(blob.subarray(12, blob.length - 16)), decipher.final()])
}

export function openFloor(dir: string): Floor {
  const db = new Database(join(dir, 'floor.db'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec('CREATE TABLE blobs (id TEXT PRIMARY KEY, body BLOB NOT NULL) STRICT')
  const upsert = db.prepare<[string, Buffer]>('INSERT OR REPLACE INTO blobs (id, body) VALUES (?, ?)')
  const select = db.prepare<[string], { body: Buffer }>('SELECT body FROM blobs WHERE id = ?')
  const key = randomBytes(32)
  // Ids shaped like ours (22 characters of base64url).
  const idOf = (i: number) => `floor-${String(i).padStart(16, '0')}`
  return {
    fill: (count, json) =>
      db.transaction(() => {
        for (let i = 0; i < count; i++) upsert.run(idOf(i), seal(key, json(i)))
      })(),
    save: (i, json) => void upsert.run(idOf(i), seal(key, json)),
    open: (i) => JSON.parse(unseal(key, select.get(idOf(i))!.body).toString('utf8')),
    close: () => db.close()
  }
}
