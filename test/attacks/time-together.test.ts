// Time together (issue 17, item 4), played by the other partner at the disk. Ben wants the list
// to say what the two of them never put in it: he spoils a sealed idea in the file; with the
// vault's public key from the file he seals "ideas" that are not as the app makes them (a title,
// a link, two paragraphs, someone it is for, a shared reflection's mark, words too long, control
// or direction characters); and with the vault's rows he swaps two ideas, carries an idea onto a
// secret's row, and copies one to a new row. Each is counted damaged and shown nowhere; what the
// app made still comes through. (Sealing a plain new idea in Ana's name is the known limit of
// every drop-in: docs/security.md, "Known limits".)

import { describe, expect, it } from 'vitest'
import { sealJson } from '../../src/main/crypto/seal.ts'
import { randomId } from '../../src/main/crypto/secret-buffer.ts'
import { vaultPlace } from '../../src/main/vault/codec.ts'
import { PASS_A, paragraphDoc, useBackends } from '../support/backend.ts'
import { editBlob, flipped, giveBoth, rawDb, runSql, withVault } from '../support/vault.ts'

const newBackend = useBackends()

function rows<T>(dataDir: string, sql: string): T[] {
  const db = rawDb(dataDir)
  try {
    return db.prepare(sql).all() as T[]
  } finally {
    db.close()
  }
}

const line = (text: string) => paragraphDoc(text)

describe('an idea for time together', () => {
  it('sealed and then spoilt in the file is counted damaged and stays out of the list', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana } = await withVault(backend)
    await backend.vaultTime.list()
    await backend.vault.lock()
    await backend.vaultTime.sealIdea({ authorId: ana, text: 'A walk by the river', passphrase: PASS_A })
    const [sealed] = rows<{ id: string }>(dataDir, 'SELECT id FROM vault_sealed')
    editBlob(dataDir, 'vault_sealed', 'sealed', 'id = ?', [sealed!.id], (bytes) => flipped(bytes, -5))

    const status = await giveBoth(backend)
    expect(status.damagedItems).toBe(1)
    expect((await backend.vaultTime.list()).ideas.map((i) => i.text)).not.toContain('A walk by the river')
    // It stays where it was, sealed, never moved in.
    expect(rows(dataDir, 'SELECT id FROM vault_sealed')).toHaveLength(1)
  })

  it('sealed by Ben with the key from the file but not as the app seals one is counted damaged, never listed', async () => {
    const { backend, dataDir } = await newBackend()
    const { ana, ben } = await withVault(backend)
    const before = (await backend.vaultTime.list()).ideas.length
    await backend.vault.lock()
    const [vault] = rows<{ id: string; public_key: Buffer }>(dataDir, 'SELECT id, public_key FROM vault')
    const idea = { authorId: ben, title: '', body: line('Forged idea'), sealedAt: new Date().toISOString(), kind: 'idea' }
    const linked = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Click me', marks: [{ type: 'link', attrs: { href: 'https://example.com' } }] }] }]
    }
    const forged = [
      { ...idea, title: 'With a title' },
      { ...idea, forId: ana },
      { ...idea, shared: { themeId: 'quality-time', date: '2026-03-01' } },
      { ...idea, body: linked },
      { ...idea, body: paragraphDoc('Two', 'paragraphs') },
      { ...idea, body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Loud' }] }] } },
      { ...idea, body: line('x'.repeat(201)) },
      { ...idea, body: line('  padded  ') },
      { ...idea, body: line('two\nlines') },
      // Characters no one types into a line: a NUL, a line separator, a lone surrogate, and a
      // direction override that would turn the words beside it (a name, a label) around.
      { ...idea, body: line('nul\u0000inside') },
      { ...idea, body: line('line\u2028separator') },
      { ...idea, body: line('lone \uD800 surrogate') },
      { ...idea, body: line('\u202Eturned around') },
      { ...idea, body: line('embedded \u202Bright to left\u202C') },
      { ...idea, authorId: 'someone-else-entirely' },
      { ...idea, kind: 'ideas' }
    ]
    for (const secret of forged) {
      const id = randomId()
      runSql(
        dataDir,
        'INSERT INTO vault_sealed (id, vault_id, sealed) VALUES (?, ?, ?)',
        id,
        vault!.id,
        sealJson(vault!.public_key, secret, vaultPlace.sealed(vault!.id, id))
      )
    }
    // One sealed as the app seals it still comes through.
    await backend.vaultTime.sealIdea({ authorId: ben, text: 'The real one' })

    const status = await giveBoth(backend)
    expect(status.damagedItems).toBe(forged.length)
    const listed = await backend.vaultTime.list()
    expect(listed.ideas.filter((i) => i.isNew).map((i) => [i.text, i.authorId])).toEqual([['The real one', ben]])
    expect(listed.ideas).toHaveLength(before + 1)
    expect(await backend.vaultSecrets.list()).toEqual([])
    expect(rows(dataDir, 'SELECT id FROM vault_sealed')).toHaveLength(forged.length)
  })

  it('swapped with another idea, carried onto a secret’s row, or copied to a new row, is counted damaged', async () => {
    const { backend, dataDir } = await newBackend()
    const { ben } = await withVault(backend)
    const [first, second, third] = (await backend.vaultTime.list()).ideas
    const secret = await backend.vaultSecrets.create({ authorId: ben, title: 'A secret', body: paragraphDoc('ours') })
    await backend.vault.lock()
    const all = rows<{ id: string; vault_id: string; header: Buffer; body: Buffer }>(dataDir, 'SELECT id, vault_id, header, body FROM vault_secrets')
    const row = (id: string) => all.find((r) => r.id === id)!
    // Two ideas swap their words; a third takes the secret's place; and a copy of the third appears.
    runSql(dataDir, 'UPDATE vault_secrets SET header = ?, body = ? WHERE id = ?', row(second!.id).header, row(second!.id).body, first!.id)
    runSql(dataDir, 'UPDATE vault_secrets SET header = ?, body = ? WHERE id = ?', row(first!.id).header, row(first!.id).body, second!.id)
    runSql(dataDir, 'UPDATE vault_secrets SET header = ?, body = ? WHERE id = ?', row(third!.id).header, row(third!.id).body, secret.id)
    const copy = row(third!.id)
    runSql(dataDir, 'INSERT INTO vault_secrets (id, vault_id, header, body) VALUES (?, ?, ?, ?)', randomId(), copy.vault_id, copy.header, copy.body)

    const status = await giveBoth(backend)
    expect(status.damagedItems).toBe(4)
    const ideas = (await backend.vaultTime.list()).ideas
    expect(ideas.map((i) => i.id)).not.toContain(first!.id)
    expect(ideas.map((i) => i.id)).not.toContain(second!.id)
    // The third is still itself, once: not the copy, and not as the secret.
    expect(ideas.filter((i) => i.text === third!.text).map((i) => i.id)).toEqual([third!.id])
    expect(await backend.vaultSecrets.list()).toEqual([])
  })
})
