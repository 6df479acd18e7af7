// How hard a passphrase is to guess, by zxcvbn over its common-password and English
// dictionaries, in the renderer: loadStrengthChecker fetches them when first needed, so the
// lock screen's first download stays small. The main process asks the same of zxcvbn in a
// worker thread (main/passphrase/strength-worker.ts), built the same way, and both read the
// answer with strengthOf (passphrase-verdict.ts). Only types are imported here.

import type { ZxcvbnFactory } from '@zxcvbn-ts/core'
import type * as CommonPack from '@zxcvbn-ts/language-common'
import type * as EnglishPack from '@zxcvbn-ts/language-en'
import { strengthOf, strengthQuestion, type Strength } from './passphrase-verdict.ts'

export { APP_WORDS, type Strength, type StrengthLabel } from './passphrase-verdict.ts'

export type StrengthChecker = (passphrase: string, userInputs?: readonly string[]) => Strength

export interface ZxcvbnPacks {
  Factory: typeof ZxcvbnFactory
  common: Pick<typeof CommonPack, 'dictionary' | 'adjacencyGraphs'>
  en: Pick<typeof EnglishPack, 'dictionary'>
}

/** Builds the checker (a fraction of a second: zxcvbn ranks every dictionary once). */
export function createStrengthChecker({ Factory, common, en }: ZxcvbnPacks): StrengthChecker {
  // No translations: feedback comes back as keys, which passphrase-feedback.ts words for us.
  // The worker thread's source (strength-worker.ts) builds the same; keep the two alike.
  const zxcvbn = new Factory({ dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs })
  return (passphrase, userInputs = []) => {
    const { text, inputs } = strengthQuestion(passphrase, userInputs)
    return strengthOf(text, zxcvbn.check(text, inputs))
  }
}

/** Fetches zxcvbn and its dictionaries (about 1 MB unpacked) and builds the checker. */
export async function loadStrengthChecker(): Promise<StrengthChecker> {
  const [core, common, en] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')])
  return createStrengthChecker({ Factory: core.ZxcvbnFactory, common, en })
}
