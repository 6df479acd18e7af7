// What to write about afterwards, once you have asked how it went (issue 17, item 7). Good news
// deserves an answer as much as bad, so there are prompts for both and the writer picks what
// fits. The chosen one is kept as the follow-up's prompt ("Started from: …"), with the
// occasion's words, so the reflection says what it was about wherever it is read.

import type { OccasionTone } from './occasions.ts'

export type FollowUpKind = 'good' | 'hard'

export const FOLLOW_UP_HEADINGS: Record<FollowUpKind, string> = {
  good: 'If it went well',
  hard: 'If it was hard'
}

/** Each prompt, with the partner's name (or "your partner") put in. */
export const FOLLOW_UP_PROMPTS: Record<FollowUpKind, readonly ((partner: string) => string)[]> = {
  good: [
    (p) => `How did you share in the good news with ${p}? What did you say first?`,
    (p) => `Ask ${p} for the whole story. Which part of it mattered most?`,
    (p) => `How could the two of you celebrate it this week, in a way ${p} would enjoy?`
  ],
  hard: [
    (p) => `How did you listen to ${p}? What seemed to help, and what did not?`,
    (p) => `What did ${p} need from you most, and could you give it?`,
    (p) => `What small comfort could you offer ${p} over the next few days?`
  ]
}

/** The hard prompts first for something noted as hard; the good ones first otherwise. */
export function followUpOrder(tone: OccasionTone | null): readonly FollowUpKind[] {
  return tone === 'hard' ? ['hard', 'good'] : ['good', 'hard']
}

/** The prompt a follow-up keeps: what it follows up, then the question chosen. */
export function followUpPrompt(what: string, question: string): string {
  return `After “${what}”: ${question}`
}

/** A follow-up's suggested title, which its writer can change. */
export function followUpTitle(what: string): string {
  return `After ${what}`
}
