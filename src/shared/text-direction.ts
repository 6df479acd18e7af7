// Which way a person's words run. The app's own words are English, left to right; the words
// people write may be Arabic, Hebrew, Persian or several at once, so wherever they are shown
// they take the direction of their own first strong letter (the Unicode bidi algorithm's rules
// P2 and P3, as dir="auto" does), and beside the app's words they sit isolated, so a date or a
// number next to them keeps its place. See docs/architecture.md, "Words in both directions".

export type Direction = 'ltr' | 'rtl'

// The blocks whose letters are right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
// Mandaic and their supplements, the presentation forms, the historic scripts of the SMP's
// right-to-left area, Mende Kikakui and Adlam): Unicode's default R and AL ranges.
const RTL_BLOCKS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u
const LETTER = /\p{L}/u
const RTL_LETTER = /(?=\p{L})[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u

const LRM = '\u200E'
const RLM = '\u200F'
const ALM = '\u061C'
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068'])
const PDI = '\u2069'
const FSI = '\u2068'

/**
 * The direction of `text`'s first strong letter, skipping what sits between an isolate and its
 * end (rule P2); null when it has no letter at all (digits, emoji, punctuation), so it takes
 * the direction of what holds it.
 */
export function textDirection(text: string): Direction | null {
  let isolated = 0
  for (const char of text) {
    if (ISOLATE_OPENERS.has(char)) isolated++
    else if (char === PDI) isolated = Math.max(0, isolated - 1)
    else if (isolated > 0) continue
    else if (char === RLM || char === ALM) return 'rtl'
    else if (char === LRM) return 'ltr'
    else if (LETTER.test(char)) return RTL_BLOCKS.test(char) ? 'rtl' : 'ltr'
  }
  return null
}

/** Whether `text` holds a right-to-left letter anywhere. */
export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text)
}

/**
 * `text` between FSI and PDI when it holds right-to-left letters, for a person's words inside a
 * sentence of ours that is a plain string (a dialog's text, a CSS content string): the same
 * effect as <bdi>, where no element can be. Left-to-right words come back as they were.
 */
export function isolated(text: string): string {
  return hasRightToLeft(text) ? `${FSI}${text}${PDI}` : text
}

/** `text` without the isolates `isolated` adds (for a file name made from it). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '')
}
