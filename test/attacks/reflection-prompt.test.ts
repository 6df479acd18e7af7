// Issue 16, item 4: a reflection keeps the prompt it was started from, inside its encrypted
// header. The other partner, with the file, tries to read it, to bring back a prompt its writer
// removed by putting back the older header, and to move a header with its prompt onto another
// reflection. Each is read as nothing, or counted as damaged and never shown.

import { describe, expect, it } from 'vitest'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'
import { canarySightings } from '../support/canary.ts'
import { rawDb } from '../support/vault.ts'

const newBackend = useBackends()

function headerOf(dataDir: string, id: string): Buffer {
  const db = rawDb(dataDir)
  try {
    return (db.prepare('SELECT header FROM reflections WHERE id = ?').get(id) as { header: Buffer }).header
  } finally {
    db.close()
  }
}

function setHeader(dataDir: string, id: string, header: Buffer): void {
  const db = rawDb(dataDir)
  try {
    db.prepare('UPDATE reflections SET header = ? WHERE id = ?').run(header, id)
  } finally {
    db.close()
  }
}

async function bensReflections() {
  const { backend, dataDir } = await newBackend()
  await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  const ben = (await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })).profileId
  const prompt = `tellingprompt${Date.now().toString(36)} what did Ana say that hurt?`
  const started = await backend.reflections.create({ themeId: 'being-there', title: '', body: paragraphDoc('It stung.'), prompt })
  const other = await backend.reflections.create({ themeId: 'being-there', title: 'Other', body: paragraphDoc('Something else.') })
  return { backend, dataDir, ben, prompt, started: started.id, other: other.id }
}

describe('the other partner and a reflection’s prompt', () => {
  it('cannot read it in any file of the data folder', async () => {
    const { backend, dataDir, prompt } = await bensReflections()
    await backend.session.lock()
    expect(canarySightings(dataDir, prompt.split(' ')[0]!)).toEqual([])
  })

  it('cannot bring back a removed prompt by putting back the older header', async () => {
    const { backend, dataDir, ben, started } = await bensReflections()
    const withPrompt = headerOf(dataDir, started)
    await backend.reflections.update({ id: started, prompt: null })
    await backend.session.lock()
    setHeader(dataDir, started, withPrompt)

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.app.status()).damagedItems).toBe(1)
    expect((await backend.reflections.list()).map((r) => r.id)).not.toContain(started)
    await expect(backend.reflections.get({ id: started })).rejects.toMatchObject({ code: 'TAMPERED' })
  })

  it('cannot move a header with its prompt onto another reflection', async () => {
    const { backend, dataDir, ben, started, other } = await bensReflections()
    await backend.session.lock()
    setHeader(dataDir, other, headerOf(dataDir, started))

    await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
    expect((await backend.app.status()).damagedItems).toBe(1)
    await expect(backend.reflections.get({ id: other })).rejects.toMatchObject({ code: 'TAMPERED' })
    expect((await backend.reflections.get({ id: started })).prompt).toMatch(/^tellingprompt/)
  })
})
