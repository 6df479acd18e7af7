import { describe, expect, it } from 'vitest'
import { MAX_MOMENTS, readableMoments, withMoment } from '../../../../src/main/journal/moments.ts'

describe('the moments a journal keeps', () => {
  it('keeps a kind once a day, in the order of the days', () => {
    const one = withMoment([], { kind: 'opened', on: '2026-03-02' })!
    const two = withMoment(one, { kind: 'asked', on: '2026-03-01' })!
    expect(two).toEqual([
      { kind: 'asked', on: '2026-03-01' },
      { kind: 'opened', on: '2026-03-02' }
    ])
    expect(withMoment(two, { kind: 'opened', on: '2026-03-02' })).toBeNull()
  })

  it('reads anything else as none, and lets the oldest go past the limit', () => {
    expect(readableMoments(undefined)).toEqual([])
    expect(readableMoments([{ kind: 'kissed', on: '2026-03-01' }])).toEqual([])
    expect(readableMoments([{ kind: 'asked', on: '2026-03-01', words: 'secret' }])).toEqual([])
    const many = Array.from({ length: MAX_MOMENTS }, (_, i) => ({ kind: 'opened' as const, on: `${String(1000 + i).padStart(4, '0')}-01-01` }))
    const next = withMoment(many, { kind: 'asked', on: '9000-01-01' })!
    expect(next).toHaveLength(MAX_MOMENTS)
    expect(next[0]!.on).toBe('1001-01-01')
    expect(next.at(-1)).toEqual({ kind: 'asked', on: '9000-01-01' })
  })
})
