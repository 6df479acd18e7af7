// How hard a passphrase is to guess, by zxcvbn over its common-password and English
// dictionaries. The same checker runs in the main process (passphrase-policy.ts imports the
// dictionaries at once) and in the renderer (loadStrengthChecker fetches them when first
// needed, so the lock screen's first download stays small). Only types are imported here.

import type { ZxcvbnFactory } from '@zxcvbn-ts/core'
import type * as CommonPack from '@zxcvbn-ts/language-common'
import type * as EnglishPack from '@zxcvbn-ts/language-en'
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

export type StrengthChecker = (passphrase: string, userInputs?: readonly string[]) => Strength

/** Words anyone attacking a Sevenfold journal would try first, so they add nothing. */
export const APP_WORDS: readonly string[] = ['sevenfold', 'journal', 'reflection', 'reflections', 'passphrase', 'partner', 'partners', 'closeness']

export interface ZxcvbnPacks {
  Factory: typeof ZxcvbnFactory
  common: Pick<typeof CommonPack, 'dictionary' | 'adjacencyGraphs'>
  en: Pick<typeof EnglishPack, 'dictionary'>
}

const LEVELS: readonly { label: StrengthLabel; level: Strength['level'] }[] = [
  { label: 'Too weak', level: 1 },
  { label: 'Too weak', level: 1 },
  { label: 'Weak', level: 2 },
  { label: 'Good', level: 3 },
  { label: 'Strong', level: 4 }
]

/** Builds the checker (a fraction of a second: zxcvbn ranks every dictionary once). */
export function createStrengthChecker({ Factory, common, en }: ZxcvbnPacks): StrengthChecker {
  // No translations: feedback comes back as keys, which passphrase-feedback.ts words for us.
  const zxcvbn = new Factory({ dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs })
  return (passphrase, userInputs = []) => {
    const text = normalisePassphrase(passphrase)
    const inputs = [...APP_WORDS, ...userInputs.flatMap(wordsOf)]
    const result = zxcvbn.check(text, inputs)
    const tooShort = lengthProblem(text)
    if (tooShort) return { ...LEVELS[Math.min(result.score, 1)]!, problem: tooShort }
    const problem = result.score < MIN_STRENGTH_SCORE ? feedbackReason(result.feedback) : null
    return { ...LEVELS[result.score]!, problem }
  }
}

/** A name like "Ana María" weighs nothing whole, nor any of its words. */
function wordsOf(input: string): string[] {
  const text = normalisePassphrase(input).trim().toLowerCase()
  if (text.length === 0) return []
  const words = text.split(/\s+/)
  return words.length > 1 ? [text, words.join(''), ...words] : [text]
}

/** Fetches zxcvbn and its dictionaries (about 1 MB unpacked) and builds the checker. */
export async function loadStrengthChecker(): Promise<StrengthChecker> {
  const [core, common, en] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')])
  return createStrengthChecker({ Factory: core.ZxcvbnFactory, common, en })
}
