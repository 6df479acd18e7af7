// The line above the print buttons counts the chapters the book will really have.

import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_PRINT_OPTIONS, type PrintOptions, type PrintScope, type PrintSummary } from '../../../../../src/shared/print.ts'

// A renderer module, imported by a path the Node project's compiler does not follow (as
// calendar-dates.test.ts does).
const SUMMARY_TEXT = '../../../../../src/renderer/src/features/print/summary-text.ts'
type SummaryText = (summary: PrintSummary, scope: PrintScope, themeTitle: string, options: Pick<PrintOptions, 'arrangement' | 'includeEmptyThemes'>) => string
let summaryText: SummaryText

beforeAll(async () => {
  ;({ summaryText } = (await import(/* @vite-ignore */ SUMMARY_TEXT)) as { summaryText: SummaryText })
})

// Three reflections in two themes, all in one month.
const summary: PrintSummary = { items: 3, chapters: 2, months: 1, from: '2026-11-03', to: '2026-11-20' }
const november: PrintScope = { kind: 'dateRange', from: '2026-11-01', to: '2026-11-30' }

describe('the print summary', () => {
  it('counts a chapter a month by date, and the themes with something in them by theme', () => {
    expect(summaryText(summary, november, '', DEFAULT_PRINT_OPTIONS)).toMatch(/^3 reflections in 1 chapter, /)
    expect(summaryText(summary, november, '', { ...DEFAULT_PRINT_OPTIONS, arrangement: 'byTheme' })).toMatch(/^3 reflections in 2 chapters, /)
  })

  it('counts all seven themes by theme when the empty ones are printed too, as the book does', () => {
    const everyTheme = { ...DEFAULT_PRINT_OPTIONS, arrangement: 'byTheme' as const, includeEmptyThemes: true }
    expect(summaryText(summary, november, '', everyTheme)).toMatch(/^3 reflections in 7 chapters, /)
    // A theme's own book is one chapter whatever the option says.
    expect(summaryText({ ...summary, chapters: 1 }, { kind: 'theme', themeId: 'appreciation' }, 'Say thank you', everyTheme)).toMatch(
      /^3 reflections in 1 chapter, /
    )
  })
})
