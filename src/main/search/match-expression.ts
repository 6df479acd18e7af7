// Turns what a person typed into an FTS5 MATCH expression. The text is never passed to
// MATCH as it is: it is cut into words (letters, digits, marks), each put in double
// quotes by us, so FTS5 syntax in the input (AND, NEAR(, *, ", title:) is only words or
// separators. "Quoted phrases" become phrases; the last word as typed is a prefix.

const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu
// Our snippet markers; stripped from the text so they cannot be typed or indexed.
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

/** The text as indexed and as searched: composed (é is one letter), without our markers. */
export function normalise(text: string): string {
  return text.normalize('NFC').replace(/[\uE000\uE001]/g, '')
}

function wordsOf(text: string): string[] {
  return normalise(text).match(WORD) ?? []
}

/** Null when the text holds no word at all (only punctuation, say). */
export function matchExpression(text: string): string | null {
  const terms: string[] = []
  // Split on double quotes: odd parts were inside quotes. An unbalanced quote leaves its
  // last part as plain words.
  const parts = text.split('"')
  const balanced = parts.length % 2 === 1
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1 && (balanced || i < parts.length - 1)
    const words = wordsOf(part)
    if (words.length === 0) return
    if (quoted) terms.push(`"${words.join(' ')}"`)
    else for (const word of words) terms.push(`"${word}"`)
  })
  if (terms.length === 0) return null
  // Still typing the last word: it matches as a prefix ("gard" finds "garden").
  if (/[\p{L}\p{N}\p{M}\p{Co}]$/u.test(normalise(text))) terms[terms.length - 1] += '*'
  return terms.join(' ')
}
