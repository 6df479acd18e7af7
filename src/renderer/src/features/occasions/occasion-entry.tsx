// One moment on the being-there page: what, when, what kind, the way to be there, what was
// written afterwards (each opens), and what can be done with it: write how I was there once its
// day has come, put it aside or bring it back, change it, delete it.

import { useEffect, useId, useRef, useState } from 'react'
import type { Occasion } from '../../../../shared/contract.ts'
import { OCCASION_TONE_LABELS, occasionStage } from '../../../../shared/occasions.ts'
import { api, problemOf } from '../../api.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useNavigate } from '../../ui/navigation.ts'
import { FollowUpPrompts } from './follow-up-prompts.tsx'
import { OccasionForm } from './occasion-form.tsx'
import { LINE_LABEL, whenWords } from './occasion-words.ts'
import { isolated } from '../../../../shared/text-direction.ts'

interface Props {
  occasion: Occasion
  partner: string | null
  today: Date
  /** This one takes focus (opened from search or the calendar, or just changed). */
  focused: boolean
  onChanged: (occasion: Occasion) => void
  onDeleted: (id: string) => void
}

export function OccasionEntry({ occasion, partner, today, focused, onChanged, onDeleted }: Props) {
  const ids = useId()
  const go = useNavigate()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [open, setOpen] = useState<'none' | 'write' | 'change' | 'delete'>('none')
  const [problem, setProblem] = useState<string | null>(null)
  const come = occasionStage(occasion.on, today).days <= 0
  const here = { name: 'theme' as const, themeId: 'being-there' as const, occasionId: occasion.id }

  // Back from changing it (saved or not): the focus returns to it rather than to the page.
  const [back, setBack] = useState(0)
  useEffect(() => {
    if (!(focused || back > 0) || !headingRef.current) return
    headingRef.current.focus()
    headingRef.current.scrollIntoView({ block: 'center' })
  }, [focused, occasion, back])

  const act = async (action: () => Promise<void>) => {
    try {
      await action()
      setProblem(null)
    } catch (error) {
      setProblem(problemOf(error).message)
    }
  }
  const setAside = (aside: boolean) => act(async () => onChanged(await api.occasions.setAside({ id: occasion.id, aside })))
  const remove = () =>
    act(async () => {
      await api.reflections.delete({ id: occasion.id })
      onDeleted(occasion.id)
    })

  if (open === 'change') {
    return (
      <li className="occasion-entry">
        <OccasionForm
          partner={partner}
          changing={occasion}
          onSaved={(saved) => {
            setOpen('none')
            onChanged(saved)
          }}
          onCancel={() => {
            setOpen('none')
            setBack((n) => n + 1)
          }}
        />
      </li>
    )
  }

  const details = [whenWords(occasion.on, today), occasion.tone ? OCCASION_TONE_LABELS[occasion.tone] : null].filter(Boolean).join(' · ')
  return (
    <li className="occasion-entry">
      <h4 ref={headingRef} tabIndex={-1} className="occasion-entry__what">
        <bdi>{occasion.what}</bdi>
      </h4>
      <p className="occasion-entry__when">{details}</p>
      {occasion.line && (
        <p className="occasion-entry__line">
          <span className="coming-up__label">{LINE_LABEL}:</span> <bdi>{occasion.line}</bdi>
        </p>
      )}
      {occasion.followUps.length > 0 && (
        <div className="occasion-entry__after">
          <p>You wrote how you were there:</p>
          <ul>
            {occasion.followUps.map((after) => (
              <li key={after.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => go({ name: 'editor', themeId: 'being-there', reflectionId: after.id, from: here })}
                >
                  {after.title ? <bdi>{after.title}</bdi> : 'Untitled'}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {occasion.asideAt && <p className="occasion-entry__aside">Put aside, with no need to write.</p>}
      {(come || occasion.asideAt) && (
        <div className="actions">
          {come && !occasion.asideAt && (
            <button
              type="button"
              aria-expanded={open === 'write'}
              aria-controls={`${ids}-prompts`}
              onClick={() => setOpen(open === 'write' ? 'none' : 'write')}
            >
              Write how I was there
            </button>
          )}
          {come && !occasion.asideAt && occasion.followUps.length === 0 && (
            <button type="button" className="quiet" onClick={() => void setAside(true)}>
              No need to write
            </button>
          )}
          {occasion.asideAt && (
            <button type="button" className="quiet" onClick={() => void setAside(false)}>
              Bring it back
            </button>
          )}
        </div>
      )}
      {open === 'write' && (
        <div id={`${ids}-prompts`}>
          <FollowUpPrompts occasion={occasion} partner={partner} from={here} headingLevel={5} />
        </div>
      )}
      {/* Changing and deleting, quieter, under what can be done with it. */}
      <div className="occasion-entry__manage">
        <button type="button" className="link-button" onClick={() => setOpen('change')}>
          Change
        </button>
        <button type="button" className="link-button" onClick={() => setOpen('delete')}>
          Delete…
        </button>
      </div>
      {problem && <ErrorMessage message={problem} />}
      {open === 'delete' && (
        <ConfirmDialog
          title={`Delete “${isolated(occasion.what)}”?`}
          text="The moment goes from your journal. Anything you wrote afterwards about being there stays."
          confirmLabel="Delete it"
          cancelLabel="Keep it"
          danger
          onConfirm={() => void remove().then(() => setOpen('none'))}
          onCancel={() => setOpen('none')}
        />
      )}
    </li>
  )
}
