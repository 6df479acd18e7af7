import { describe, expect, it } from 'vitest'
import { outlinePages } from '../../../../src/main/print/outline-reader.ts'
import { matchTargets } from '../../../../src/main/print/paginate.ts'

describe('matching contents lines to the outline', () => {
  it('takes, for each target in order, the next heading with its text', () => {
    const headings = [
      { title: 'Trust each other', page: 3, depth: 1 },
      { title: 'A slow Sunday', page: 3, depth: 2 },
      { title: 'A slow Sunday', page: 5, depth: 2 },
      { title: 'Say  thank\nyou ', page: 7, depth: 1 },
      { title: 'A slow Sunday', page: 8, depth: 2 }
    ]
    const targets = [
      { anchor: 'trust', text: 'Trust each other' },
      { anchor: 'one', text: 'A slow Sunday' },
      { anchor: 'two', text: 'A slow Sunday' },
      { anchor: 'appreciation', text: 'Say thank you' },
      { anchor: 'three', text: 'A slow Sunday' }
    ]
    expect(Object.fromEntries(matchTargets(targets, headings))).toEqual({ trust: 3, one: 3, two: 5, appreciation: 7, three: 8 })
  })

  it('leaves a target without a heading unnumbered, and the rest still right', () => {
    const headings = [
      { title: 'First', page: 2, depth: 2 },
      { title: 'Third', page: 4, depth: 2 }
    ]
    const targets = [
      { anchor: 'a', text: 'First' },
      { anchor: 'b', text: 'Second' },
      { anchor: 'c', text: 'Third' }
    ]
    expect(Object.fromEntries(matchTargets(targets, headings))).toEqual({ a: 2, c: 4 })
  })

  it('never numbers a target from a heading that came before the previous one', () => {
    const headings = [
      { title: 'Later', page: 2, depth: 2 },
      { title: 'Earlier', page: 3, depth: 2 }
    ]
    const targets = [
      { anchor: 'earlier', text: 'Earlier' },
      { anchor: 'later', text: 'Later' }
    ]
    expect(Object.fromEntries(matchTargets(targets, headings))).toEqual({ earlier: 3 })
  })
  it('skips headings inside a body (deeper than an entry) that share a later title', () => {
    const headings = [
      { title: 'Trust each other', page: 3, depth: 1 },
      { title: 'A slow Sunday', page: 3, depth: 2 },
      { title: 'Rain', page: 4, depth: 3 },
      { title: 'Rain', page: 6, depth: 2 }
    ]
    const targets = [
      { anchor: 'trust', text: 'Trust each other' },
      { anchor: 'sunday', text: 'A slow Sunday' },
      { anchor: 'rain', text: 'Rain' }
    ]
    expect(Object.fromEntries(matchTargets(targets, headings))).toEqual({ trust: 3, sunday: 3, rain: 6 })
  })
})

describe('reading an outline', () => {
  it('refuses what is not a PDF without quoting it', async () => {
    const error = await outlinePages(Buffer.from('Dear diary, this is not a PDF at all')).then(
      () => null,
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(Error)
    expect(error!.message).toMatch(/^The PDF's outline could not be read/)
    expect(error!.message).not.toContain('Dear diary')
  })
})
