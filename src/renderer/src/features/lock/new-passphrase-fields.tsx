// A new passphrase typed twice, with the main process's own rule (passphrase-policy.ts)
// shown as they type. Used by first run, recovery and changing the passphrase. After a try
// to go on (`tried`), what still stands in the way turns into an error under its field.

import type { RefObject } from 'react'
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../../shared/passphrase-policy.ts'
import { FieldNote, type NoteTone } from '../../ui/field-note.tsx'

const MISMATCH = 'The two passphrases are not the same yet.'
const AGAIN_MISSING = 'Type the same passphrase again here.'

interface Props {
  /** Prefix for the fields' ids. */
  idBase: string
  label: string
  /** Read by screen readers only, to tell apart fields of two partners on one screen. */
  hiddenSuffix?: string
  passphrase: string
  again: string
  onPassphrase: (value: string) => void
  onAgain: (value: string) => void
  tried: boolean
  passRef: RefObject<HTMLInputElement | null>
  againRef: RefObject<HTMLInputElement | null>
  /** A refusal from the main process for the new passphrase, shown in place of the rule. */
  refusal?: string | null
}

/** The field to send focus to when this pair is not ready, or null when it is. */
export function firstUnready(passphrase: string, again: string): 'passphrase' | 'again' | null {
  if (passphraseProblem(passphrase)) return 'passphrase'
  return again !== passphrase ? 'again' : null
}

function ruleNote(passphrase: string, tried: boolean): { text: string; tone: NoteTone } {
  const problem = passphraseProblem(passphrase)
  if (problem === null) return { text: 'That passphrase will do.', tone: 'hint' }
  if (tried) return { text: problem, tone: 'error' }
  if (passphrase.length > 0) return { text: problem, tone: 'warning' }
  return { text: `At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words together work well.`, tone: 'hint' }
}

export function NewPassphraseFields(props: Props) {
  const { idBase, label, passphrase, again, tried, refusal } = props
  const suffix = props.hiddenSuffix ? <span className="visually-hidden"> {props.hiddenSuffix}</span> : null
  const passNote = refusal ? { text: refusal, tone: 'error' as const } : ruleNote(passphrase, tried)
  const againProblem = again.length === 0 ? (tried ? AGAIN_MISSING : null) : again !== passphrase ? MISMATCH : null

  return (
    <>
      <label htmlFor={`${idBase}-pass`}>
        {label}
        {suffix}
      </label>
      <input
        id={`${idBase}-pass`}
        ref={props.passRef}
        type="password"
        value={passphrase}
        onChange={(e) => props.onPassphrase(e.target.value)}
        autoComplete="new-password"
        aria-describedby={`${idBase}-pass-note`}
        aria-invalid={passNote.tone !== 'hint'}
      />
      <FieldNote id={`${idBase}-pass-note`} {...passNote} />

      <label htmlFor={`${idBase}-again`}>
        {label} again
        {suffix}
      </label>
      <input
        id={`${idBase}-again`}
        ref={props.againRef}
        type="password"
        value={again}
        onChange={(e) => props.onAgain(e.target.value)}
        autoComplete="new-password"
        aria-describedby={`${idBase}-again-note`}
        aria-invalid={againProblem !== null}
      />
      <FieldNote id={`${idBase}-again-note`} text={againProblem ?? ''} tone={againProblem && tried ? 'error' : 'warning'} />
    </>
  )
}
