// The rule a new passphrase must meet, as the main process checks it: at least
// MIN_PASSPHRASE_LENGTH characters and hard to guess (zxcvbn score 3 or more). This module
// imports the dictionaries directly, so the renderer must not import it: it loads the same
// checker lazily through passphrase-strength.ts and shows the length rule until then.

import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import { createStrengthChecker, type StrengthChecker } from './passphrase-strength.ts'

export { MIN_PASSPHRASE_LENGTH } from './passphrase-rule.ts'

// Built on first use rather than at import: ranking the dictionaries takes about 0.2 s,
// which app start-up should not pay when nobody is choosing a passphrase.
let checker: StrengthChecker | null = null

/** Why this passphrase is refused, as a sentence, or null if it is acceptable. */
export function passphraseProblem(passphrase: string, userInputs: readonly string[] = []): string | null {
  checker ??= createStrengthChecker({ Factory: ZxcvbnFactory, common, en })
  return checker(passphrase, userInputs).problem
}
