// Minutes of idleness before the journal (or the vault) locks itself. Saved as soon as the number is
// valid; while it is not, the rule shows under the field (an error once they leave it).

import { useId, useState } from 'react'
import { autoLockMinutesProblem, MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES } from '../../../shared/settings.ts'
import { FieldNote } from './field-note.tsx'
import './auto-lock-field.css'

interface Props {
  minutes: number
  onValid: (minutes: number) => void
  /** What locks, said under the field. */
  hint?: string
}

function problemOf(text: string): string | null {
  if (!/^\s*\d+\s*$/.test(text)) return autoLockMinutesProblem(Number.NaN)
  return autoLockMinutesProblem(Number(text))
}

export function AutoLockField({ minutes, onValid, hint = 'When nobody has used this computer for that long, your journal locks itself.' }: Props) {
  const ids = useId()
  const [text, setText] = useState(String(minutes))
  const [left, setLeft] = useState(false)
  const problem = problemOf(text)

  const change = (value: string) => {
    setText(value)
    setLeft(false)
    if (problemOf(value) === null && Number(value) !== minutes) onValid(Number(value))
  }

  return (
    <div className="auto-lock">
      <label htmlFor={`${ids}-minutes`}>Lock after this many idle minutes</label>
      <input
        id={`${ids}-minutes`}
        className="auto-lock__input"
        type="number"
        inputMode="numeric"
        min={MIN_AUTO_LOCK_MINUTES}
        max={MAX_AUTO_LOCK_MINUTES}
        step={1}
        value={text}
        onChange={(e) => change(e.target.value)}
        onBlur={() => setLeft(true)}
        aria-invalid={problem !== null}
        aria-describedby={`${ids}-note`}
      />
      <FieldNote id={`${ids}-note`} text={problem ?? hint} tone={problem === null ? 'hint' : left ? 'error' : 'warning'} />
    </div>
  )
}
