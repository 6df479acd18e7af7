import { createCipheriv } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/shared/errors.ts'
import { aadFor, decryptBlob, decryptJson, encryptBlob, encryptJson, gcmDecrypt, gcmEncrypt, type BlobPlace } from '../../../../src/main/crypto/aead.ts'

const hex = (s: string) => Buffer.from(s, 'hex')

// McGrew & Viega, "The Galois/Counter Mode of Operation", Appendix B, Test Case 16 (AES-256, with AAD).
const tc16 = {
  key: hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308'),
  iv: hex('cafebabefacedbaddecaf888'),
  plaintext: hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39'),
  aad: hex('feedfacedeadbeeffeedfacedeadbeefabaddad2'),
  ciphertext: hex('522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662'),
  tag: hex('76fc6ece0f4e1768cddf8853bb2d551b')
}

const key = Buffer.alloc(32, 7)
const place: BlobPlace = { table: 'reflections', rowId: 'r1', ownerId: 'o1', field: 'body' }
const TAMPERED_MESSAGE = 'This item failed its integrity check and was not opened. The rest of your journal is unaffected.'

function expectTampered(run: () => unknown): void {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(AppError)
  expect(caught).toMatchObject({ code: 'TAMPERED', message: TAMPERED_MESSAGE })
}

describe('AES-256-GCM blobs', () => {
  it('matches GCM test case 16 in both directions', () => {
    const { ciphertext, tag } = gcmEncrypt(tc16.key, tc16.iv, tc16.plaintext, tc16.aad)
    expect(ciphertext.toString('hex')).toBe(tc16.ciphertext.toString('hex'))
    expect(tag.toString('hex')).toBe(tc16.tag.toString('hex'))
    expect(gcmDecrypt(tc16.key, tc16.iv, tc16.ciphertext, tc16.tag, tc16.aad).equals(tc16.plaintext)).toBe(true)
    expect(() => gcmDecrypt(tc16.key, tc16.iv, tc16.ciphertext, tc16.tag, tc16.aad.subarray(1))).toThrow()
  })

  it('names the place in the AAD and refuses components containing a slash', () => {
    expect(aadFor(place).toString('utf8')).toBe('sevenfold/v1/reflections/r1/o1/body')
    for (const field of ['table', 'rowId', 'ownerId', 'field'] as const) {
      const bad = () => aadFor({ ...place, [field]: 'a/b' })
      expect(bad).toThrow(Error)
      expect(bad).not.toThrow(AppError)
    }
  })

  it('binds a save number as a fifth part, so a blob of another save, or of none, fails', () => {
    expect(aadFor({ ...place, version: 7 }).toString('utf8')).toBe('sevenfold/v1/reflections/r1/o1/body/7')
    const key = Buffer.alloc(32, 5)
    const blob = encryptBlob(key, Buffer.from('later words'), { ...place, version: 7 })
    expect(decryptBlob(key, blob, { ...place, version: 7 }).toString('utf8')).toBe('later words')
    expectTampered(() => decryptBlob(key, blob, { ...place, version: 6 }))
    expectTampered(() => decryptBlob(key, blob, place))
    expectTampered(() => decryptBlob(key, encryptBlob(key, Buffer.from('x'), place), { ...place, version: 0 }))
    for (const version of [-1, 1.5, Number.NaN]) expect(() => aadFor({ ...place, version })).toThrow(Error)
  })

  it('opens a blob built by hand: 0x01, fixed IV, ciphertext, tag under the literal AAD', () => {
    const cipher = createCipheriv('aes-256-gcm', tc16.key, tc16.iv, { authTagLength: 16 })
    cipher.setAAD(Buffer.from('sevenfold/v1/reflections/r1/o1/body'))
    const body = Buffer.concat([cipher.update('dear diary'), cipher.final()])
    const blob = Buffer.concat([Buffer.of(1), tc16.iv, body, cipher.getAuthTag()])
    expect(decryptBlob(tc16.key, blob, place).toString('utf8')).toBe('dear diary')
  })

  it('round-trips with layout version ‖ 12-byte IV ‖ ciphertext ‖ 16-byte tag and a fresh IV each time', () => {
    const plaintext = Buffer.from('We talked about books.')
    const a = encryptBlob(key, plaintext, place)
    const b = encryptBlob(key, plaintext, place)
    expect(a.length).toBe(1 + 12 + plaintext.length + 16)
    expect(a[0]).toBe(1)
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false)
    const opened = decryptBlob(key, a, place)
    expect(opened.equals(plaintext)).toBe(true)
    expect(opened.buffer.byteLength).toBe(opened.length)
    expect(decryptBlob(key, encryptBlob(key, Buffer.alloc(0), place), place).length).toBe(0)
  })

  it('refuses a blob with any single byte changed', () => {
    const blob = encryptBlob(key, Buffer.from('a short private note'), place)
    for (let i = 0; i < blob.length; i++) {
      for (const mask of [0x01, 0x80]) {
        const edited = Buffer.from(blob)
        edited[i] = (edited[i] ?? 0) ^ mask
        expectTampered(() => decryptBlob(key, edited, place))
      }
    }
  })

  it('refuses a blob moved to another table, row, owner or field, or opened with another key', () => {
    const blob = encryptBlob(key, Buffer.from('moved'), place)
    for (const field of ['table', 'rowId', 'ownerId', 'field'] as const) {
      expectTampered(() => decryptBlob(key, blob, { ...place, [field]: `${place[field]}x` }))
    }
    expectTampered(() => decryptBlob(Buffer.alloc(32, 8), blob, place))
  })

  it('refuses truncated or extended blobs and unknown version bytes', () => {
    const blob = encryptBlob(key, Buffer.from('truncate me'), place)
    for (let length = 0; length < blob.length; length++) expectTampered(() => decryptBlob(key, blob.subarray(0, length), place))
    expectTampered(() => decryptBlob(key, Buffer.concat([blob, Buffer.of(0)]), place))
    for (const version of [0x00, 0x02, 0xff]) {
      const edited = Buffer.from(blob)
      edited[0] = version
      expectTampered(() => decryptBlob(key, edited, place))
    }
  })

  it('treats a wrong-sized key as a programming mistake, not tampering', () => {
    const blob = encryptBlob(key, Buffer.from('x'), place)
    expect(() => decryptBlob(Buffer.alloc(16), blob, place)).toThrow('32-byte key')
    expect(() => encryptBlob(Buffer.alloc(31), Buffer.from('x'), place)).toThrow('32-byte key')
  })

  it('round-trips JSON values and refuses them in the wrong place', () => {
    const value = { title: 'Sunday walk 🌿', mood: 3, tags: ['tea', 'café'], nested: { ok: true } }
    const blob = encryptJson(key, value, place)
    expect(decryptJson<typeof value>(key, blob, place)).toEqual(value)
    expectTampered(() => decryptJson(key, blob, { ...place, field: 'title' }))
    expect(() => encryptJson(key, undefined, place)).toThrow()
  })
})
