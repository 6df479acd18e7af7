// What the vault screens offer the others: import them from here, never from its files.

export { AskTogether } from './questions/ask-together.tsx'
export { RevealQuestions } from './questions/reveal-questions.tsx'
export { UsPlace } from './us/us-place.tsx'
export { ThankTogether } from './thanks/thank-together.tsx'
export { TimeTogetherTheme } from './time/time-together-theme.tsx'
