// One partner's side of a form both fill in turn (recovering the vault, changing its joint
// passphrase): something that proves it is them (a half of the recovery code or their
// current part), then their new part typed twice, and, when the vault's keys are renewed, their
// own journal's passphrase (so their journal learns the new keys at once).

import { useId, type RefObject } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { FieldNote } from '../../../ui/field-note.tsx'
import { NewPassphraseFields, type PassphrasePair } from '../../../ui/new-passphrase-fields.tsx'
import { isolated } from '../../../../../shared/text-direction.ts'

interface Props {
  partner: VaultPartner
  /** The proof field: a recovery-code half (shown, monospaced) or a current part (hidden). */
  proof: {
    kind: 'code' | 'part'
    label: string
    value: string
    onChange: (value: string) => void
    ref: RefObject<HTMLInputElement | null>
    note?: string | undefined
  }
  pair: PassphrasePair
  edit: (set: (value: string) => void) => (value: string) => void
  tried: boolean
  newPartRefusal: string | undefined
  /** Their own journal's passphrase, asked when the vault's keys are renewed. */
  journal?: { value: string; onChange: (value: string) => void; ref: RefObject<HTMLInputElement | null>; note?: string | undefined } | undefined
}

export function PartnerSide({ partner, proof, pair, edit, tried, newPartRefusal, journal }: Props) {
  const ids = useId()
  const name = partner.displayName
  const code = proof.kind === 'code'
  return (
    <fieldset className="partner-side">
      <legend>
        <bdi>{name}</bdi>
      </legend>
      <label htmlFor={`${ids}-proof`}>{proof.label}</label>
      <input
        id={`${ids}-proof`}
        ref={proof.ref}
        className={code ? 'recover-form__code' : undefined}
        type={code ? 'text' : 'password'}
        value={proof.value}
        onChange={(e) => edit(proof.onChange)(e.target.value)}
        autoComplete="off"
        autoCapitalize={code ? 'characters' : undefined}
        spellCheck={false}
        aria-invalid={proof.note !== undefined}
        aria-describedby={proof.note ? `${ids}-proof-note` : undefined}
      />
      {proof.note && <FieldNote id={`${ids}-proof-note`} text={proof.note} tone="error" />}
      <NewPassphraseFields pair={pair} edit={edit} idBase={ids} label={`${isolated(name)}'s new part`} tried={tried} refusal={newPartRefusal ?? null} />
      {journal && (
        <>
          <label htmlFor={`${ids}-journal`}>
            <bdi>{name}</bdi>'s journal passphrase
          </label>
          <input
            id={`${ids}-journal`}
            ref={journal.ref}
            type="password"
            value={journal.value}
            onChange={(e) => edit(journal.onChange)(e.target.value)}
            autoComplete="current-password"
            aria-invalid={journal.note !== undefined}
            aria-describedby={`${ids}-journal-note`}
          />
          <FieldNote
            id={`${ids}-journal-note`}
            text={journal.note ?? 'The one that opens your own journal, so it learns the vault’s new keys now.'}
            tone={journal.note ? 'error' : 'hint'}
          />
        </>
      )}
    </fieldset>
  )
}
