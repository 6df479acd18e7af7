// Home's short notice when a "both answer, then reveal" question waits for this journal's
// answer; it leads to the trust theme, where it is answered. Says nothing when there is
// nothing to answer, or no vault.

import { useEffect, useId, useState, type CSSProperties } from 'react'
import { themeById } from '../../../../../shared/themes.ts'
import { api } from '../../../api.ts'
import { useNavigate } from '../../../ui/navigation.ts'
import './reveal-together.css'
import { nameOf } from '../secrets/open-vault-names.ts'

const trust = themeById('trust')

export function RevealNotice() {
  const id = useId()
  const go = useNavigate()
  const [waiting, setWaiting] = useState<{ count: number; askedBy: string } | null>(null)

  useEffect(() => {
    let current = true
    Promise.all([api.vaultReveals.waiting(), api.vault.status()])
      .then(([questions, status]) => {
        const mine = questions.filter((q) => !q.answeredByMe)
        if (current && mine.length > 0) setWaiting({ count: mine.length, askedBy: nameOf(status.partners, mine[0]!.askedBy) })
      })
      // No vault yet, or it cannot be reached: home has nothing to say about it.
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [])

  if (!waiting) return null
  const colour = { '--theme-colour': trust.colour } as CSSProperties
  return (
    <section className="home-notice" style={colour} aria-labelledby={id}>
      <h2 id={id}>{waiting.count === 1 ? 'A question is waiting for your answer' : `${waiting.count} questions are waiting for your answer`}</h2>
      <p>
        {waiting.count === 1 ? `${waiting.askedBy} asked a question for both of you.` : 'Questions for both of you are waiting.'} Your answer stays private
        until you open the vault together.
      </p>
      <button type="button" className="primary" onClick={() => go({ name: 'theme', themeId: 'trust' })}>
        Answer in {trust.title}
      </button>
    </section>
  )
}
