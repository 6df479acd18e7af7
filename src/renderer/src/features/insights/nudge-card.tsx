// One gentle nudge towards a theme left alone for a while, with a prompt from it. "Not now"
// is remembered (encrypted, in the partner's settings) until the theme is written in again;
// a short note takes the card's place and keyboard focus, so nobody is left on nothing.

import { useEffect, useId, useRef, useState, type CSSProperties } from 'react'
import type { Nudge } from '../../../../shared/insights.ts'
import { promptOfTheDay, themeById, themePromptOfTheDay, type ThemeId } from '../../../../shared/themes.ts'
import { problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useNavigate } from '../../ui/navigation.ts'
import { ThemeIcon } from '../../ui/theme-icon.tsx'
import { nudgeSentence } from './words.ts'
import './insights.css'

interface Props {
  nudge: Nudge | null
  today: Date
  onDismiss: (themeId: ThemeId) => Promise<void>
}

/** The theme's prompt for today, but never the one "A prompt for today" already shows above. */
function nudgePrompt(themeId: ThemeId, today: Date): string {
  const prompt = themePromptOfTheDay(themeId, today)
  if (prompt !== promptOfTheDay(today).prompt) return prompt
  const { prompts } = themeById(themeId)
  return prompts[(prompts.indexOf(prompt) + 1) % prompts.length]!
}

export function NudgeArea({ nudge, today, onDismiss }: Props) {
  const [dismissed, setDismissed] = useState(false)
  const noteRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (dismissed) noteRef.current?.focus()
  }, [dismissed])

  if (nudge) return <NudgeCard nudge={nudge} today={today} onDismiss={(themeId) => onDismiss(themeId).then(() => setDismissed(true))} />
  if (!dismissed) return null
  return (
    <p ref={noteRef} tabIndex={-1} className="nudge-note" role="status">
      All right. That one can wait until you feel like it.
    </p>
  )
}

function NudgeCard({ nudge, today, onDismiss }: { nudge: Nudge; today: Date; onDismiss: (themeId: ThemeId) => Promise<void> }) {
  const id = useId()
  const go = useNavigate()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const theme = themeById(nudge.themeId)
  const prompt = nudgePrompt(nudge.themeId, today)
  const colour = { '--theme-colour': theme.colour } as CSSProperties

  const notNow = () => {
    setBusy(true)
    setProblem(null)
    onDismiss(nudge.themeId).catch((error: unknown) => {
      setProblem(problemOf(error).message)
      setBusy(false)
    })
  }

  return (
    <section className="nudge" style={colour} aria-labelledby={`${id}-title`}>
      <span className="theme-icon-badge nudge__icon" aria-hidden="true">
        <ThemeIcon icon={theme.icon} size={20} />
      </span>
      <div className="nudge__text">
        <h2 id={`${id}-title`} className="nudge__title">
          {nudgeSentence(nudge)}
        </h2>
        <p className="nudge__prompt">
          A prompt, if you'd like one: <q>{prompt}</q>
        </p>
        <ErrorMessage message={problem} />
        <div className="nudge__actions">
          <button type="button" className="primary" onClick={() => go({ name: 'editor', themeId: nudge.themeId, prompt })}>
            Write about it
          </button>
          <button type="button" onClick={notNow} disabled={busy}>
            Not now
          </button>
        </div>
      </div>
    </section>
  )
}
