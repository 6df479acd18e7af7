import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NameBook, cleanName, safeName } from '../../../src/shared/file-names.ts'

describe('names for exported files', () => {
  it('keeps a readable name inside its folder, whatever the title', () => {
    expect(safeName('../../etc/passwd', 'x')).toBe('etc passwd')
    expect(safeName('a/b\\c:d*e?f"g<h>i|j', 'x')).toBe('a b c d e f g h i j')
    expect(safeName('..', 'Untitled')).toBe('Untitled')
    expect(safeName('   ', 'Untitled')).toBe('Untitled')
    expect(safeName('.hidden', 'x')).toBe('hidden')
    expect(safeName('ends with dots...', 'x')).toBe('ends with dots')
    expect(safeName('tab\there\nand line', 'x')).toBe('tab here and line')
    expect(safeName('Ana’s day — café', 'x')).toBe('Ana’s day — café')
  })

  it('drops control characters (C0, DEL, C1) and lone surrogates from a name, whatever else it holds', () => {
    expect(safeName('a\u007fb\u0085c\u009fd\ud800e', 'x')).toBe('a b c d e')
    expect(safeName('😀\u0000😀', 'x')).toBe('😀 😀')
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xa0 }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
    )
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (title) => {
        const name = safeName(title, 'Untitled')
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
        expect(name.isWellFormed()).toBe(true)
        expect(name).not.toBe('')
      }),
      { numRuns: 3000 }
    )
  })

  it('drops the bidi overrides, embeddings and isolates that would make a name show reversed', () => {
    expect(safeName('holiday\u202egpj.md', 'x')).toBe('holidaygpj.md')
    expect(safeName('\u2067שלום\u2069 notes', 'x')).toBe('שלום notes')
    expect(safeName('a\u202a\u202b\u202c\u202db\u2066c\u2068d', 'x')).toBe('abcd')
  })

  it('never gives a name Windows keeps for a device', () => {
    for (const name of ['CON', 'con', 'Prn', 'AUX', 'nul', 'COM1', 'lpt9', 'CON.md', 'nul.txt', 'COM¹']) expect(safeName(name, 'x')).toBe(`${name}_`)
    expect(safeName('CONSOLE', 'x')).toBe('CONSOLE')
    expect(cleanName('CON')).toBe('CON')
  })

  it('keeps names short enough for every file system, without splitting a character', () => {
    const long = safeName('💛'.repeat(100), 'x')
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(150)
    expect(long).toBe('💛'.repeat(37))
  })

  it('numbers names that are taken, ignoring case and Unicode form', () => {
    const book = new NameBook()
    expect(book.claim('Day', '.md')).toBe('Day.md')
    expect(book.claim('Day', '.md')).toBe('Day (2).md')
    expect(book.claim('DAY', '.md')).toBe('DAY (3).md')
    expect(book.claim('Cafe\u0301', '.md')).toBe('Cafe\u0301.md')
    expect(book.claim('Caf\u00e9', '.md')).toBe('Caf\u00e9 (2).md')
    expect(book.claim('Day (2)', '.md')).toBe('Day (2) (2).md')
  })

  it('numbers names that macOS and Windows would take as one, though lower case tells them apart', () => {
    // Both file systems compare names in upper case (NTFS by its upcase table, APFS and HFS+ by
    // case folding): final and medial sigma are one letter to them, and long s is s, Kelvin is K.
    const book = new NameBook()
    expect(book.claim('2026-01-05 λόγος', '.md')).toBe('2026-01-05 λόγος.md')
    expect(book.claim('2026-01-05 λόγοσ', '.md')).toBe('2026-01-05 λόγοσ (2).md')
    expect(book.claim('ſun', '.md')).toBe('ſun.md')
    expect(book.claim('sun', '.md')).toBe('sun (2).md')
    expect(book.claim('\u212aelvin', '.md')).toBe('\u212aelvin.md')
    expect(book.claim('kelvin', '.md')).toBe('kelvin (2).md')
  })
})
