import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { SevenfoldBackend } from '../../src/main/app/backend.ts'
import { localDate } from '../../src/shared/dates.ts'
import { escapeHtml } from '../../src/main/print/html-escape.ts'
import type { Reflection } from '../../src/shared/contract.ts'
import { richTextToPlain, type RichTextNode } from '../../src/shared/rich-text.ts'
import { themeById, type ThemeId } from '../../src/shared/themes.ts'
import { launchChromium } from '../e2e/support/chromium.ts'
import { PASS_A, paragraphDoc } from '../support/backend.ts'
import { canarySightings, filesIn } from '../support/canary.ts'
import { refusal } from '../support/vault.ts'
import { readMarkdownFile, plainOf } from '../support/markdown-reader.ts'
import { useFileBackends } from '../support/backup.ts'

const { start, tempDir } = useFileBackends()
const CANARY = 'wombatlantern9920'
const today = localDate()
let browser: Browser | undefined
afterAll(async () => browser?.close())

const rich: RichTextNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What *matters* #1' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'We walked ' },
        { type: 'text', text: 'slowly', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' to the ' },
        { type: 'text', text: 'harbour', marks: [{ type: 'link', attrs: { href: 'https://example.org/harbour' } }] },
        { type: 'text', text: ' & back_again [1] <3 ' + CANARY },
        { type: 'hardBreak' },
        { type: 'text', text: '- not a list' }
      ]
    },
    {
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: true }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'call mum' }] }] },
        { type: 'taskItem', attrs: { checked: false }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'write back' }] }] }
      ]
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '> be kind', marks: [{ type: 'italic' }] }] }] },
    { type: 'horizontalRule' },
    { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '<script>alert(1)</script>' },
        { type: 'text', text: ' click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(2)' } }] },
        { type: 'text', text: ' <img src=x onerror=alert(3)>' }
      ]
    }
  ]
}

const PROMPT = 'What are you "thankful" for today?'
const entries: Array<{ themeId: ThemeId; title: string; date: string; body: RichTextNode; prompt?: string }> = [
  { themeId: 'trust', title: 'A quiet promise', date: '2026-03-01', body: rich },
  { themeId: 'trust', title: 'Same day, same title', date: '2026-03-02', body: paragraphDoc('first of two') },
  { themeId: 'trust', title: 'Same day, same title', date: '2026-03-02', body: paragraphDoc('second of two') },
  { themeId: 'trust', title: 'same DAY, same title', date: '2026-03-02', body: paragraphDoc('third, differing only in case') },
  { themeId: 'self-love', title: '../../etc/passwd', date: '2026-01-05', body: paragraphDoc('not a path') },
  { themeId: 'self-love', title: 'CON', date: '2026-01-06', body: paragraphDoc('a device name on Windows') },
  { themeId: 'self-love', title: 'a/b\\c:d*e?f"g<h>i|j', date: '2026-01-07', body: paragraphDoc('every refused character') },
  { themeId: 'appreciation', title: '', date: '2026-02-02', body: paragraphDoc('no title at all'), prompt: PROMPT },
  { themeId: 'appreciation', title: '.hidden', date: '2026-02-03', body: paragraphDoc('would be hidden') },
  { themeId: 'appreciation', title: 'Thank you 💛 '.repeat(30), date: '2026-02-04', body: paragraphDoc('a very long title') },
  { themeId: 'emotional-needs', title: 'Heard', date: '2026-02-05', body: { type: 'doc', content: [{ type: 'paragraph' }] } }
]

