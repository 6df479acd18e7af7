import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { decryptBlob, encryptBlob } from '../../../../src/main/crypto/aead.ts'
import { newJournalKey } from '../../../../src/main/crypto/key-slots.ts'
import { SessionKey } from '../../../../src/main/crypto/session-key.ts'

const place = { table: 'reflections', rowId: 'r1', ownerId: 'p1', field: 'body' }

describe('the key of an open journal', () => {
  it('encrypts and decrypts interchangeably with the raw key it was made from', () => {
    const raw = newJournalKey()
    const session = new SessionKey(Buffer.from(raw))
    const blob = encryptBlob(raw, Buffer.from('hello'), place)
    expect(decryptBlob(session.cipherKey, blob, place).toString()).toBe('hello')
    expect(decryptBlob(raw, encryptBlob(session.cipherKey, Buffer.from('back'), place), place).toString()).toBe('back')
  })

  it('wipes the bytes it owns and refuses to be used once closed', () => {
    const raw = newJournalKey()
    const session = new SessionKey(raw)
    session.close()
    expect(raw.every((byte) => byte === 0)).toBe(true)
    expect(session.isOpen).toBe(false)
    expect(() => session.cipherKey).toThrow(/closed/)
  })

  it('lets its KeyObject be collected right away on close, so Node clears the native copy', async () => {
    const collected: string[] = []
    const registry = new FinalizationRegistry((label: string) => collected.push(label))
    const session = new SessionKey(newJournalKey())
    // In its own function, so no stale register of this test's frame holds the object.
    const watch = (key: SessionKey) => registry.register(key.cipherKey, 'key object')
    watch(session)
    session.close()
    for (let i = 0; i < 20 && collected.length === 0; i++) await sleep(5)
    expect(collected).toEqual(['key object'])
  })
})
