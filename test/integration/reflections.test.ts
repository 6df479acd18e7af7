import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../src/main/storage/database.ts'
import { PASS_A, PASS_B, paragraphDoc, useBackends } from '../support/backend.ts'

const newBackend = useBackends()

const richBody = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Breakfast plans' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'We chose ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'Saturday' }
      ]
    },
    {
      type: 'taskList',
      content: [{ type: 'taskItem', attrs: { checked: true }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'buy pears' }] }] }]
    }
  ]
}

describe('reflections in an open journal', () => {
  it('stores the rich-text body exactly and lists headers with an excerpt and word count', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const { id } = await backend.reflections.create({ themeId: 'small-talk', title: 'Morning', body: richBody, date: '2026-11-20' })
    const saved = await backend.reflections.get({ id })
    expect(saved).toMatchObject({ id, themeId: 'small-talk', title: 'Morning', date: '2026-11-20', wordCount: 7, body: richBody })
    const [header] = await backend.reflections.list()
    expect(header).toMatchObject({ id, excerpt: 'Breakfast plans We chose Saturday buy pears', wordCount: 7 })
    expect(header).not.toHaveProperty('body')
  })

  it('lists newest first, filters by theme, and summarises counts and last dates per theme', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.reflections.create({ themeId: 'trust', title: 'old', body: paragraphDoc('a'), date: '2024-01-02' })
    await backend.reflections.create({ themeId: 'appreciation', title: 'new', body: paragraphDoc('b'), date: '2026-03-04' })
    await backend.reflections.create({ themeId: 'trust', title: 'middle', body: paragraphDoc('c'), date: '2025-05-06' })
    expect((await backend.reflections.list()).map((r) => r.title)).toEqual(['new', 'middle', 'old'])
    expect((await backend.reflections.list({ themeId: 'trust' })).map((r) => r.title)).toEqual(['middle', 'old'])
    const summary = await backend.themes.summary()
    expect(summary).toHaveLength(7)
    expect(summary.find((s) => s.themeId === 'trust')).toEqual({ themeId: 'trust', count: 2, lastWrittenDate: '2025-05-06' })
    expect(summary.find((s) => s.themeId === 'self-love')).toEqual({ themeId: 'self-love', count: 0, lastWrittenDate: null })
  })

  it('updates only what changed and deletes for good, body included', async () => {
    const { backend, dataDir } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const { id } = await backend.reflections.create({ themeId: 'trust', title: 'draft', body: paragraphDoc('one two') })
    const header = await backend.reflections.update({ id, title: 'final' })
    expect(header).toMatchObject({ title: 'final', wordCount: 2, themeId: 'trust' })
    await backend.reflections.update({ id, body: paragraphDoc('one two three') })
    expect(await backend.reflections.get({ id })).toMatchObject({ title: 'final', wordCount: 3, body: paragraphDoc('one two three') })
    await backend.reflections.delete({ id })
    await expect(backend.reflections.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(backend.reflections.update({ id, title: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
    expect(raw.prepare('SELECT (SELECT count(*) FROM reflections) + (SELECT count(*) FROM reflection_bodies) AS n').get()).toEqual({ n: 0 })
    raw.close()
  })
})

describe('two partners on one computer', () => {
  it('never shows one partner’s reflections to the other, even by id', async () => {
    const { backend } = await newBackend()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const { id } = await backend.reflections.create({ themeId: 'self-love', title: 'Ana only', body: paragraphDoc('mine') })
    await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    expect(await backend.reflections.list()).toEqual([])
    expect((await backend.themes.summary()).every((s) => s.count === 0)).toBe(true)
    await expect(backend.reflections.get({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(backend.reflections.delete({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('cannot read a reflection whose row was moved to the other partner in the file', async () => {
    const { backend, dataDir } = await newBackend()
    const ana = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const { id } = await backend.reflections.create({ themeId: 'self-love', title: 'Ana only', body: paragraphDoc('mine') })
    const ben = await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })
    await backend.session.lock()
    const raw = new Database(join(dataDir, DATABASE_FILE))
    raw.prepare('UPDATE reflections SET profile_id = ? WHERE id = ?').run(ben.profileId, id)
    raw.close()
    await backend.session.unlock({ profileId: ben.profileId, passphrase: PASS_B })
    expect(await backend.reflections.list()).toEqual([])
    expect((await backend.app.status()).damagedItems).toBe(1)
    await expect(backend.reflections.get({ id })).rejects.toMatchObject({ code: 'TAMPERED' })
    void ana
  })
})

describe('a damaged reflection', () => {
  it('is reported as TAMPERED on its own while the rest of the journal still opens', async () => {
    const { backend, dataDir } = await newBackend()
    const { profileId } = await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    const good = await backend.reflections.create({ themeId: 'trust', title: 'good', body: paragraphDoc('fine') })
    const bad = await backend.reflections.create({ themeId: 'trust', title: 'bad', body: paragraphDoc('flipped') })
    const swapped = await backend.reflections.create({ themeId: 'trust', title: 'swapped', body: paragraphDoc('moved') })
    await backend.session.lock()

    const raw = new Database(join(dataDir, DATABASE_FILE))
    const body = (raw.prepare('SELECT body FROM reflection_bodies WHERE id = ?').get(bad.id) as { body: Buffer }).body
    body[body.length - 20]! ^= 0x01
    raw.prepare('UPDATE reflection_bodies SET body = ? WHERE id = ?').run(body, bad.id)
    const goodBody = (raw.prepare('SELECT body FROM reflection_bodies WHERE id = ?').get(good.id) as { body: Buffer }).body
    raw.prepare('UPDATE reflection_bodies SET body = ? WHERE id = ?').run(goodBody, swapped.id)
    raw.close()

    await backend.session.unlock({ profileId, passphrase: PASS_A })
    expect((await backend.reflections.list()).map((r) => r.title).sort()).toEqual(['bad', 'good', 'swapped'])
    await expect(backend.reflections.get({ id: bad.id })).rejects.toMatchObject({ code: 'TAMPERED' })
    await expect(backend.reflections.get({ id: swapped.id })).rejects.toMatchObject({ code: 'TAMPERED' })
    expect((await backend.reflections.get({ id: good.id })).body).toEqual(paragraphDoc('fine'))
  })
})
