// After asking how it went: prompts for good news and for hard news, side by side, and the
// writer picks what fits (good news deserves an answer as much as bad). A pick opens a new
// reflection with that prompt above it, which names the occasion it was written after.

import { useId } from 'react'
import type { Occasion } from '../../../../shared/contract.ts'
import { FOLLOW_UP_HEADINGS, FOLLOW_UP_PROMPTS, followUpOrder } from '../../../../shared/occasion-prompts.ts'
import { useNavigate, type JournalRoute } from '../../ui/navigation.ts'
import { partnerWords } from './occasion-words.ts'

interface Props {
  occasion: Occasion
  partner: string | null
  /** Where the editor's "Back" returns. */
  from: JournalRoute
  /** The heading level of the two groups: one below the occasion's own. */
  headingLevel: 4 | 5
}

export function FollowUpPrompts({ occasion, partner, from, headingLevel }: Props) {
  const ids = useId()
  const go = useNavigate()
  const who = partnerWords(partner)
  const Heading = headingLevel === 4 ? 'h4' : 'h5'
  return (
    <div className="follow-up">
      <p className="follow-up__lead">Pick the question that fits what you heard. It stays above the page while you write.</p>
      <div className="follow-up__groups">
        {followUpOrder(occasion.tone).map((kind) => (
          <section key={kind} className={`follow-up__group follow-up__group--${kind}`} aria-labelledby={`${ids}-${kind}`}>
            <Heading id={`${ids}-${kind}`}>{FOLLOW_UP_HEADINGS[kind]}</Heading>
            <ul>
              {FOLLOW_UP_PROMPTS[kind].map((ask, index) => (
                <li key={index}>
                  <button
                    type="button"
                    className="follow-up__prompt"
                    onClick={() => go({ name: 'editor', themeId: 'being-there', followUp: { occasionId: occasion.id, kind, index }, from })}
                  >
                    {ask(who)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  )
}
