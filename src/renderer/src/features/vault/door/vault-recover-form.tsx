// "Forgot?": both halves of the vault's recovery code open it, and each partner chooses a
// new part in the same step. Each partner fills in their own side while the other looks
// away. If the halves do not open it, one error says so, never which half.

import { useId, useRef, useState, type FormEvent } from 'react'
import type { VaultPartId, VaultPartner, VaultStatus } from '../../../../../shared/contract.ts'
import { api, problemOf } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { usePassphrasePair } from '../../../ui/new-passphrase-fields.tsx'
import { PartnerSide } from './partner-side.tsx'
import { partnerFor } from '../partners.ts'
import { isolated } from '../../../../../shared/text-direction.ts'

interface Props {
  partners: readonly VaultPartner[]
  /** The vault is open under its new parts; `recoveryHalves` replace the ones just used. */
  onRecovered: (result: { status: VaultStatus; recoveryHalves: Record<VaultPartId, string> }) => void
  onBack: () => void
}

type Notes = Partial<Record<'halfA' | 'halfB' | 'newPartA' | 'newPartB' | 'journalPassphraseA' | 'journalPassphraseB', string>>

export function VaultRecoverForm({ partners, onRecovered, onBack }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const a = partnerFor(partners, 'a')
  const b = partnerFor(partners, 'b')
  const names = [a.displayName, b.displayName]
  const halfRefs = { a: useRef<HTMLInputElement>(null), b: useRef<HTMLInputElement>(null) }
  const [halves, setHalves] = useState<Record<VaultPartId, string>>({ a: '', b: '' })
  const journalRefs = { a: useRef<HTMLInputElement>(null), b: useRef<HTMLInputElement>(null) }
  const [journals, setJournals] = useState<Record<VaultPartId, string>>({ a: '', b: '' })
  const pairs = { a: usePassphrasePair(names), b: usePassphrasePair(names) }
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [notes, setNotes] = useState<Notes>({})
  const [failure, setFailure] = useState<string | null>(null)

  const edit = (set: (value: string) => void) => (value: string) => {
    set(value)
    setNotes({})
    setFailure(null)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    const missing: Notes = {}
    if (halves.a.trim() === '') missing.halfA = `${isolated(a.displayName)}, type your half of the recovery code.`
    if (halves.b.trim() === '') missing.halfB = `${isolated(b.displayName)}, type your half of the recovery code.`
    if (journals.a === '') missing.journalPassphraseA = `${isolated(a.displayName)}, type your own journal's passphrase too.`
    if (journals.b === '') missing.journalPassphraseB = `${isolated(b.displayName)}, type your own journal's passphrase too.`
    setNotes(missing)
    // In the order of the page: A's side, then B's.
    const firstBad = missing.halfA
      ? halfRefs.a
      : (pairs.a.unready() ??
        (missing.journalPassphraseA ? journalRefs.a : missing.halfB ? halfRefs.b : (pairs.b.unready() ?? (missing.journalPassphraseB ? journalRefs.b : null))))
    if (firstBad) return firstBad.current?.focus()
    setBusy(true)
    try {
      const result = await api.vault.recover({
        halfA: halves.a,
        halfB: halves.b,
        newPartA: pairs.a.passphrase,
        newPartB: pairs.b.passphrase,
        journalPassphraseA: journals.a,
        journalPassphraseB: journals.b
      })
      setHalves({ a: '', b: '' })
      setJournals({ a: '', b: '' })
      pairs.a.clear()
      pairs.b.clear()
      onRecovered(result)
    } catch (error) {
      const problem = problemOf(error)
      setBusy(false)
      const field = problem.field as keyof Notes | undefined
      const refs = {
        halfA: halfRefs.a,
        halfB: halfRefs.b,
        newPartA: pairs.a.passRef,
        newPartB: pairs.b.passRef,
        journalPassphraseA: journalRefs.a,
        journalPassphraseB: journalRefs.b
      }
      if (field !== undefined && field in refs) {
        setNotes({ [field]: problem.message })
        if (field === 'journalPassphraseA' || field === 'journalPassphraseB')
          setJournals((was) => ({ ...was, [field === 'journalPassphraseA' ? 'a' : 'b']: '' }))
        refs[field].current?.focus()
      } else {
        setFailure(problem.message)
        halfRefs.a.current?.focus()
      }
    }
  }

  return (
    <form className="panel vault-panel vault-recover" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        Open the vault with your recovery code
      </h1>
      <p className="lead">
        Each of you types your own half of the recovery code and chooses a new part of the passphrase, while the other looks away. The vault opens, and from now
        on it opens with your new parts. Then each of you gets a new half, since these stop working. Each of you also types your own journal’s passphrase, so
        both journals learn the vault’s new keys at once.
      </p>
      <div className="partner-sides">
        {([a, b] as const).map((partner) => {
          const part = partner.part
          const [half, newPart] = part === 'a' ? (['halfA', 'newPartA'] as const) : (['halfB', 'newPartB'] as const)
          return (
            <PartnerSide
              key={part}
              partner={partner}
              proof={{
                kind: 'code',
                label: `${isolated(partner.displayName)}'s half of the recovery code`,
                value: halves[part],
                onChange: (value) => setHalves((current) => ({ ...current, [part]: value })),
                ref: halfRefs[part],
                note: notes[half]
              }}
              pair={pairs[part]}
              edit={edit}
              tried={tried}
              newPartRefusal={notes[newPart]}
              journal={{
                value: journals[part],
                onChange: (value) => setJournals((current) => ({ ...current, [part]: value })),
                ref: journalRefs[part],
                note: notes[part === 'a' ? 'journalPassphraseA' : 'journalPassphraseB']
              }}
            />
          )
        })}
      </div>
      <ErrorMessage message={failure} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Opening…' : 'Open with both halves'}
        </button>
        <button type="button" onClick={onBack} disabled={busy}>
          Back
        </button>
      </div>
    </form>
  )
}
