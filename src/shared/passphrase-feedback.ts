// zxcvbn's feedback arrives as keys (we pass it no translations); each is turned here into
// a calm sentence of our own. The reason is the warning, then the first suggestion.

import type { FeedbackType } from '@zxcvbn-ts/core'

const WARNINGS: Record<string, string> = {
  straightRow: 'Keys in a row on the keyboard are easy to guess.',
  keyPattern: 'Short keyboard patterns are easy to guess.',
  simpleRepeat: 'Repeated characters, like “aaa”, are easy to guess.',
  extendedRepeat: 'Repeated groups, like “abcabc”, are easy to guess.',
  sequences: 'Runs like “abc” or “4321” are easy to guess.',
  recentYears: 'Recent years are easy to guess.',
  dates: 'Dates are easy to guess.',
  topTen: 'This is one of the most used passphrases.',
  topHundred: 'This is a very common passphrase.',
  common: 'This is a common passphrase.',
  similarToCommon: 'This is close to a common passphrase.',
  wordByItself: 'A single word on its own is easy to guess.',
  namesByThemselves: 'Names on their own are easy to guess.',
  commonNames: 'Common names are easy to guess.',
  userInputs: 'Your name and the app’s name are among the first things anyone would try.',
  pwned: 'This passphrase has appeared in a leak from another service.'
}

const SUGGESTIONS: Record<string, string> = {
  l33t: 'Swapping letters for look-alikes, like @ for a, adds little.',
  reverseWords: 'Words spelled backwards add little.',
  allUppercase: 'Capitals throughout add little; a few unrelated words add more.',
  capitalization: 'A capital at the start adds little; a few unrelated words add more.',
  dates: 'Leave out dates and years that mean something to you.',
  recentYears: 'Leave out recent years.',
  associatedYears: 'Leave out years that mean something to you.',
  sequences: 'Leave out runs of letters or numbers.',
  repeated: 'Leave out repeated words and characters.',
  longerKeyboardPattern: 'Leave out keyboard patterns.',
  anotherWord: 'Add a few more unrelated words.',
  useWords: 'Use a few unrelated words rather than a known phrase.',
  pwned: 'Choose one you have not used anywhere else.'
}

const FALLBACK_WARNING = 'This would be too easy to guess.'
const FALLBACK_SUGGESTION = 'Add a few more unrelated words.'

/** The reason a passphrase is too weak, in our words, from zxcvbn's feedback keys. */
export function feedbackReason(feedback: FeedbackType): string {
  const warning = (feedback.warning && WARNINGS[feedback.warning]) || FALLBACK_WARNING
  const suggestion = feedback.suggestions.map((key) => SUGGESTIONS[key]).find((text) => text !== undefined) ?? FALLBACK_SUGGESTION
  return `${warning} ${suggestion}`
}
