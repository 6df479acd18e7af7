// One moment on home: what it is, when, the way its writer thought they could be there, and,
// once its day has come, "Write how I was there" (the follow-up's prompts, opened in place) or
// "No need to write" (put aside, so home stops bringing it up).

import { useId, useState } from 'react'
import type { Occasion } from '../../../../shared/contract.ts'
import { occasionStage } from '../../../../shared/occasions.ts'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { FollowUpPrompts } from './follow-up-prompts.tsx'
import { LINE_LABEL, partnerWords, whenWords } from './occasion-words.ts'

interface Props {
  occasion: Occasion
  partner: string | null
  today: Date
  onPutAside: (occasion: Occasion) => void
}

export function ComingUpItem({ occasion, partner, today, onPutAside }: Props) {
  const ids = useId()
  const [writing, setWriting] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const come = occasionStage(occasion.on, today).days <= 0

  const putAside = async () => {
    try {
      onPutAside(await api.occasions.setAside({ id: occasion.id, aside: true }))
    } catch (error) {
      setProblem(problemOf(error).message)
    }
  }

  return (
    <li className={come ? 'coming-up__item coming-up__item--come' : 'coming-up__item'}>
      <h3 className="coming-up__what">
        <bdi>{occasion.what}</bdi>
      </h3>
      <p className="coming-up__when">{whenWords(occasion.on, today)}</p>
      {occasion.line && (
        <p className="coming-up__line">
          <span className="coming-up__label">{LINE_LABEL}:</span> <bdi>{occasion.line}</bdi>
        </p>
      )}
      {come && (
        <>
          <p className="coming-up__ask">Ask {partnerWords(partner)} how it went. Afterwards, you can write how you were there.</p>
          <div className="actions">
            <button type="button" aria-expanded={writing} aria-controls={`${ids}-prompts`} onClick={() => setWriting((open) => !open)}>
              Write how I was there
            </button>
            <button type="button" className="quiet" onClick={() => void putAside()}>
              No need to write
            </button>
          </div>
          {writing && (
            <div id={`${ids}-prompts`}>
              <FollowUpPrompts occasion={occasion} partner={partner} from={{ name: 'home' }} headingLevel={4} />
            </div>
          )}
        </>
      )}
      {problem && <ErrorMessage message={problem} />}
    </li>
  )
}
