// The part of the passphrase policy that needs no dictionaries: the length rule. The
// renderer shows it from the first keystroke, before the strength checker has loaded.

export const MIN_PASSPHRASE_LENGTH = 10

/** zxcvbn's score (0–4) a passphrase must reach: 3 means about 10^8 guesses or more. */
export const MIN_STRENGTH_SCORE = 3

/** The form every check works on, so NFC and NFD typing of the same words count the same. */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFKC')
}

/** Why this passphrase is too short, as a sentence, or null if it is long enough. */
export function lengthProblem(passphrase: string): string | null {
  const text = normalisePassphrase(passphrase)
  if (text.trim().length === 0) return 'Enter a passphrase.'
  if ([...text].length < MIN_PASSPHRASE_LENGTH) {
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters; a few unrelated words together work well.`
  }
  return null
}
