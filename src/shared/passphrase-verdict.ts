// What zxcvbn's score and feedback mean for a passphrase here: the length rule, the score it
// must reach, our own sentences, and the words that count for nothing. One function for both
// sides, so the renderer's meter (zxcvbn in the page) and the main process (zxcvbn in a worker
// thread) reach the same verdict. Only types are imported: zxcvbn itself is loaded elsewhere.

import type { ZxcvbnResult } from '@zxcvbn-ts/core'
import { feedbackReason } from './passphrase-feedback.ts'
import { lengthProblem, MIN_STRENGTH_SCORE, normalisePassphrase } from './passphrase-rule.ts'

export type StrengthLabel = 'Too weak' | 'Weak' | 'Good' | 'Strong'

export interface Strength {
  /** How many of the meter's four segments are filled (1–4). */
  level: 1 | 2 | 3 | 4
  label: StrengthLabel
  /** Why the passphrase is refused, as a sentence, or null if it is accepted. */
  problem: string | null
}

/** All of zxcvbn's answer that the verdict reads: what crosses from the worker thread. */
export type ZxcvbnScore = Pick<ZxcvbnResult, 'score' | 'feedback'>

/** Words anyone attacking a Sevenfold journal would try first, so they add nothing. */
export const APP_WORDS: readonly string[] = ['sevenfold', 'journal', 'reflection', 'reflections', 'passphrase', 'partner', 'partners', 'closeness']

const LEVELS: readonly { label: StrengthLabel; level: Strength['level'] }[] = [
  { label: 'Too weak', level: 1 },
  { label: 'Too weak', level: 1 },
  { label: 'Weak', level: 2 },
  { label: 'Good', level: 3 },
  { label: 'Strong', level: 4 }
]

/** What zxcvbn is asked about: the normalised text, and the words that weigh nothing in it. */
export function strengthQuestion(passphrase: string, userInputs: readonly string[] = []): { text: string; inputs: string[] } {
  return { text: normalisePassphrase(passphrase), inputs: [...APP_WORDS, ...userInputs.flatMap(wordsOf)] }
}

/** The verdict on `text` (from strengthQuestion), given zxcvbn's answer about it. */
export function strengthOf(text: string, { score, feedback }: ZxcvbnScore): Strength {
  const tooShort = lengthProblem(text)
  if (tooShort) return { ...LEVELS[Math.min(score, 1)]!, problem: tooShort }
  const problem = score < MIN_STRENGTH_SCORE ? feedbackReason(feedback) : null
  return { ...LEVELS[score]!, problem }
}

/** A name like "Ana María" weighs nothing whole, nor any of its words. */
function wordsOf(input: string): string[] {
  const text = normalisePassphrase(input).trim().toLowerCase()
  if (text.length === 0) return []
  const words = text.split(/\s+/)
  return words.length > 1 ? [text, words.join(''), ...words] : [text]
}
