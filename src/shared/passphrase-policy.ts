// The minimum a passphrase must meet, checked in the main process and shown by the
// renderer as the user types. Long and memorable beats short and complicated.

export const MIN_PASSPHRASE_LENGTH = 10

/** Why this passphrase is refused, as a sentence, or null if it is acceptable. */
export function passphraseProblem(passphrase: string): string | null {
  const text = passphrase.normalize('NFKC')
  if (text.trim().length === 0) return 'Enter a passphrase.'
  const characters = [...text]
  if (characters.length < MIN_PASSPHRASE_LENGTH) {
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters; a few unrelated words together work well.`
  }
  if (new Set(characters).size < 4) return 'Use more than a few different characters.'
  return null
}
