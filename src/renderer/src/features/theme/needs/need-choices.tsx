// The eight needs as checkboxes, each with its line, and a field for a need in one's own words.
// Ticking one puts it last in the three (needs-order.tsx puts them in order); a fourth is not
// taken, and the note under the choices says why, in a live region.

import { useId, useState, type KeyboardEvent } from 'react'
import { NEED_IDS, NEED_OWN_MAX, NEEDS, NEEDS_TOP_MAX, pickKey, type NeedId, type NeedPick } from '../../../../../shared/needs.ts'

interface Props {
  top: readonly NeedPick[]
  onChange: (top: NeedPick[]) => void
  /** Why the last choice was not taken; the form clears it when it saves. */
  note: string
  onNote: (note: string) => void
}

const FULL = 'Three is the most. Take one off your three to choose this one.'

export function NeedChoices({ top, onChange, note, onNote: setNote }: Props) {
  const ids = useId()
  const [own, setOwn] = useState('')
  const chosen = new Set(top.map(pickKey))

  const toggle = (id: NeedId) => {
    if (chosen.has(id)) {
      setNote('')
      return onChange(top.filter((pick) => pickKey(pick) !== id))
    }
    if (top.length >= NEEDS_TOP_MAX) return setNote(FULL)
    setNote('')
    onChange([...top, { id }])
  }

  const addOwn = () => {
    const words = own.trim()
    if (words === '') return setNote('Write a few words first.')
    const pick: NeedPick = { own: words }
    if (chosen.has(pickKey(pick))) return setNote('That one is already in your three.')
    if (top.length >= NEEDS_TOP_MAX) return setNote(FULL)
    setNote('')
    setOwn('')
    onChange([...top, pick])
  }

  // Enter in the own-words field adds them, rather than saving the check-in.
  const onOwnKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    addOwn()
  }

  return (
    <>
      <fieldset className="need-choices" aria-describedby={`${ids}-hint`}>
        <legend>What do you need most right now?</legend>
        <p className="need-choices__hint" id={`${ids}-hint`}>
          Choose up to three, the one you need most first. You can change the order below.
        </p>
        <div className="need-choices__grid">
          {NEED_IDS.map((id) => (
            <label key={id} className="need-choice">
              <input type="checkbox" checked={chosen.has(id)} onChange={() => toggle(id)} aria-describedby={`${ids}-${id}`} />
              <span className="need-choice__words">
                <span className="need-choice__label">{NEEDS[id].label}</span>
                <span className="need-choice__description" id={`${ids}-${id}`}>
                  {NEEDS[id].description}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="need-own">
        <label htmlFor={`${ids}-own`}>Or in your own words</label>
        <div className="need-own__row">
          <input
            id={`${ids}-own`}
            dir="auto"
            type="text"
            value={own}
            maxLength={NEED_OWN_MAX}
            autoComplete="off"
            onChange={(e) => setOwn(e.target.value)}
            onKeyDown={onOwnKey}
          />
          <button type="button" onClick={addOwn}>
            Add to my three
          </button>
        </div>
      </div>
      <p className="need-choices__note" role="status">
        {note}
      </p>
    </>
  )
}
