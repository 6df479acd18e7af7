import { describe, expect, it } from 'vitest'
import { outlinePages } from '../../../../src/main/print/outline-reader.ts'
import { matchTargets } from '../../../../src/main/print/paginate.ts'

const chapter = (anchor: string, key: string) => ({ anchor, key, depth: 1 as const })
const entry = (anchor: string, key: string) => ({ anchor, key, depth: 2 as const })
const TARGETS = [chapter('trust', 'ch1'), entry('one', 'ch1-1'), entry('two', 'ch1-2'), chapter('appreciation', 'ch2'), entry('three', 'ch2-1')]
const at = (...pages: Array<[string, number]>) => new Map(pages)

describe('matching contents lines to their pages', () => {
  it("takes each target's page from the destination named by its key, whatever the outline says", () => {
    const destinations = at(['ch1', 3], ['ch1-1', 3], ['ch1-2', 5], ['ch2', 7], ['ch2-1', 8])
    // An outline whose titles and order have nothing to do with the targets changes nothing.
    const outline = [{ title: 'gnol dna dedarw', page: 1, depth: 1 }]
    expect(Object.fromEntries(matchTargets(TARGETS, { destinations, outline }))).toEqual({ trust: 3, one: 3, two: 5, appreciation: 7, three: 8 })
  })

  it('leaves a target with no destination unnumbered, and the rest still right', () => {
    const destinations = at(['ch1', 3], ['ch1-2', 5], ['ch2', 7], ['ch2-1', 8], ['elsewhere', 2])
    expect(Object.fromEntries(matchTargets(TARGETS, { destinations, outline: [] }))).toEqual({ trust: 3, two: 5, appreciation: 7, three: 8 })
  })

  it('numbers nothing when the pages would go backwards in document order', () => {
    const destinations = at(['ch1', 3], ['ch1-1', 6], ['ch1-2', 5], ['ch2', 7], ['ch2-1', 8])
    expect(matchTargets(TARGETS, { destinations, outline: [] }).size).toBe(0)
  })

  it('without destinations, takes the outline chapter and entry bookmarks in order, whatever their titles say', () => {
    const outline = [
      { title: 'Trust each other', page: 3, depth: 1 },
      // Wrapped and right to left: Chromium's outline writes these unlike the page.
      { title: 'A very long title that goes on andon', page: 3, depth: 2 },
      { title: 'Rain', page: 4, depth: 3 },
      { title: 'المساء في ببعض', page: 5, depth: 2 },
      { title: 'Say thank you', page: 7, depth: 1 },
      { title: 'A smaller heading', page: 8, depth: 4 },
      { title: '', page: 8, depth: 2 }
    ]
    expect(Object.fromEntries(matchTargets(TARGETS, { destinations: new Map(), outline }))).toEqual({ trust: 3, one: 3, two: 5, appreciation: 7, three: 8 })
  })

  it('without destinations, numbers nothing when the outline is not exactly the chapters and entries', () => {
    const full = [
      { title: 'a', page: 3, depth: 1 },
      { title: 'b', page: 3, depth: 2 },
      { title: 'c', page: 5, depth: 2 },
      { title: 'd', page: 7, depth: 1 },
      { title: 'e', page: 8, depth: 2 }
    ]
    const none = (outline: typeof full) => matchTargets(TARGETS, { destinations: new Map(), outline }).size
    // One bookmark short (a heading Chromium left out: its title printed as nothing).
    expect(none(full.filter((_, i) => i !== 2))).toBe(0)
    // As many, but a chapter where an entry should be.
    expect(none(full.map((h, i) => (i === 2 ? { ...h, depth: 1 } : h)))).toBe(0)
    // One too many.
    expect(none([...full, { title: 'f', page: 9, depth: 2 }])).toBe(0)
    // Pages going backwards.
    expect(none(full.map((h, i) => (i === 2 ? { ...h, page: 2 } : h)))).toBe(0)
    expect(none(full)).toBe(5)
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
