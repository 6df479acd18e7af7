// A new passphrase typed twice, with the main process's own rule shown as they type: the
// length rule at once, then a strength meter and zxcvbn's reason once its checker has loaded
// (strength-meter.tsx). Used by first run, recovery and changing the passphrase. After a try
// to go on (`tried`), what still stands in the way turns into an error under its field.

import { useMemo, useRef, useState, type RefObject } from 'react'
import { lengthProblem, MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrase-rule.ts'
import type { Strength } from '../../../shared/passphrase-strength.ts'
import { FieldNote, type NoteTone } from './field-note.tsx'
import { loadedStrengthChecker, StrengthMeter, useStrengthChecker } from './strength-meter.tsx'

const MISMATCH = 'The two passphrases are not the same yet.'
const AGAIN_MISSING = 'Type the same passphrase again here.'
/** The state of the two fields, held by the form that shows them. */
export interface PassphrasePair {
  passphrase: string
  again: string
  setPassphrase: (value: string) => void
  setAgain: (value: string) => void
  passRef: RefObject<HTMLInputElement | null>
  againRef: RefObject<HTMLInputElement | null>
  /** Words about this person (their display name) that should add nothing to the strength. */
  userInputs: readonly string[]
  /** The field to send focus to when the pair is not ready, or null when it is. */
  unready(): RefObject<HTMLInputElement | null> | null
  clear(): void
}

export function usePassphrasePair(userInputs: readonly string[]): PassphrasePair {
  const passRef = useRef<HTMLInputElement>(null)
  const againRef = useRef<HTMLInputElement>(null)
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  return {
    passphrase,
    again,
    setPassphrase,
    setAgain,
    passRef,
    againRef,
    userInputs,
    unready() {
      const checker = loadedStrengthChecker()
      const problem = checker ? checker(passphrase, userInputs).problem : lengthProblem(passphrase)
      if (problem) return passRef
      return again !== passphrase ? againRef : null
    },
    clear() {
      setPassphrase('')
      setAgain('')
    }
  }
}

interface Props {
  pair: PassphrasePair
  /** The form's own change handler: sets a value and clears the form's notes. */
  edit: (set: (value: string) => void) => (value: string) => void
  /** Prefix for the fields' ids. */
  idBase: string
  label: string
  /** Read by screen readers only, to tell apart fields of two partners on one screen. */
  hiddenSuffix?: string
  tried: boolean
  /** A refusal from the main process for the new passphrase, shown in place of the rule. */
  refusal?: string | null
}

function ruleNote(passphrase: string, strength: Strength | null, tried: boolean): { text: string; tone: NoteTone } {
  const problem = strength ? strength.problem : lengthProblem(passphrase)
  if (problem === null) return strength ? { text: 'That passphrase will do.', tone: 'hint' } : { text: 'Checking how easy it is to guess…', tone: 'hint' }
  if (tried) return { text: problem, tone: 'error' }
  if (passphrase.length > 0) return { text: problem, tone: 'warning' }
  return { text: `At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words together work well.`, tone: 'hint' }
}

export function NewPassphraseFields(props: Props) {
  const { pair, edit, idBase, label, tried, refusal } = props
  const { passphrase, again, userInputs } = pair
  const checker = useStrengthChecker(passphrase.length > 0)
  const inputsKey = userInputs.join('\n')
  // inputsKey stands for userInputs, which callers may rebuild on every render.
  const strength = useMemo(() => (checker && passphrase.length > 0 ? checker(passphrase, userInputs) : null), [checker, passphrase, inputsKey])
  const suffix = props.hiddenSuffix ? <span className="visually-hidden"> {props.hiddenSuffix}</span> : null
  const passNote = refusal ? { text: refusal, tone: 'error' as const } : ruleNote(passphrase, strength, tried)
  const againProblem = again.length === 0 ? (tried ? AGAIN_MISSING : null) : again !== passphrase ? MISMATCH : null

  return (
    <>
      <label htmlFor={`${idBase}-pass`}>
        {label}
        {suffix}
      </label>
      <input
        id={`${idBase}-pass`}
        ref={pair.passRef}
        type="password"
        value={passphrase}
        onChange={(e) => edit(pair.setPassphrase)(e.target.value)}
        autoComplete="new-password"
        aria-describedby={`${idBase}-pass-note`}
        aria-invalid={passNote.tone !== 'hint'}
      />
      {strength && <StrengthMeter strength={strength} />}
      <FieldNote id={`${idBase}-pass-note`} {...passNote} />

      <label htmlFor={`${idBase}-again`}>
        {label} again
        {suffix}
      </label>
      <input
        id={`${idBase}-again`}
        ref={pair.againRef}
        type="password"
        value={again}
        onChange={(e) => edit(pair.setAgain)(e.target.value)}
        autoComplete="new-password"
        aria-describedby={`${idBase}-again-note`}
        aria-invalid={againProblem !== null}
      />
      <FieldNote id={`${idBase}-again-note`} text={againProblem ?? ''} tone={againProblem && tried ? 'error' : 'warning'} />
    </>
  )
}
