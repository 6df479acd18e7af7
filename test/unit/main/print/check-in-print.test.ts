import { describe, expect, it } from 'vitest'
import type { PrintBook } from '../../../../src/main/print/print-book.ts'
import { buildPrintHtml } from '../../../../src/main/print/print-document.ts'
import { CHECK_IN_TITLE, checkInBody } from '../../../../src/shared/check-ins.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../../../src/shared/print.ts'
import { richTextProblem } from '../../../../src/shared/rich-text.ts'
import { themeById } from '../../../../src/shared/themes.ts'

describe('a daily check-in in print (issue 17, item 5)', () => {
  it('prints as its three labelled lines, a line left empty left out, and the words escaped', async () => {
    const body = checkInBody({ forward: 'Soup & <bread>', heard: '', tell: 'The heron is back' })
    expect(richTextProblem(body)).toBeNull()
    const talk = themeById('small-talk')
    const book: PrintBook = {
      journalName: "Ana's journal",
      scopeLabel: 'A theme',
      from: '2026-03-03',
      to: '2026-03-03',
      chapters: [{ id: talk.id, title: talk.title, colour: talk.colour, entries: [{ id: 'c1', title: CHECK_IN_TITLE, date: '2026-03-03', body }] }]
    }
    const html = await buildPrintHtml(book, DEFAULT_PRINT_OPTIONS)
    expect(html).toContain(CHECK_IN_TITLE)
    expect(html).toContain('<strong>Looking forward to:</strong> Soup &amp; &lt;bread&gt;')
    expect(html).toContain('<strong>To tell my partner:</strong> The heron is back')
    expect(html).not.toContain('Read, watched or heard')
  })
})