async function journalWithEntries(): Promise<{
  backend: SevenfoldBackend
  host: Awaited<ReturnType<typeof start>>['host']
  dataDir: string
  reflections: Reflection[]
}> {
  const { backend, host, dataDir } = await start()
  await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
  for (const entry of entries) await backend.reflections.create(entry)
  const reflections = await Promise.all((await backend.reflections.list()).map((h) => backend.reflections.get({ id: h.id })))
  return { backend, host, dataDir, reflections }
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('exporting a journal', () => {
  it('needs the open journal', async () => {
    const { backend } = await journalWithEntries()
    await backend.session.lock()
    const error = await refusal(backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true }))
    expect(error).toMatchObject({ code: 'LOCKED', message: expect.stringMatching(/Unlock it/) })
  })

  it('writes Markdown files, a folder per theme, that read back as every reflection, inside the chosen folder only', async () => {
    const { backend, host, dataDir, reflections } = await journalWithEntries()
    host.folder = tempDir()
    const result = await backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true })
    const folderName = `Sevenfold export ${today}`
    expect(result).toEqual({ saved: true, fileName: folderName, reflections: entries.length })
    expect(readdirSync(host.folder)).toEqual([folderName])
    const root = join(host.folder, folderName)
    expect(statSync(root).mode & 0o777).toBe(0o700)
    expect(readdirSync(root).sort()).toEqual((['emotional-needs', 'self-love', 'appreciation', 'trust'] as const).map((id) => themeById(id).title).sort())

    const files = filesIn(root)
    expect(files).toHaveLength(entries.length)
    const unmatched = [...reflections]
    for (const file of files) {
      // Inside a theme's folder, one level down; private; named "<date> <title>.md".
      const parts = relative(root, file).split(sep)
      expect(parts, file).toHaveLength(2)
      expect(statSync(file).mode & 0o777).toBe(0o600)
      expect(statSync(join(root, parts[0]!)).mode & 0o777).toBe(0o700)
      expect(parts[1]).toMatch(/^\d{4}-\d{2}-\d{2} [^/\\:*?"<>|]+\.md$/)
      expect(Buffer.byteLength(parts[1]!)).toBeLessThan(255)
      const { front, blocks } = readMarkdownFile(readFileSync(file, 'utf8'))
      // The title as the first heading, then the body; the reader's words are the reflection's words.
      const [first, ...rest] = blocks
      const titleBlock = front.title === '' ? undefined : first
      const bodyBlocks = front.title === '' ? blocks : rest
      const match = unmatched.findIndex(
        (r) =>
          (r.titled ? r.title : '') === front.title &&
          (r.prompt ?? undefined) === front.prompt &&
          r.date === front.date &&
          themeById(r.themeId).title === front.theme &&
          words(richTextToPlain(r.body)) === words(bodyBlocks.map(plainOf).join('\n'))
      )
      expect(match, `${file} matches no reflection`).toBeGreaterThanOrEqual(0)
      const [reflection] = unmatched.splice(match, 1)
      if (titleBlock) expect(titleBlock).toMatchObject({ kind: 'heading', level: 1, runs: [{ text: words(reflection!.title), marks: [] }] })
      expect(parts[0]).toBe(themeById(reflection!.themeId).title)
      expect(
        bodyBlocks.every((b) => b.kind !== 'html' && b.kind !== 'code'),
        file
      ).toBe(true)
    }
    expect(unmatched).toEqual([])

    // The names: duplicates numbered (ignoring case), nothing climbs out, nothing hides.
    const trust = readdirSync(join(root, 'Trust each other')).sort()
    expect(trust).toEqual([
      '2026-03-01 A quiet promise.md',
      '2026-03-02 Same day, same title (2).md',
      '2026-03-02 Same day, same title.md',
      '2026-03-02 same DAY, same title (3).md'
    ])
    expect(readdirSync(join(root, 'Love yourself first')).sort()).toEqual([
      '2026-01-05 etc passwd.md',
      '2026-01-06 CON.md',
      '2026-01-07 a b c d e f g h i j.md'
    ])
    // No title typed: named for its first line, with no title written and the prompt kept.
    expect(readdirSync(join(root, 'Say thank you')).sort()[0]).toBe('2026-02-02 no title at all.md')
    expect(readFileSync(join(root, 'Say thank you', '2026-02-02 no title at all.md'), 'utf8')).toBe(
      `---\ntitle: ""\ndate: 2026-02-02\ntheme: "Say thank you"\nprompt: ${JSON.stringify(PROMPT)}\n---\n\nno title at all\n`
    )
    expect(readdirSync(join(root, 'Say thank you'))).toContain('2026-02-03 hidden.md')

    // The rich reflection: its checked and open tasks, its allowed link, and no hostile link.
    const promise = readFileSync(join(root, 'Trust each other', '2026-03-01 A quiet promise.md'), 'utf8')
    expect(promise).toContain('- [x] call mum\n- [ ] write back')
    expect(promise).toContain('[harbour](<https://example.org/harbour>)')
    expect(promise).not.toContain('javascript:')
    expect(promise.startsWith('---\ntitle: "A quiet promise"\ndate: 2026-03-01\ntheme: "Trust each other"\n---\n\n# A quiet promise\n\n')).toBe(true)

    // A second export the same day goes into a folder of its own; the data folder gained nothing.
    expect((await backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true })).fileName).toBe(`${folderName} (2)`)
    expect(canarySightings(dataDir, CANARY)).toEqual([])
    // (The search finds the word where it is plainly written: the export is not encrypted.)
    expect(canarySightings(root, CANARY).length).toBeGreaterThan(0)
  })

  it('writes one HTML file that shows every reflection, with no script and a strict policy', async () => {
    const { backend, host, reflections } = await journalWithEntries()
    host.saveAs = join(tempDir(), 'ours.html')
    expect(await backend.journalExport.save({ format: 'html', understoodUnencrypted: true })).toEqual({
      saved: true,
      fileName: 'ours.html',
      reflections: entries.length
    })
    expect(statSync(host.saveAs).mode & 0o777).toBe(0o600)
    const html = readFileSync(host.saveAs, 'utf8')
    for (const r of reflections) {
      expect(html).toContain(escapeHtml(r.title === '' ? 'Untitled' : r.title))
      for (const piece of textsOf(r.body)) expect(html).toContain(escapeHtml(piece))
    }
    // The hostile text is there as text only: no script, image or handler, no javascript: address.
    // The prompt a reflection was started from, between its date and its body.
    expect(html).toContain(`</time></p>\n<p class="prompt">Started from: ${escapeHtml(PROMPT)}</p>\n<div class="entry-body"><p>no title at all</p>`)
    expect(html).not.toMatch(/<script|<img|<[^>]*\son[a-z]+=|javascript:/i)
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/)

    // In a browser with JavaScript on: the policy lets its own style sheet in and nothing else runs.
    browser ??= await launchChromium()
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('console', (message) => problems.push(message.text()))
    page.on('dialog', (dialog) => (problems.push(`dialog: ${dialog.message()}`), void dialog.dismiss()))
    await page.goto(`file://${host.saveAs}`)
    expect(await page.evaluate('getComputedStyle(document.body).maxWidth')).toBe('640px')
    expect(await page.locator('section.chapter > h1').allTextContents()).toEqual(
      (['self-love', 'emotional-needs', 'trust', 'appreciation'] as const).map((id) => themeById(id).title)
    )
    expect(await page.locator('article').count()).toBe(entries.length)
    const shots = join('test-results', 'export')
    mkdirSync(shots, { recursive: true })
    await page.screenshot({ path: join(shots, 'journal-export.png'), fullPage: false })
    await page.close()
    expect(problems).toEqual([])
  })

  it('exports a daily check-in as a small table in HTML and as its labelled lines in Markdown', async () => {
    const { backend, host } = await start()
    await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })
    await backend.checkIns.save({ lines: { forward: 'Soup & <bread>', heard: '', tell: 'The heron is back' } })
    host.saveAs = join(tempDir(), 'ours.html')
    await backend.journalExport.save({ format: 'html', understoodUnencrypted: true })
    const html = readFileSync(host.saveAs, 'utf8')
    expect(html).toContain('<tr><th scope="row">Looking forward to</th><td>Soup &amp; &lt;bread&gt;</td></tr>')
    expect(html).toContain('<tr><th scope="row">To tell my partner</th><td>The heron is back</td></tr>')
    expect(html).not.toContain('Read, watched or heard')

    const parent = tempDir()
    host.folder = parent
    const { fileName } = await backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true })
    const [file] = readdirSync(join(parent, fileName!, 'The small talk'))
    const { front, blocks } = readMarkdownFile(readFileSync(join(parent, fileName!, 'The small talk', file!), 'utf8'))
    expect(front.title).toBe('Daily check-in')
    expect(blocks.map((b) => plainOf(b))).toEqual(['Daily check-in', 'Looking forward to: Soup & <bread>', 'To tell my partner: The heron is back'])
  })

  it('changes nothing when the dialog is cancelled, and removes a half-made export when the journal locks', async () => {
    const { backend, host } = await journalWithEntries()
    const folder = tempDir()
    host.folder = null
    expect(await backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true })).toEqual({ saved: false, reflections: 0 })
    host.saveAs = null
    expect(await backend.journalExport.save({ format: 'html', understoodUnencrypted: true })).toEqual({ saved: false, reflections: 0 })
    expect(readdirSync(folder)).toEqual([])

    // The journal locks while the folder dialog is open.
    host.chooseFolder = async () => {
      await backend.session.lock()
      return folder
    }
    const error = await refusal(backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true }))
    expect(error).toMatchObject({ code: 'LOCKED', message: expect.stringMatching(/locked while it was being exported/) })
    expect(readdirSync(folder)).toEqual([])
  })

  it('says so when the chosen place cannot be written', async () => {
    const { backend, host } = await journalWithEntries()
    const file = join(tempDir(), 'a file, not a folder')
    writeFileSync(file, '')
    host.folder = file
    const error = await refusal(backend.journalExport.save({ format: 'markdown', understoodUnencrypted: true }))
    expect(error.message).toMatch(/could not write the export there\. Choose another folder/)
    expect(existsSync(join(file, `Sevenfold export ${today}`))).toBe(false)
  })
})

/** The text of each text node (what the HTML must show, escaped). */
function textsOf(node: RichTextNode): string[] {
  return [...(node.text ? [node.text] : []), ...(node.content ?? []).flatMap(textsOf)]
}
