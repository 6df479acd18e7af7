import { describe, expect, it } from 'vitest'
import { encryptBlob, type BlobPlace } from '../../../../src/main/crypto/aead.ts'
import { newJournalKey, unwrapKey, wrapKey } from '../../../../src/main/crypto/key-slots.ts'

const kek = Buffer.alloc(32, 0x5a)
const place: BlobPlace = { table: 'key_slots', rowId: 'slot1', ownerId: 'profile1', field: 'journal_key' }

describe('key slots', () => {
  it('makes random 32-byte journal keys in their own buffers', () => {
    const a = newJournalKey()
    const b = newJournalKey()
    expect(a.length).toBe(32)
    expect(a.buffer.byteLength).toBe(32)
    expect(a.equals(b)).toBe(false)
    expect(a.equals(Buffer.alloc(32))).toBe(false)
  })

  it('unwraps what it wrapped, into a fresh unpooled buffer', () => {
    const key = newJournalKey()
    const wrapped = wrapKey(kek, key, place)
    expect(wrapped.length).toBe(1 + 12 + 32 + 16)
    const unwrapped = unwrapKey(kek, wrapped, place)
    expect(unwrapped?.equals(key)).toBe(true)
    expect(unwrapped?.buffer.byteLength).toBe(32)
  })

  it('returns null when the wrap does not authenticate: wrong KEK, other slot, edited or garbage', () => {
    const wrapped = wrapKey(kek, newJournalKey(), place)
    expect(unwrapKey(Buffer.alloc(32, 0x5b), wrapped, place)).toBeNull()
    expect(unwrapKey(kek, wrapped, { ...place, rowId: 'slot2' })).toBeNull()
    expect(unwrapKey(kek, wrapped, { ...place, ownerId: 'profile2' })).toBeNull()
    const edited = Buffer.from(wrapped)
    edited[20] = (edited[20] ?? 0) ^ 1
    expect(unwrapKey(kek, edited, place)).toBeNull()
    expect(unwrapKey(kek, Buffer.alloc(3), place)).toBeNull()
  })

  it('refuses to wrap anything but a 32-byte key, and calls an authentic wrong-sized payload damage', () => {
    expect(() => wrapKey(kek, Buffer.alloc(16), place)).toThrow()
    const odd = encryptBlob(kek, Buffer.alloc(31, 1), place)
    expect(() => unwrapKey(kek, odd, place)).toThrow(expect.objectContaining({ code: 'TAMPERED' }))
  })
})
