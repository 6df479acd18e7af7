// Noting a moment coming up in the partner's life, or changing one: what it is, its day, what
// kind of moment it is (if known) and a way to be there. Saved with its button.

import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Occasion } from '../../../../shared/contract.ts'
import { OCCASION_LINE_MAX, OCCASION_TONE_LABELS, OCCASION_TONES, OCCASION_WHAT_MAX, type OccasionTone } from '../../../../shared/occasions.ts'
import { api, problemOf } from '../../api.ts'
import { ChoiceGroup, type Choice } from '../../ui/choice-group.tsx'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { partnerWords } from './occasion-words.ts'
import { isolated } from '../../../../shared/text-direction.ts'

type ToneChoice = OccasionTone | 'unsaid'

const TONE_CHOICES: readonly Choice<ToneChoice>[] = [
  ...OCCASION_TONES.map((tone) => ({ value: tone, label: OCCASION_TONE_LABELS[tone] })),
  { value: 'unsaid', label: 'Not sure yet' }
]

interface Props {
  partner: string | null
  /** The occasion being changed; none for a new one. */
  changing?: Occasion | undefined
  onSaved: (occasion: Occasion) => void
  onCancel?: (() => void) | undefined
}

export function OccasionForm({ partner, changing, onSaved, onCancel }: Props) {
  const ids = useId()
  const who = partnerWords(partner)
  const [what, setWhat] = useState(changing?.what ?? '')
  const [on, setOn] = useState(changing?.on ?? '')
  const [tone, setTone] = useState<ToneChoice>(changing?.tone ?? 'unsaid')
  const [line, setLine] = useState(changing?.line ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Changing one: the form takes the place of the button that opened it, so it takes the focus too.
  const whatRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (changing) whatRef.current?.focus()
  }, [changing])

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (what.trim() === '') return setProblem(`Write a few words about what is coming up for ${isolated(who)} first.`)
    if (on === '') return setProblem('Choose the day it happens.')
    setBusy(true)
    try {
      const kind = tone === 'unsaid' ? null : tone
      const saved = changing
        ? await api.occasions.change({ id: changing.id, what, on, tone: kind, line })
        : await api.occasions.note({ what, on, line, ...(kind ? { tone: kind } : {}) })
      setProblem(null)
      if (!changing) {
        setWhat('')
        setOn('')
        setTone('unsaid')
        setLine('')
      }
      onSaved(saved)
    } catch (error) {
      setProblem(problemOf(error).message)
    }
    setBusy(false)
  }

  const title = changing ? `Change “${isolated(changing.what)}”` : `Note something coming up for ${isolated(who)}`
  return (
    <form className="occasion-form" onSubmit={(event) => void save(event)} aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{title}</h3>
      {!changing && (
        <p className="occasion-form__note">
          An interview, a hard appointment, a celebration. It stays in your journal; home brings it back on the day, so you remember to ask how it went.
        </p>
      )}
      <label htmlFor={`${ids}-what`}>What is it?</label>
      <input
        ref={whatRef}
        id={`${ids}-what`}
        dir="auto"
        type="text"
        value={what}
        maxLength={OCCASION_WHAT_MAX}
        autoComplete="off"
        onChange={(e) => setWhat(e.target.value)}
      />
      <label htmlFor={`${ids}-on`}>On which day?</label>
      <input id={`${ids}-on`} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      <ChoiceGroup legend="What kind of moment?" choices={TONE_CHOICES} value={tone} onChange={setTone} />
      <label htmlFor={`${ids}-line`}>A way you could be there (if you like)</label>
      <input
        id={`${ids}-line`}
        type="text"
        dir="auto"
        value={line}
        maxLength={OCCASION_LINE_MAX}
        autoComplete="off"
        onChange={(e) => setLine(e.target.value)}
      />
      {problem && <ErrorMessage message={problem} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {changing ? 'Save changes' : 'Note it'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
