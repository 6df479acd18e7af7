import { describe, expect, it } from 'vitest'
import { argon2idRaw, calibrateKdf, deriveKey, KDF_FLOOR, KDF_MAX_MEMORY_KIB, newKdfParams, type KdfParams } from '../../../../src/main/crypto/kdf.ts'

const floorParams = (overrides: Partial<Record<keyof KdfParams, unknown>> = {}): KdfParams => ({ ...newKdfParams(KDF_FLOOR), ...overrides }) as KdfParams

async function expectTampered(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: 'AppError', code: 'TAMPERED' })
}

describe('Argon2id key derivation', () => {
  it('matches the reference implementation test vectors (phc-winner-argon2 src/test.c, Argon2id v=19)', async () => {
    const password = Buffer.from('password')
    const salt = Buffer.from('somesalt')
    const big = await argon2idRaw(password, salt, { memoryKiB: 65536, iterations: 2, parallelism: 1 })
    expect(big.toString('hex')).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7')
    expect(big.toString('base64').replace(/=+$/, '')).toBe('CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc')
    const twoLanes = await argon2idRaw(password, salt, { memoryKiB: 256, iterations: 2, parallelism: 2 })
    expect(twoLanes.toString('hex')).toBe('6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037')
  })

  it('makes fresh parameters with a random 16-byte salt and the given cost', () => {
    const a = newKdfParams({ memoryKiB: 131072, iterations: 4, parallelism: 4 })
    const b = newKdfParams(KDF_FLOOR)
    expect(a).toMatchObject({ algorithm: 'argon2id', memoryKiB: 131072, iterations: 4, parallelism: 4 })
    expect(Buffer.from(a.salt, 'base64').length).toBe(16)
    expect(a.salt).not.toBe(b.salt)
  })

  it('derives a 32-byte key in its own buffer that is exactly Argon2id of the NFKC passphrase', async () => {
    const params = floorParams()
    const key = await deriveKey('pa\u0301ssword', params)
    expect(key.length).toBe(32)
    expect(key.buffer.byteLength).toBe(32)
    const expected = await argon2idRaw(Buffer.from('p\u00e1ssword', 'utf8'), Buffer.from(params.salt, 'base64'), KDF_FLOOR)
    expect(key.equals(expected)).toBe(true)
  })

  it('gives the same key for the same passphrase in NFC, NFD and compatibility forms', async () => {
    const params = floorParams()
    const nfc = await deriveKey('Caf\u00e9 \uFB01ve', params)
    const nfd = await deriveKey('Cafe\u0301 \uFB01ve', params)
    const plain = await deriveKey('Caf\u00e9 five', params)
    expect(nfd.equals(nfc)).toBe(true)
    expect(plain.equals(nfc)).toBe(true)
  })

  it('gives different keys for a different passphrase or a different salt', async () => {
    const params = floorParams()
    const key = await deriveKey('one passphrase', params)
    expect((await deriveKey('One passphrase', params)).equals(key)).toBe(false)
    expect((await deriveKey('one passphrase', floorParams())).equals(key)).toBe(false)
  })

  it('refuses stored parameters below the floor as tampered', async () => {
    await expectTampered(deriveKey('x', floorParams({ memoryKiB: KDF_FLOOR.memoryKiB - 1 })))
    await expectTampered(deriveKey('x', floorParams({ iterations: KDF_FLOOR.iterations - 1 })))
    await expectTampered(deriveKey('x', floorParams({ parallelism: KDF_FLOOR.parallelism - 1 })))
    await expectTampered(deriveKey('x', floorParams({ algorithm: 'argon2i' })))
  })

  it('refuses absurd or malformed stored parameters as tampered, before allocating anything', async () => {
    await expectTampered(deriveKey('x', floorParams({ memoryKiB: 2 ** 31 })))
    await expectTampered(deriveKey('x', floorParams({ iterations: 65 })))
    await expectTampered(deriveKey('x', floorParams({ parallelism: 17 })))
    await expectTampered(deriveKey('x', floorParams({ iterations: 3.5 })))
    await expectTampered(deriveKey('x', floorParams({ memoryKiB: '65536' })))
    await expectTampered(deriveKey('x', floorParams({ salt: Buffer.alloc(15).toString('base64') })))
    await expectTampered(deriveKey('x', floorParams({ salt: Buffer.alloc(17).toString('base64') })))
    await expectTampered(deriveKey('x', floorParams({ salt: `!${Buffer.alloc(16).toString('base64')}` })))
    await expectTampered(deriveKey('x', floorParams({ salt: 16 })))
    await expectTampered(deriveKey('x', null as unknown as KdfParams))
  })

  it('calibrates to exactly the floor, without measuring, when the target is zero', async () => {
    const started = performance.now()
    expect(await calibrateKdf({ targetMs: 0 })).toEqual(KDF_FLOOR)
    expect(performance.now() - started).toBeLessThan(50)
  })

  it('calibrates a small positive target to at least the floor and at most the maximum', async () => {
    const cost = await calibrateKdf({ targetMs: 1 })
    expect(cost.memoryKiB).toBeGreaterThanOrEqual(KDF_FLOOR.memoryKiB)
    expect(cost.memoryKiB).toBeLessThanOrEqual(KDF_MAX_MEMORY_KIB)
    expect(cost.iterations).toBeGreaterThanOrEqual(KDF_FLOOR.iterations)
    expect(cost.parallelism).toBeGreaterThanOrEqual(KDF_FLOOR.parallelism)
  })

  it('doubles memory toward a generous target but stops at the given maximum', async () => {
    expect(await calibrateKdf({ targetMs: 60_000, maxMemoryKiB: 131072 })).toEqual({ ...KDF_FLOOR, memoryKiB: 131072 })
    expect(await calibrateKdf({ targetMs: 60_000, maxMemoryKiB: 1024 })).toEqual(KDF_FLOOR)
  })
})
