// The rule a new passphrase must meet, as the main process checks it: at least
// MIN_PASSPHRASE_LENGTH characters and hard to guess (zxcvbn score 3 or more). zxcvbn runs in
// a worker thread, and its answer is read by the verdict the renderer's meter uses too.

import { strengthOf, strengthQuestion } from '../../shared/passphrase-verdict.ts'
import { scoreInWorker } from './strength-worker.ts'

export { MIN_PASSPHRASE_LENGTH } from '../../shared/passphrase-rule.ts'

/** Why this passphrase is refused, as a sentence, or null if it is acceptable. */
export async function passphraseProblem(passphrase: string, userInputs: readonly string[] = []): Promise<string | null> {
  const { text, inputs } = strengthQuestion(passphrase, userInputs)
  return strengthOf(text, await scoreInWorker(text, inputs)).problem
}
