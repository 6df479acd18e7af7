import { describe, expect, it } from 'vitest'
import { allocSecret, randomId, wipe } from '../../../../src/main/crypto/secret-buffer.ts'

describe('secret buffers', () => {
  it('allocates zero-filled buffers that own their memory (never a pooled slab)', () => {
    for (const size of [1, 20, 32, 100]) {
      const buffer = allocSecret(size)
      expect(buffer.length).toBe(size)
      expect(buffer.every((byte) => byte === 0)).toBe(true)
      expect(buffer.byteOffset).toBe(0)
      expect(buffer.buffer.byteLength).toBe(size)
    }
  })

  it('wipes every buffer it is given to zeros and skips null and undefined', () => {
    const a = Buffer.from('correct horse battery staple')
    const b = new Uint8Array([1, 2, 3, 4])
    const whole = Buffer.from([9, 9, 9, 9, 9])
    const view = whole.subarray(1, 3)
    wipe(a, null, b, undefined, view)
    expect(a.every((byte) => byte === 0)).toBe(true)
    expect(Array.from(b)).toEqual([0, 0, 0, 0])
    expect(Array.from(whole)).toEqual([9, 0, 0, 9, 9])
  })

  it('makes random ids of 16 bytes written as 22 base64url characters, all distinct', () => {
    const ids = new Set<string>()
    for (let i = 0; i < 1000; i++) {
      const id = randomId()
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/)
      expect(Buffer.from(id, 'base64url').length).toBe(16)
      ids.add(id)
    }
    expect(ids.size).toBe(1000)
  })
})
