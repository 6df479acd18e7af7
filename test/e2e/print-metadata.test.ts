import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createBackend, type SevenfoldBackend } from '../../src/main/app/backend.ts'
import { DEFAULT_PRINT_OPTIONS, type PrintScope } from '../../src/shared/print.ts'
import type { RichTextNode } from '../../src/shared/rich-text.ts'
import { PASS_A } from '../support/backend.ts'
import { createTestHost, type TestHost } from '../support/chromium-host.ts'
import { PDF17_STRUCTURE_TYPES, pdfinfo, qpdfCheck, structureTypes } from '../support/pdf-tools.ts'
import { giveBoth, withVault } from '../support/vault.ts'

// A saved PDF says what was printed, who wrote it and when, in its document information, as
// qpdf, poppler's pdfinfo and pdfjs read it; and its tags are all structure types of PDF 1.7,
// so readers older than PDF 2.0 find nothing to complain of (bold and italic included).

const TITLED = 'Trust (and) \\ a backslash — ثقة و אמון'
const text = (value: string, mark?: string): RichTextNode => ({ type: 'text', text: value, ...(mark ? { marks: [{ type: mark }] } : {}) })
const BODY: RichTextNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [text('We talked it through '), text('slowly', 'bold'), text(' and '), text('kindly', 'italic'), text('.')] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Small things, '), text('often', 'italic'), text('.')] }] },
    {
      type: 'paragraph',
      content: [text('Some '), text('code', 'code'), text(', a '), text('mark', 'highlight'), text(' and a '), text('strike', 'strike'), text('.')]
    }
  ]
}

let dir: string
let host: TestHost
let backend: SevenfoldBackend
const ids: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sevenfold-print-metadata-'))
  host = createTestHost({ dir })
  backend = await createBackend({ dataDir: dir, kdfTargetMs: 0, host })
  const people = await withVault(backend)
  await backend.session.unlock({ profileId: people.ana, passphrase: PASS_A })
  ids.push((await backend.reflections.create({ themeId: 'trust', title: TITLED, date: '2026-01-05', body: BODY })).id)
  ids.push((await backend.reflections.create({ themeId: 'appreciation', title: 'A slow Sunday', date: '2026-01-20', body: BODY })).id)
  expect(await backend.vaultShared.thank({ text: 'Thank you for the soup when I was ill.' })).toBeNull()
  await giveBoth(backend)
})

afterAll(async () => {
  backend?.close()
  await host?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function saved(name: string, scope: PrintScope): Promise<string> {
  host.saveAs = join(dir, `${name}.pdf`)
  expect(await backend.print.savePdf({ scope, options: DEFAULT_PRINT_OPTIONS })).toMatchObject({ saved: true })
  return host.saveAs
}

/** "D:20260105093000+01'00'" as a time. */
function pdfTime(value: string): number {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})([+-])(\d{2})'(\d{2})'$/.exec(value)
  expect(m, value).not.toBeNull()
  const [, y, mo, d, h, mi, s, sign, zh, zm] = m!
  const offset = (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm))
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offset * 60_000
}

const CASES: Array<{ name: string; scope: () => PrintScope; title: string; author: string }> = [
  { name: 'theme', scope: () => ({ kind: 'theme', themeId: 'trust' }), title: 'Ana — Trust each other', author: 'Ana' },
  { name: 'date-range', scope: () => ({ kind: 'dateRange', from: '2026-01-01', to: '2026-01-31' }), title: 'Ana — 1–31 January 2026', author: 'Ana' },
  { name: 'one', scope: () => ({ kind: 'reflection', id: ids[0]! }), title: `Ana — ${TITLED}`, author: 'Ana' },
  { name: 'chosen', scope: () => ({ kind: 'chosen', ids: [...ids] }), title: 'Ana — Chosen reflections', author: 'Ana' },
  { name: 'vault', scope: () => ({ kind: 'vault', confirmed: true }), title: 'Our secrets', author: 'Ana and Ben' }
]

describe('a saved PDF', () => {
  test.each(CASES)('$name: titled "$title", by $author, made now, and whole to qpdf', async ({ name, scope, title, author }) => {
    const before = Date.now() - 1000
    const file = await saved(`metadata-${name}`, scope())
    const after = Date.now() + 1000

    const check = qpdfCheck(file)
    expect(check.ok, check.output).toBe(true)

    const poppler = pdfinfo(file)
    expect(poppler.Title).toBe(title)
    expect(poppler.Author).toBe(author)
    expect(poppler.Creator).toBe('Sevenfold')
    // pdfinfo writes "2026-01-05T09:30:00+01" or "…+05:30" or "…Z".
    const created = Date.parse(poppler.CreationDate!.replace(/([+-]\d{2})$/, '$1:00'))
    expect(created).toBeGreaterThanOrEqual(before - 1000)
    expect(created).toBeLessThanOrEqual(after)

    const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: VerbosityLevel.ERRORS })
    const { info } = (await (await task.promise).getMetadata()) as { info: Record<string, string> }
    await task.destroy()
    expect(info.Title).toBe(title)
    expect(info.Author).toBe(author)
    expect(pdfTime(info.CreationDate!)).toBe(created)
    expect(pdfTime(info.ModDate!)).toBe(created)
  })

  test('is tagged only with the structure types of PDF 1.7, bold and italic included', async () => {
    const types = structureTypes(await saved('metadata-tags', { kind: 'reflection', id: ids[0]! }))
    expect([...types.keys()].filter((type) => !PDF17_STRUCTURE_TYPES.has(type))).toEqual([])
    // The body's paragraphs, quote and code are tagged as such.
    for (const type of ['P', 'BlockQuote', 'Code', 'H1', 'H2']) expect(types.get(type) ?? 0, type).toBeGreaterThan(0)
  })
})
