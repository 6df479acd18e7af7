// One partner choosing their part of the joint passphrase, typed twice and never shown,
// while the other looks away. The part stays in the wizard's state (create-together.tsx)
// until both are typed and sent together.

import { useId, useState, type FormEvent } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { NewPassphraseFields, type PassphrasePair } from '../../../ui/new-passphrase-fields.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { isolated } from '../../../../../shared/text-direction.ts'

interface Props {
  /** Who types now. */
  partner: VaultPartner
  /** Who looks away. */
  other: VaultPartner
  pair: PassphrasePair
  lead: string
  /** The main process's refusal of this part, if it refused it. */
  refusal: string | null
  failure: string | null
  busy: boolean
  submitLabel: string
  busyLabel?: string
  /** Called on every edit, so an earlier refusal goes away. */
  onEdit: () => void
  onSubmit: () => void
  onBack: () => void
}

export function CreatePartStep(props: Props) {
  const { partner, pair, busy } = props
  const ids = useId()
  const [tried, setTried] = useState(false)
  // The heading first, so who types and who looks away is read before the fields.
  const titleRef = useFocusOnMount<HTMLHeadingElement>()

  const edit = (set: (value: string) => void) => (value: string) => {
    set(value)
    props.onEdit()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    const firstBad = pair.unready()
    if (firstBad) return firstBad.current?.focus()
    props.onSubmit()
  }

  return (
    <form className="panel vault-panel" onSubmit={submit} noValidate aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-lead`}>
      <h1 id={`${ids}-title`} ref={titleRef} tabIndex={-1}>
        <bdi>{partner.displayName}</bdi>, type your part
      </h1>
      <p id={`${ids}-lead`} className="lead">
        {props.lead}
      </p>
      <NewPassphraseFields pair={pair} edit={edit} idBase={ids} label={`${isolated(partner.displayName)}'s part`} tried={tried} refusal={props.refusal} />
      <ErrorMessage message={props.failure} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? (props.busyLabel ?? props.submitLabel) : props.submitLabel}
        </button>
        <button type="button" onClick={props.onBack} disabled={busy}>
          Back
        </button>
      </div>
    </form>
  )
}
