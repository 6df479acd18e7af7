// Opening the vault together: one field per partner, each given on its own, so each can
// type while the other looks away. The main process keeps the given parts; when both are
// there it tries them together. If they do not open it, both are forgotten and one error
// says so, never which part was wrong. Repeated failures bring a wait, shown as such.

import '../../../ui/partner-cards.css'
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react'
import type { VaultPartId, VaultPartner, VaultStatus } from '../../../../../shared/contract.ts'
import { api, problemOf } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { FieldNote } from '../../../ui/field-note.tsx'
import { PART_IDS, partnerFor } from '../partners.ts'
import { isolated } from '../../../../../shared/text-direction.ts'

interface Props {
  status: VaultStatus
  onStatus: (status: VaultStatus) => void
}

export function OpenTogether({ status, onStatus }: Props) {
  const ids = useId()
  const fieldRefs: Record<VaultPartId, RefObject<HTMLInputElement | null>> = { a: useRef(null), b: useRef(null) }
  const [failure, setFailure] = useState<string | null>(null)
  const [busyPart, setBusyPart] = useState<VaultPartId | null>(null)
  const [waitUntil, setWaitUntil] = useState(0)
  const given = status.partsGiven

  useEffect(() => {
    if (waitUntil === 0) return
    const timer = setTimeout(() => setWaitUntil(0), Math.max(0, waitUntil - Date.now()))
    return () => clearTimeout(timer)
  }, [waitUntil])

  // Focus moves once React has drawn the new state, in which a field may have just come back.
  // A fresh object each time, so asking for the same field twice still moves focus.
  const [focusTarget, setFocusTarget] = useState<{ part: VaultPartId } | null>(null)
  const focusLater = (part: VaultPartId) => setFocusTarget({ part })
  useEffect(() => {
    // fieldRefs' objects are stable (useRef); only a new target should move focus.
    if (focusTarget) fieldRefs[focusTarget.part].current?.focus()
  }, [focusTarget])

  const give = async (part: VaultPartId, passphrase: string) => {
    setBusyPart(part)
    setFailure(null)
    try {
      const next = await api.vault.givePart({ part, passphrase })
      onStatus(next)
      const missing = PART_IDS.find((p) => !next.partsGiven.includes(p))
      if (!next.open && missing) focusLater(missing)
    } catch (error) {
      const problem = problemOf(error)
      setFailure(problem.message)
      if (problem.retryAfterMs) setWaitUntil(Date.now() + problem.retryAfterMs)
      // A wrong pair is forgotten by the main process: show both fields again.
      if (problem.code === 'WRONG_PASSPHRASE') onStatus(await api.vault.status().catch(() => ({ ...status, partsGiven: [] })))
      focusLater(problem.code === 'WRONG_PASSPHRASE' ? 'a' : part)
    } finally {
      setBusyPart(null)
    }
  }

  const reset = async () => {
    setFailure(null)
    try {
      onStatus(await api.vault.resetParts())
      focusLater('a')
    } catch (error) {
      setFailure(problemOf(error).message)
    }
  }

  const count = given.length
  return (
    <section className="open-together" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Open it together</h2>
      <p className="open-together__lead">Each of you types your own part and gives it. The other may look away.</p>
      <ul className="partners">
        {PART_IDS.map((part) => (
          <PartCard
            key={part}
            partner={partnerFor(status.partners, part)}
            given={given.includes(part)}
            busy={busyPart !== null}
            opening={busyPart === part}
            lastPart={count === 1 && !given.includes(part)}
            resting={waitUntil > 0}
            fieldRef={fieldRefs[part]}
            onGive={(passphrase) => give(part, passphrase)}
          />
        ))}
      </ul>
      <ErrorMessage message={failure} />
      <div className="open-together__progress">
        <p role="status">{count} of 2 parts given</p>
        {count > 0 && (
          <button type="button" onClick={() => void reset()} disabled={busyPart !== null}>
            Reset<span className="visually-hidden"> the given parts</span>
          </button>
        )}
      </div>
    </section>
  )
}

interface CardProps {
  partner: VaultPartner
  given: boolean
  busy: boolean
  /** This card's part is being checked now. */
  opening: boolean
  /** The other part is given, so giving this one tries to open the vault. */
  lastPart: boolean
  resting: boolean
  fieldRef: RefObject<HTMLInputElement | null>
  onGive: (passphrase: string) => Promise<void>
}

function PartCard({ partner, given, busy, opening, lastPart, resting, fieldRef, onGive }: CardProps) {
  const ids = useId()
  const name = partner.displayName
  const [passphrase, setPassphrase] = useState('')
  const [missing, setMissing] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (passphrase.length === 0) {
      setMissing(true)
      return fieldRef.current?.focus()
    }
    const typed = passphrase
    // The part goes to the main process; nothing of it stays here, whatever the answer.
    setPassphrase('')
    await onGive(typed)
  }

  if (given) {
    return (
      <li className="partner-card part-card part-card--given">
        <h3>
          <bdi>{name}</bdi>
        </h3>
        <p className="part-card__given">
          <span aria-hidden="true">✓ </span>
          <bdi>{name}</bdi>'s part is given.
        </p>
      </li>
    )
  }
  return (
    <li className="partner-card part-card">
      <h3 id={`${ids}-name`}>
        <bdi>{name}</bdi>
      </h3>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${ids}-name`}>
        <label htmlFor={`${ids}-part`}>
          <bdi>{name}</bdi>'s part
        </label>
        <input
          id={`${ids}-part`}
          ref={fieldRef}
          type="password"
          value={passphrase}
          onChange={(e) => {
            setPassphrase(e.target.value)
            setMissing(false)
          }}
          autoComplete="off"
          aria-invalid={missing}
          aria-describedby={missing ? `${ids}-note` : undefined}
        />
        {missing && <FieldNote id={`${ids}-note`} text={`${isolated(name)}, type your part first.`} tone="error" />}
        <button type="submit" className="primary" disabled={busy || resting}>
          {opening ? (
            lastPart ? (
              'Opening the vault…'
            ) : (
              'Taking it…'
            )
          ) : (
            <>
              Give <bdi>{name}</bdi>'s part
            </>
          )}
        </button>
      </form>
    </li>
  )
}
