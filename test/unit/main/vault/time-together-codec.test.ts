import { createSecretKey, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decryptJson } from '../../../../src/main/crypto/aead.ts'
import { secretRow, vaultPlace } from '../../../../src/main/vault/codec.ts'
import {
  checkedTimeItem,
  ideaFromSeal,
  isSealedIdea,
  isTimeKind,
  lineBody,
  lineOf,
  TIME_BLOB_BYTES,
  timeRow,
  type StoredIdea,
  type StoredTime
} from '../../../../src/main/vault/time-together-codec.ts'

const ANA = 'ana-aaaaaaaaaaaaaaaa'
const BEN = 'ben-bbbbbbbbbbbbbbbb'
const STAMP = '2026-03-01T10:00:00.000Z'

describe('an idea’s one line', () => {
  it('is read back from the body it is stored with, and from no other', () => {
    expect(lineOf(lineBody('A walk by the river'))).toBe('A walk by the river')
    const marked = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bold', marks: [{ type: 'bold' }] }] }] }
    const twoTexts = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a' },
            { type: 'text', text: 'b' }
          ]
        }
      ]
    }
    const aligned = { type: 'doc', content: [{ type: 'paragraph', attrs: { textAlign: 'center' }, content: [{ type: 'text', text: 'a' }] }] }
    const odd = ['a\u0000b', 'a\tb', 'a\u2028b', 'a\u2029b', '\u202Ea', 'a\u2067b\u2069', 'lone \uDC00'].map(lineBody)
    for (const body of [marked, twoTexts, aligned, lineBody(''), lineBody(' x'), lineBody('a\nb'), lineBody('x'.repeat(201)), ...odd, null, 'text', []]) {
      expect(lineOf(body)).toBeNull()
    }
  })

  it('sealed, is only its words and its author', () => {
    const idea = { authorId: ANA, title: '', body: lineBody('Pancakes'), sealedAt: STAMP, kind: 'idea' as const }
    expect(isSealedIdea(idea)).toBe(true)
    expect(isSealedIdea({ ...idea, title: 'A title' })).toBe(false)
    expect(isSealedIdea({ ...idea, forId: BEN })).toBe(false)
    expect(isSealedIdea({ ...idea, shared: { themeId: 'trust', date: '2026-03-01' } })).toBe(false)
    expect(ideaFromSeal(idea)).toEqual({ kind: 'idea', text: 'Pancakes', authorId: ANA, isNew: true, createdAt: STAMP, updatedAt: STAMP })
  })
})

describe('a stored item of time together', () => {
  const idea = { kind: 'idea', text: 'Pancakes', isNew: false, createdAt: STAMP, updatedAt: STAMP }
  const time = { kind: 'together-log', date: '2026-03-01', what: 'Pancakes', createdAt: STAMP, updatedAt: STAMP }

  it('is told from a secret by its kind', () => {
    expect(isTimeKind(idea)).toBe(true)
    expect(isTimeKind(time)).toBe(true)
    expect(isTimeKind({ kind: 'thanks' })).toBe(false)
    expect(isTimeKind({ title: 'A secret' })).toBe(false)
    expect(isTimeKind(null)).toBe(false)
  })

  it('is taken only as this version writes it', () => {
    const partners = [ANA, BEN]
    expect(checkedTimeItem(idea, partners)).toEqual(idea)
    expect(checkedTimeItem({ ...idea, planned: '2026-03-02', authorId: BEN, seedId: 'cook-new' }, partners)).not.toBeNull()
    expect(checkedTimeItem(time, partners)).toEqual(time)
    for (const broken of [
      { ...idea, text: '' },
      { ...idea, text: 42 },
      { ...idea, isNew: 'yes' },
      { ...idea, authorId: 'stranger-cccccccccccc' },
      { ...idea, planned: 'next week' },
      { ...idea, createdAt: 'yesterday' },
      { ...time, date: '1 March' },
      { ...time, what: 'x'.repeat(201) },
      { ...time, kind: 'together' }
    ]) {
      expect(checkedTimeItem(broken, partners), JSON.stringify(broken)).toBeNull()
    }
  })
})

describe('a row of time together', () => {
  const key = createSecretKey(randomBytes(32))
  const VAULT = 'vault-vvvvvvvvvvvvvvvv'
  const ROW = 'row-rrrrrrrrrrrrrrrrrr'
  const LONGEST_ID = 'p'.repeat(40)
  const read = (row: { header: Buffer; body: Buffer }) => ({
    header: checkedTimeItem(decryptJson(key, row.header, vaultPlace.secret(VAULT, ROW, 'header')), [ANA, LONGEST_ID]),
    body: lineOf(decryptJson(key, row.body, vaultPlace.secret(VAULT, ROW, 'body')))
  })
  // AES-GCM's version byte, IV and tag around the padded plaintext.
  const BLOB = TIME_BLOB_BYTES + 1 + 12 + 16

  it('is one size, header and body, from the shortest idea to the longest time with every field', () => {
    const shortest: StoredIdea = { kind: 'idea', text: 'A', isNew: false, createdAt: STAMP, updatedAt: STAMP }
    // Two hundred three-byte characters and quotes (escaped in JSON), stamps of forty, every field there.
    const longest: StoredIdea = {
      kind: 'idea',
      text: '€"'.repeat(100),
      seedId: 'across-town',
      authorId: LONGEST_ID,
      planned: '2026-03-02',
      isNew: true,
      createdAt: 'Sunday, March 1, 2026, 10:00:00 GMT+0000',
      updatedAt: STAMP
    }
    const time: StoredTime = { kind: 'together-log', date: '2026-03-01', what: '€"'.repeat(100), ideaId: 'i'.repeat(40), createdAt: STAMP, updatedAt: STAMP }
    for (const item of [shortest, longest, time]) {
      const row = timeRow(key, VAULT, ROW, item)
      expect([row.header.length, row.body.length], item.kind).toEqual([BLOB, BLOB])
      expect(read(row).header).toMatchObject({ ...item })
      expect(read(row).body).toBe(item.kind === 'idea' ? item.text : item.what)
    }
  })

  it('written before the padding, as the version before wrote it, still reads the same', () => {
    const idea: StoredIdea = { kind: 'idea', text: 'Pancakes', planned: '2026-03-02', isNew: false, createdAt: STAMP, updatedAt: STAMP }
    const unpadded = secretRow(key, VAULT, ROW, idea, lineBody(idea.text))
    expect(unpadded.header.length).toBeLessThan(BLOB)
    expect(read(unpadded)).toEqual(read(timeRow(key, VAULT, ROW, idea)))
    expect(read(unpadded)).toEqual({ header: idea, body: 'Pancakes' })
  })
})
