import { hkdfSync, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { jointKek, vaultRecoveryKek } from '../../../../src/main/crypto/joint-kek.ts'
import { KDF_FLOOR } from '../../../../src/main/crypto/kdf.ts'
import { newJournalKey } from '../../../../src/main/crypto/key-slots.ts'
import { parseRecoveryCode } from '../../../../src/main/crypto/recovery-code.ts'
import { derivePart, jointSlot, newVaultKeys, openWithHalves, openWithPartKeys, openWithParts, partParams } from '../../../../src/main/vault/keys.ts'
import { PART_A, PART_B } from '../../../support/backend.ts'
import { WRONG_PART } from '../../../support/vault.ts'

const keyA = Buffer.alloc(32, 0xa1)
const keyB = Buffer.alloc(32, 0xb2)

describe('the joint KEK', () => {
  it('is HKDF-SHA256 of K_a ‖ K_b with info "sevenfold/vault/v1" and no salt, in a fresh 32-byte buffer', () => {
    const expected = Buffer.from(hkdfSync('sha256', Buffer.concat([keyA, keyB]), Buffer.alloc(0), 'sevenfold/vault/v1', 32))
    const kek = jointKek(keyA, keyB)
    expect(kek.equals(expected)).toBe(true)
    expect(kek.buffer.byteLength).toBe(32)
    expect(jointKek(keyA, keyB).equals(kek)).toBe(true)
  })

  it('depends on both parts and on their order', () => {
    const kek = jointKek(keyA, keyB)
    expect(jointKek(keyB, keyA).equals(kek)).toBe(false)
    expect(jointKek(keyA, keyA).equals(kek)).toBe(false)
    expect(jointKek(keyB, keyB).equals(kek)).toBe(false)
    expect(jointKek(keyA, Buffer.alloc(32)).equals(kek)).toBe(false)
    expect(jointKek(Buffer.alloc(32), keyB).equals(kek)).toBe(false)
  })

  it('takes only 32-byte part keys, so a part cannot stand in for both', () => {
    expect(() => jointKek(Buffer.concat([keyA, keyB]), Buffer.alloc(0))).toThrow()
    expect(() => jointKek(keyA, keyB.subarray(1))).toThrow()
  })

  it('gives the recovery KEK from both halves, in order, with its salt', () => {
    const a = randomBytes(20)
    const b = randomBytes(20)
    const salt = randomBytes(16)
    const kek = vaultRecoveryKek(a, b, salt)
    const expected = Buffer.from(hkdfSync('sha256', Buffer.concat([a, b]), salt, 'sevenfold/vault-recovery/v1', 32))
    expect(kek.equals(expected)).toBe(true)
    expect(vaultRecoveryKek(b, a, salt).equals(kek)).toBe(false)
    expect(vaultRecoveryKek(a, b, randomBytes(16)).equals(kek)).toBe(false)
  })
})

describe('the vault key behind the joint slot', () => {
  it('opens with both parts, and with nothing else: each part alone, swapped, or either one wrong', async () => {
    const key = newJournalKey()
    const slot = await jointSlot('vault1', 'slot1', key, PART_A, PART_B, KDF_FLOOR)
    expect(slot).toMatchObject({ id: 'slot1', vaultId: 'vault1', kind: 'joint' })
    for (const part of [PART_A, PART_B]) expect(slot.kdf).not.toContain(part)

    expect((await openWithParts(slot, PART_A, PART_B))?.equals(key)).toBe(true)
    expect(await openWithParts(slot, PART_B, PART_A)).toBeNull()
    expect(await openWithParts(slot, WRONG_PART, PART_B)).toBeNull()
    expect(await openWithParts(slot, PART_A, WRONG_PART)).toBeNull()
    expect(await openWithParts(slot, PART_A, PART_A)).toBeNull()
    expect(await openWithParts(slot, PART_B, PART_B)).toBeNull()

    // One stretched part with anything in place of the other.
    const params = partParams(slot)
    const stretchedA = await derivePart(PART_A, params.a)
    const stretchedB = await derivePart(PART_B, params.b)
    expect(openWithPartKeys(slot, stretchedA, Buffer.alloc(32))).toBeNull()
    expect(openWithPartKeys(slot, Buffer.alloc(32), stretchedB)).toBeNull()
    expect(openWithPartKeys(slot, stretchedB, stretchedA)).toBeNull()
    expect(openWithPartKeys(slot, stretchedA, stretchedB)?.equals(key)).toBe(true)
  })

  it('stretches each part with its own salt, so part a typed as part b gives another key', async () => {
    const slot = await jointSlot('vault1', 'slot1', newJournalKey(), PART_A, PART_B, KDF_FLOOR)
    const params = partParams(slot)
    expect(params.a.salt).not.toBe(params.b.salt)
    expect(params.a).toMatchObject({ algorithm: 'argon2id', ...KDF_FLOOR })
    expect((await derivePart(PART_A, params.a)).equals(await derivePart(PART_A, params.b))).toBe(false)
  })

  it('accepts a part typed in another Unicode form (NFKC)', async () => {
    const partA = 'crème brûlée for the two of us'.normalize('NFC')
    const key = newJournalKey()
    const slot = await jointSlot('vault1', 'slot1', key, partA, PART_B, KDF_FLOOR)
    expect((await openWithParts(slot, partA.normalize('NFD'), PART_B))?.equals(key)).toBe(true)
  })

  it('is bound to its slot row: the same wrap under another slot id or vault does not open', async () => {
    const key = newJournalKey()
    const slot = await jointSlot('vault1', 'slot1', key, PART_A, PART_B, KDF_FLOOR)
    expect(await openWithParts({ ...slot, id: 'slot2' }, PART_A, PART_B)).toBeNull()
    expect(await openWithParts({ ...slot, vaultId: 'vault2' }, PART_A, PART_B)).toBeNull()
  })

  it('calls damaged slot parameters TAMPERED rather than a wrong part', async () => {
    const slot = await jointSlot('vault1', 'slot1', newJournalKey(), PART_A, PART_B, KDF_FLOOR)
    await expect(openWithParts({ ...slot, kdf: '{"a":' }, PART_A, PART_B)).rejects.toMatchObject({ code: 'TAMPERED' })
    await expect(openWithParts({ ...slot, kdf: JSON.stringify({ a: partParams(slot).a }) }, PART_A, PART_B)).rejects.toMatchObject({ code: 'TAMPERED' })
    const weakened = { ...partParams(slot), b: { ...partParams(slot).b, memoryKiB: 8 } }
    await expect(openWithParts({ ...slot, kdf: JSON.stringify(weakened) }, PART_A, PART_B)).rejects.toMatchObject({ code: 'TAMPERED' })
  })

  it('makes a new vault key with a joint slot and a recovery slot that needs both halves, in order', async () => {
    const { key, slots, halves } = await newVaultKeys('vault1', PART_A, PART_B, KDF_FLOOR)
    const [joint, recovery] = slots
    expect(joint?.kind).toBe('joint')
    expect(recovery?.kind).toBe('recovery')
    expect(halves.a).not.toBe(halves.b)
    expect((await openWithParts(joint!, PART_A, PART_B))?.equals(key)).toBe(true)

    const a = parseRecoveryCode(halves.a)
    const b = parseRecoveryCode(halves.b)
    expect(openWithHalves(recovery!, a, b)?.equals(key)).toBe(true)
    expect(openWithHalves(recovery!, b, a)).toBeNull()
    expect(openWithHalves(recovery!, a, a)).toBeNull()
    expect(openWithHalves(recovery!, a, Buffer.alloc(20))).toBeNull()
    expect(() => openWithHalves({ ...recovery!, kdf: '{}' }, a, b)).toThrow(expect.objectContaining({ code: 'TAMPERED' }))
  })
})
