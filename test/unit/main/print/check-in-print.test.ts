import { describe, expect, it } from 'vitest'
import type { PrintBook } from '../../../../src/main/print/print-book.ts'
import { buildPrintHtml } from '../../../../src/main/print/print-document.ts'
import { practiceLayout } from '../../../../src/main/print/practice-layouts.ts'
import { CHECK_IN_TITLE, checkInBody, type CheckInLines } from '../../../../src/shared/check-ins.ts'
import type { Reflection } from '../../../../src/shared/contract.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../../../src/shared/print.ts'
import { richTextProblem } from '../../../../src/shared/rich-text.ts'
import { themeById } from '../../../../src/shared/themes.ts'

const checkIn: CheckInLines = { forward: 'Soup & <bread>', heard: '', tell: 'The heron is back' }

function reflection(extra: Partial<Reflection>): Reflection {
  return {
    id: 'c1',
    themeId: 'small-talk',
    title: CHECK_IN_TITLE,
    titled: true,
    date: '2026-03-03',
    excerpt: '',
    wordCount: 0,
    createdAt: '2026-03-03T08:00:00.000Z',
    updatedAt: '2026-03-03T08:00:00.000Z',
    body: checkInBody(checkIn),
    prompt: null,
    ...extra
  } as Reflection
}

async function printed(entry: Reflection): Promise<string> {
  const talk = themeById('small-talk')
  const book: PrintBook = {
    journalName: "Ana's journal",
    scopeLabel: 'A theme',
    from: entry.date,
    to: entry.date,
    chapters: [
      {
        id: talk.id,
        title: talk.title,
        colour: talk.colour,
        entries: [{ id: entry.id, title: entry.title, date: entry.date, body: entry.body, ...practiceLayout(entry) }]
      }
    ]
  }
  return buildPrintHtml(book, DEFAULT_PRINT_OPTIONS)
}

describe('a daily check-in in print (issue 17, item 5)', () => {
  it('prints as a small table of its lines, a line left empty left out, and the words escaped', async () => {
    expect(richTextProblem(checkInBody(checkIn))).toBeNull()
    const html = await printed(reflection({ checkIn }))
    expect(html).toContain(CHECK_IN_TITLE)
    expect(html).toContain('<tr><th scope="row">Looking forward to</th><td>Soup &amp; &lt;bread&gt;</td></tr>')
    expect(html).toContain('<tr><th scope="row">To tell my partner</th><td>The heron is back</td></tr>')
    expect(html).not.toContain('Read, watched or heard')
    // The table stands for the body: its labelled paragraphs are not printed twice.
    expect(html).not.toContain('<b>Looking forward to:</b>')
  })

  it('leaves a reflection that is no practice to print its body as written', async () => {
    const html = await printed(reflection({ title: 'An evening', body: checkInBody(checkIn) }))
    expect(html).not.toContain('<table')
    expect(html).toContain('<b>Looking forward to:</b> Soup &amp; &lt;bread&gt;')
  })
})
