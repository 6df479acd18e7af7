import { describe, expect, it } from 'vitest'
import { hasRightToLeft, isolated, textDirection, withoutIsolates } from '../../../src/shared/text-direction.ts'

describe('the direction of a person’s words', () => {
  it('is that of the first strong letter, as dir="auto" finds it', () => {
    expect(textDirection('ערב שקט בבית')).toBe('rtl')
    expect(textDirection('رحلتنا إلى البحر')).toBe('rtl')
    expect(textDirection('سفرمان به شمال')).toBe('rtl')
    expect(textDirection('A quiet evening')).toBe('ltr')
    expect(textDirection('我们的夏天')).toBe('ltr')
    expect(textDirection('हमारी शाम')).toBe('ltr')
    // Mixed: whichever comes first decides.
    expect(textDirection('שלום and مرحبا, we said.')).toBe('rtl')
    expect(textDirection('We said שלום and مرحبا.')).toBe('ltr')
  })

  it('looks past digits, punctuation, emoji and marks, and has none without a letter', () => {
    expect(textDirection('2026 — «ערב»')).toBe('rtl')
    expect(textDirection('١٢ ♥ 🌊 ...')).toBeNull()
    expect(textDirection('')).toBeNull()
    // The marks that say a direction count as letters of it.
    expect(textDirection('\u200F12')).toBe('rtl')
    expect(textDirection('\u200E12 שלום')).toBe('ltr')
  })

  it('skips what sits in an isolate, as rule P2 does', () => {
    expect(textDirection('\u2068שלום\u2069 and more')).toBe('ltr')
    expect(textDirection('\u2066Hi\u2069 שלום')).toBe('rtl')
  })

  it('isolates only words that hold right-to-left letters, and takes the isolates off again', () => {
    expect(isolated('Ana')).toBe('Ana')
    expect(isolated('נועה')).toBe('\u2068נועה\u2069')
    expect(isolated('Dinner with مريم')).toBe('\u2068Dinner with مريم\u2069')
    expect(hasRightToLeft('12 ♥')).toBe(false)
    expect(withoutIsolates(`${isolated('נועה')}'s journal`)).toBe("נועה's journal")
  })
})
