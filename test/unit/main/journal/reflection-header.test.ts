import { describe, expect, it } from 'vitest'
import { newJournalKey } from '../../../../src/main/crypto/key-slots.ts'
import { SessionKey } from '../../../../src/main/crypto/session-key.ts'
import { Journal } from '../../../../src/main/journal/journal.ts'
import { encryptHeader } from '../../../../src/main/journal/reflection-codec.ts'
import { openDatabase } from '../../../../src/main/storage/database.ts'
import { createJournalStore } from '../../../../src/main/storage/journal-store.ts'
import { cutLine, excerptAfterTitle, firstLineOf } from '../../../../src/shared/reflection-title.ts'
import { paragraphDoc } from '../../../support/backend.ts'
import { useTempDirs } from '../../../support/temp-dir.ts'

const tempDir = useTempDirs()
const OWNER = 'owner-aaaaaaaaaaaaaaaa'

describe('the first line as a title', () => {
  it('takes the first line with words on it, on one line, cut at a word with an ellipsis', () => {
    expect(firstLineOf(paragraphDoc('   ', '  Ben   laughed  ', 'later'))).toBe('Ben laughed')
    expect(firstLineOf({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('')
    expect(cutLine('word '.repeat(30))).toBe(`${'word '.repeat(11).trimEnd()}…`)
    expect(cutLine('x'.repeat(80))).toBe(`${'x'.repeat(59)}…`)
    // Cut by code point: no emoji is split into half a surrogate pair.
    expect(cutLine('🌷'.repeat(70))).toBe(`${'🌷'.repeat(59)}…`)
  })

  it('lets a list go on from the first line instead of saying it twice', () => {
    expect(excerptAfterTitle('Ben laughed', 'Ben laughed at the film')).toBe('at the film')
    expect(excerptAfterTitle('A long first line cut…', 'A long first line cut short here')).toBe('…short here')
    expect(excerptAfterTitle('All there is', 'All there is')).toBe('')
    expect(excerptAfterTitle('Something else', 'An excerpt')).toBe('An excerpt')
  })
})

describe('a reflection saved before prompts and first lines were kept', () => {
  it('still opens, with no prompt, listed under the start of its excerpt', async () => {
    const db = openDatabase(tempDir())
    db.prepare(`INSERT INTO profiles VALUES ('${OWNER}', 'Ana', 0)`).run()
    const store = createJournalStore(db)
    const raw = newJournalKey()
    const writer = await Journal.open(OWNER, new SessionKey(Buffer.from(raw)), store, { recordExpected: false })
    const body = paragraphDoc('An older evening, written before this version of Sevenfold knew about first lines')
    const { id } = writer.create({ themeId: 'being-there', title: '', body, prompt: 'Which moment stayed with you?' })
    const [made] = writer.list()
    // Its header as an older version wrote it: no first line, no prompt, the same save.
    const { id: _id, titled: _t, ...rest } = made!
    const old = { ...rest, title: '' }
    const key = new SessionKey(Buffer.from(raw))
    store.reflections.updateHeader(id, OWNER, encryptHeader(key.cipherKey, id, OWNER, old, { version: 1, bodyVersion: 1 }))
    writer.close()

    const reader = await Journal.open(OWNER, key, store, { recordExpected: false })
    expect(reader.damagedCount).toBe(0)
    expect(reader.list()[0]).toMatchObject({ title: 'An older evening, written before this version of Sevenfold…', titled: false })
    expect(reader.get(id)).toMatchObject({ prompt: null, body })
    db.close()
  })
})
