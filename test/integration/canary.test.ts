import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PASS_A, paragraphDoc, useBackends } from '../support/backend.ts'

const newBackend = useBackends()

/** Every encoding in which a careless implementation might leave the text on disk. */
function encodings(secret: string): Record<string, Buffer> {
  const utf8 = Buffer.from(secret, 'utf8')
  return {
    utf8,
    utf16le: Buffer.from(secret, 'utf16le'),
    utf16be: Buffer.from(secret, 'utf16le').swap16(),
    hex: Buffer.from(utf8.toString('hex')),
    HEX: Buffer.from(utf8.toString('hex').toUpperCase()),
    ...base64Forms(utf8)
  }
}

/** Base64 of the text as it would appear at each of the three byte alignments in a larger file. */
function base64Forms(utf8: Buffer): Record<string, Buffer> {
  const forms: Record<string, Buffer> = {}
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(shift), utf8]).toString('base64')
    const stable = encoded.slice(shift === 0 ? 0 : 4, (shift === 0 ? 0 : 4) + 16)
    forms[`base64+${shift}`] = Buffer.from(stable)
    forms[`base64url+${shift}`] = Buffer.from(stable.replaceAll('+', '-').replaceAll('/', '_'))
  }
  return forms
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)]
  )
}

describe('the canary: nothing a person wrote reaches the disk in plaintext', () => {
  it('finds the unique words of titles and bodies in no file of the data folder, WAL included', async () => {
    const { backend, dataDir } = await newBackend()
    const canary = `canary${Date.now().toString(36)}zebra`
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    for (let i = 0; i < 30; i++) {
      await backend.reflections.create({ themeId: 'being-there', title: `${canary} title ${i}`, body: paragraphDoc(`${canary} body ${i}`) })
    }
    const { id } = await backend.reflections.create({ themeId: 'quality-time', title: canary, body: paragraphDoc(canary) })
    await backend.reflections.update({ id, title: `${canary} edited`, body: paragraphDoc(`${canary} edited body`) })
    await backend.session.lock()

    const files = filesIn(dataDir)
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true)
    for (const file of files) {
      const bytes = readFileSync(file)
      for (const [name, needle] of Object.entries(encodings(canary))) {
        expect(bytes.includes(needle), `${name} of the canary in ${file}`).toBe(false)
      }
      // The theme ids are chosen by a person too: they must not appear either.
      for (const theme of ['being-there', 'quality-time']) expect(bytes.includes(Buffer.from(theme)), `${theme} in ${file}`).toBe(false)
    }
  })

  it('is a test that can fail: the same search finds the canary in a file that holds it', () => {
    const canary = 'canaryzebra-check'
    const bytes = Buffer.concat([Buffer.from('xx'), Buffer.from(canary, 'utf16le'), Buffer.from('yy')])
    expect(bytes.includes(encodings(canary).utf16le!)).toBe(true)
  })
})
