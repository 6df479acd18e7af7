// Home's short notice when a "both answer, then reveal" question waits for this journal's
// answer; it leads to the trust theme, where it is answered. Says nothing when there is
// nothing to answer, or no vault.

import { useId, type CSSProperties } from 'react'
import { themeById } from '../../../../../shared/themes.ts'
import { api } from '../../../api.ts'
import { useNavigate } from '../../../ui/navigation.ts'
import { useLoad } from '../../../ui/use-load.ts'
import './reveal-together.css'
import { nameOf } from '../secrets/open-vault-names.ts'

const trust = themeById('trust')

/** The questions waiting for this journal's answer, and who asked the first; null if none. */
async function waitingForMe(): Promise<{ count: number; askedBy: string } | null> {
  const [questions, status] = await Promise.all([api.vaultReveals.waiting(), api.vault.status()])
  const mine = questions.filter((q) => !q.answeredByMe)
  return mine.length > 0 ? { count: mine.length, askedBy: nameOf(status.partners, mine[0]!.askedBy) } : null
}

export function RevealNotice() {
  const id = useId()
  const go = useNavigate()
  // No vault yet, or it cannot be reached: home has nothing to say about it.
  const loaded = useLoad(waitingForMe, 'waiting').loaded
  const waiting = loaded.state === 'ready' ? loaded.value : null

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
