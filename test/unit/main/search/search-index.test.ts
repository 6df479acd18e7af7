import { afterEach, describe, expect, it } from 'vitest'
import { SearchIndex, segmentsOf, type IndexedItem } from '../../../../src/main/search/search-index.ts'

const indexes: SearchIndex[] = []
afterEach(() => indexes.splice(0).forEach((index) => index.close()))

function indexOf(...reflections: IndexedItem[]): SearchIndex {
  const index = new SearchIndex()
  indexes.push(index)
  index.put(...reflections)
  return index
}

const entry = (id: string, title: string, text: string, more: Partial<IndexedItem> = {}): IndexedItem => ({
  id,
  themeId: 'trust',
  title,
  date: '2026-01-01',
  text,
  ...more
})

const ids = (index: SearchIndex, text: string, more = {}) => index.query({ text, limit: 20, ...more }).hits.map((h) => h.id)

describe('snippet segments', () => {
  it('cuts the marked snippet into plain and matched pieces', () => {
    expect(segmentsOf('we sat in the \uE000café\uE001 and \uE000talked\uE001')).toEqual([
      { text: 'we sat in the ', match: false },
      { text: 'café', match: true },
      { text: ' and ', match: false },
      { text: 'talked', match: true }
    ])
    expect(segmentsOf('')).toEqual([])
  })
})

describe('the in-memory FTS5 index', () => {
  it('folds accents and case both ways', () => {
    const index = indexOf(entry('a', 'Morning', 'Coffee at the Café on the corner'), entry('b', 'Evening', 'a quiet cafe at night'))
    expect(ids(index, 'cafe').sort()).toEqual(['a', 'b'])
    expect(ids(index, 'CAFÉ').sort()).toEqual(['a', 'b'])
  })

  it('ranks a title match above a body match and marks the match in the snippet', () => {
    const index = indexOf(entry('body', 'Sunday', 'we talked about the garden for hours'), entry('title', 'The garden', 'nothing else here'))
    const { hits, total } = index.query({ text: 'garden', limit: 20 })
    expect(total).toBe(2)
    expect(hits.map((h) => h.id)).toEqual(['title', 'body'])
    expect(hits[1]!.snippet).toEqual([
      { text: 'we talked about the ', match: false },
      { text: 'garden', match: true },
      { text: ' for hours', match: false }
    ])
  })

  it('limits the hits but counts them all', () => {
    const index = indexOf(...Array.from({ length: 30 }, (_, i) => entry(`r${i}`, `day ${i}`, 'walk')))
    const { hits, total } = index.query({ text: 'walk', limit: 5 })
    expect([hits.length, total]).toEqual([5, 30])
  })

  it('replaces a reflection put again and forgets a removed one', () => {
    const index = indexOf(entry('a', 'one', 'apples'))
    index.put(entry('a', 'one', 'pears'))
    expect(ids(index, 'apples')).toEqual([])
    expect(ids(index, 'pears')).toEqual(['a'])
    index.remove('a')
    expect(ids(index, 'pears')).toEqual([])
    expect(index.size).toBe(0)
  })

  it('never lets our markers typed in the text confuse the snippet', () => {
    const index = indexOf(entry('a', 'x', 'odd \uE001 marker \uE000 here'))
    const [hit] = index.query({ text: 'marker', limit: 20 }).hits
    expect(hit!.snippet).toEqual([
      { text: 'odd  ', match: false },
      { text: 'marker', match: true },
      { text: '  here', match: false }
    ])
  })

  it('answers nothing once closed', () => {
    const index = indexOf(entry('a', 'x', 'y'))
    index.close()
    expect(index.isOpen).toBe(false)
    expect(() => index.query({ text: 'y', limit: 1 })).toThrow()
  })
})
